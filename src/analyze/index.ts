/** Turns parsed reports into the analysis: totals, rates, causes, gate. */
import type { ReportFile } from '../model.js'
import { evaluateGate, type GateThresholds } from './gate.js'
import { addTotals, emptyTotals, rates, suiteTotals } from './metrics.js'
import { triage } from './triage/index.js'
import type { SourceTree } from './triage/source.js'
import type { Analysis, SuiteSummary } from './types.js'

export interface AnalyzeOptions {
  thresholds?: GateThresholds
  /** The indexed source tree for fix hints (`--source-root`); none means no lookups. */
  source?: SourceTree | null
}

export function analyze(
  reports: ReportFile[],
  options: AnalyzeOptions = {}
): Analysis {
  const totals = emptyTotals()
  const suites: SuiteSummary[] = []
  const warnings: string[] = []
  for (const report of reports) {
    if (report.error !== null) {
      warnings.push(`${report.path}: refused: ${report.error}`)
      continue
    }
    for (const warning of report.warnings) {
      warnings.push(`${report.path}: ${warning}`)
    }
    for (const suite of report.suites) {
      const counted = suiteTotals(suite)
      addTotals(totals, counted)
      suites.push({
        name: suite.name,
        file: suite.file,
        report: report.path,
        totals: counted,
        rates: rates(counted)
      })
    }
  }
  const overall = rates(totals)
  const causes = triage(reports, { source: options.source ?? null })
  const infrastructure = causes.filter((cause) => cause.infrastructure).length
  return {
    reports,
    totals,
    rates: overall,
    suites,
    causes,
    gate: evaluateGate(overall, options.thresholds ?? {}, infrastructure),
    thresholds: options.thresholds ?? {},
    warnings
  }
}
