/** The machine-readable document (`--json`, the action's `json` output). */
import { reportTotals } from '../analyze/metrics.js'
import type { Analysis } from '../analyze/types.js'

export function toJsonDocument(analysis: Analysis) {
  return {
    totals: analysis.totals,
    rates: analysis.rates,
    suites: analysis.suites.map((suite) => ({
      name: suite.name,
      file: suite.file,
      report: suite.report,
      totals: suite.totals,
      rates: suite.rates
    })),
    reports: analysis.reports.map((report) => ({
      path: report.path,
      format: report.format,
      producer: report.producer,
      totals: reportTotals(report),
      warnings: report.warnings,
      error: report.error
    })),
    causes: analysis.causes,
    gate: analysis.gate,
    warnings: analysis.warnings
  }
}

export function renderJson(analysis: Analysis): string {
  return `${JSON.stringify(toJsonDocument(analysis), null, 2)}\n`
}
