// Placeholder until the TAP reader lands.
import type { ParsedReport } from '../model.js'
import { ReportError } from './errors.js'

export function looksLikeTap(_text: string): boolean {
  return false
}

export function parseTap(_text: string): ParsedReport {
  throw new ReportError('TAP is not read yet')
}
