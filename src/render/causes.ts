// Placeholder until the triage lands: no cause sections.
import type { Analysis } from '../analyze/types.js'

export function renderCauseSections(_analysis: Analysis): string[] {
  return []
}
