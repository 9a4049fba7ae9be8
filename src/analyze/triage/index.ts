// Placeholder until the triage lands: finds no causes.
import type { ReportFile } from '../../model.js'
import type { Cause } from '../types.js'

export function triage(_reports: readonly ReportFile[]): Cause[] {
  return []
}
