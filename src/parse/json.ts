// Placeholder until the JSON readers land.
import type { ParsedReport } from '../model.js'
import { ReportError } from './errors.js'

export function parseJsonReport(_text: string): ParsedReport {
  throw new ReportError('JSON reports are not read yet')
}
