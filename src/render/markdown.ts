/** The report a person reads: the comment the action posts, the CLI's default output. */
import { percentText as percent, plural } from '../format.js'
import type { Analysis } from '../analyze/types.js'
import type { Rates, Totals } from '../model.js'
import { renderCauseSections } from './causes.js'
import { escapeInline } from './escape.js'

export interface MarkdownOptions {
  /** Heading of the report. */
  title?: string
}

export function headline(analysis: Analysis): string {
  const { totals } = analysis
  if (totals.tests === 0) return '⚪ No tests found in the reports.'
  const broken = totals.failed + totals.errors
  const ran = totals.tests - totals.skipped
  const parts = [`${ran} of ${totals.tests} tests ran`]
  if (broken > 0) parts.push(`${broken} did not pass`)
  if (totals.skipped > 0) parts.push(`${totals.skipped} skipped`)
  const icon =
    !analysis.gate.passed || broken > 0
      ? '🔴'
      : totals.skipped > 0
        ? '🟡'
        : '🟢'
  const verdict =
    broken === 0 && totals.skipped === 0
      ? 'All tests passed'
      : broken === 0
        ? 'No failures, but not every test ran'
        : 'Tests failed'
  return `${icon} **${verdict}**: ${parts.join(', ')}.`
}

function suiteRow(name: string, totals: Totals, rates: Rates): string {
  return `| ${name} | ${totals.tests} | ${totals.passed} | ${totals.failed} | ${totals.errors} | ${totals.skipped} | ${percent(rates.pass)} |`
}

/** The per-suite table; beyond `maxRows` suites one row says how many were left out. */
export function suiteTable(analysis: Analysis, maxRows = Infinity): string {
  const lines = [
    '| Suite | Total | Passed | Failed | Errors | Skipped | Success rate |',
    '| :--- | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const suite of analysis.suites.slice(0, maxRows)) {
    lines.push(
      suiteRow(
        escapeInline(suite.name || '(unnamed)'),
        suite.totals,
        suite.rates
      )
    )
  }
  const hidden =
    analysis.suites.length - Math.min(maxRows, analysis.suites.length)
  if (hidden > 0)
    lines.push(`| _… ${plural(hidden, 'more suite')}_ | | | | | | |`)
  lines.push(suiteRow('**All suites**', analysis.totals, analysis.rates))
  return lines.join('\n')
}

export function keyMetrics(analysis: Analysis): string {
  const { totals, rates } = analysis
  const ran = totals.tests - totals.skipped
  return [
    `- **Execution rate: ${percent(rates.execution)}** (${ran} of ${plural(totals.tests, 'test')} attempted)`,
    `- **Skip rate: ${percent(rates.skip)}** (${totals.skipped} skipped)`,
    `- **Failure rate of what ran: ${percent(rates.failure)}** (${totals.failed} failed, ${plural(totals.errors, 'error')} of ${ran} run)`,
    `- **Pass rate: ${percent(rates.pass)}** (${totals.passed} of ${totals.tests} passed)`
  ].join('\n')
}

export function gateSection(analysis: Analysis): string | null {
  if (analysis.gate.passed) return null
  return [
    '### ⛔ Gate failed',
    '',
    ...analysis.gate.reasons.map((reason) => `- ${reason}`)
  ].join('\n')
}

/** Warnings, one bullet each; beyond `maxItems` one bullet says how many were left out. */
export function warningSection(
  analysis: Analysis,
  maxItems = Infinity
): string | null {
  if (analysis.warnings.length === 0) return null
  const shown = analysis.warnings.slice(0, maxItems)
  const hidden = analysis.warnings.length - shown.length
  return [
    '### ⚠️ Warnings',
    '',
    ...shown.map((warning) => `- ${escapeInline(warning)}`),
    ...(hidden > 0 ? [`- _… ${plural(hidden, 'more warning')}_`] : [])
  ].join('\n')
}

export function renderMarkdown(
  analysis: Analysis,
  options: MarkdownOptions = {}
): string {
  const sections = [
    `## ${escapeInline(options.title ?? 'Test triage')}`,
    headline(analysis),
    suiteTable(analysis),
    '### Key metrics',
    keyMetrics(analysis),
    gateSection(analysis),
    ...renderCauseSections(analysis),
    warningSection(analysis)
  ]
  return `${sections.filter((s): s is string => s !== null).join('\n\n')}\n`
}
