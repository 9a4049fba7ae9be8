/**
 * The living comment: the report rendered to a size budget, a hidden marker
 * that finds it again, and hidden figures from this run so the next run can
 * show the trend. Detail is dropped before the summary, always whole sections
 * (never inside a table or a code fence), and the comment says what it left out.
 */
import { formatPercent, percentText, plural } from '../format.js'
import type { Analysis, Cause } from '../analyze/types.js'
import type { Rates, Totals } from '../model.js'
import { renderCauseSections, type CauseSectionOptions } from './causes.js'
import { codeSpan, escapeInline } from './escape.js'
import {
  gateSection,
  headline,
  keyMetrics,
  suiteTable,
  warningSection
} from './markdown.js'

/** GitHub refuses comment bodies longer than this (422 "Body is too long"). */
export const COMMENT_LIMIT = 65_536
/** Characters kept free below the limit, whatever GitHub counts. */
const COMMENT_MARGIN = 536
/** The job summary holds 1 MiB per step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
const SUMMARY_MARGIN_BYTES = 16 * 1024

/** Figures a comment carries for the next run. */
export interface TrendData {
  version: 1
  totals: Totals
  rates: Rates
  /** `category:key` of the causes, the largest first; bounded when stored. */
  causes: string[]
  /** How many causes there were; more than `causes` holds when bounded. */
  causeCount: number
  /** Where the figures came from (run URL), for the reader. */
  run: string | null
}

const MAX_STORED_CAUSES = 200
const MAX_STORED_CAUSE_ID = 200
/** Characters of cause ids stored, so the hidden data stays a small part of the comment. */
const MAX_STORED_CAUSE_CHARS = 8_000

/** A key made safe to sit inside an HTML comment and to compare exactly. */
export function normaliseKey(key: string): string {
  const cleaned = key
    .trim()
    .replace(/[^\w .:/()[\]@+-]/g, '_')
    .replace(/-{2,}/g, '-')
    .slice(0, 100)
  return cleaned === '' ? 'default' : cleaned
}

/** The first line of our comment; only a body starting with it is ours. */
export function commentMarker(key: string): string {
  return `<!-- ci-triage:${normaliseKey(key)} -->`
}

const DATA_PATTERN = /<!-- ci-triage-data:([A-Za-z0-9+/=]{1,200000}) -->/

export function causeId(cause: Cause): string {
  return `${cause.category}:${cause.key}`.slice(0, MAX_STORED_CAUSE_ID)
}

/** This run's figures; `bounded` keeps the stored cause list small. */
export function trendData(
  analysis: Analysis,
  run: string | null,
  bounded = true
): TrendData {
  const ids = analysis.causes.map(causeId)
  let causes = ids
  if (bounded) {
    causes = []
    let chars = 0
    for (const id of ids.slice(0, MAX_STORED_CAUSES)) {
      chars += id.length
      if (chars > MAX_STORED_CAUSE_CHARS) break
      causes.push(id)
    }
  }
  return {
    version: 1,
    totals: { ...analysis.totals },
    rates: { ...analysis.rates },
    causes,
    causeCount: ids.length,
    run
  }
}

export function encodeTrendData(data: TrendData): string {
  const json = JSON.stringify(data)
  return `<!-- ci-triage-data:${Buffer.from(json, 'utf8').toString('base64')} -->`
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
const isRate = (value: unknown): value is number | null =>
  value === null || (isCount(value) && value <= 1)

/** The figures hidden in an earlier comment; null when absent or malformed. */
export function readTrendData(body: string): TrendData | null {
  const match = DATA_PATTERN.exec(body)
  if (!match) return null
  let data: unknown
  try {
    data = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8'))
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const d = data as Partial<TrendData>
  const totals = d.totals as Partial<Totals> | undefined
  const rates = d.rates as Partial<Rates> | undefined
  if (
    d.version !== 1 ||
    !totals ||
    !rates ||
    !(['tests', 'passed', 'failed', 'errors', 'skipped'] as const).every((k) =>
      isCount(totals[k])
    ) ||
    !(['execution', 'skip', 'failure', 'pass'] as const).every((k) =>
      isRate(rates[k])
    ) ||
    !Array.isArray(d.causes) ||
    !d.causes.every((c) => typeof c === 'string')
  ) {
    return null
  }
  return {
    version: 1,
    totals: totals as Totals,
    rates: rates as Rates,
    causes: d.causes.slice(0, MAX_STORED_CAUSES),
    causeCount:
      isCount(d.causeCount) && d.causeCount >= d.causes.length
        ? d.causeCount
        : d.causes.length,
    run: typeof d.run === 'string' ? d.run : null
  }
}

function arrow(before: number | null, after: number | null): string {
  if (before === null || after === null) return ''
  const delta = Number(formatPercent(after)) - Number(formatPercent(before))
  if (delta > 0) return ' ▲'
  if (delta < 0) return ' ▼'
  return ' (unchanged)'
}

const MAX_LISTED_CAUSES = 10

function causeList(ids: string[]): string {
  const shown = ids.slice(0, MAX_LISTED_CAUSES).map((id) => codeSpan(id))
  const more = ids.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}

/** "Since the last run" lines: rates with arrows, causes fixed and new. */
export function renderTrend(
  previous: TrendData | null,
  current: TrendData
): string | null {
  if (previous === null) return null
  const rows: Array<[string, keyof Rates]> = [
    ['Execution rate', 'execution'],
    ['Skip rate', 'skip'],
    ['Failure rate', 'failure'],
    ['Pass rate', 'pass']
  ]
  const lines = ['### Since the last run', '']
  lines.push(
    `- Tests: ${previous.totals.tests} → ${current.totals.tests}${arrow(previous.totals.tests, current.totals.tests)}`
  )
  for (const [label, key] of rows) {
    lines.push(
      `- ${label}: ${percentText(previous.rates[key])} → ${percentText(current.rates[key])}${arrow(previous.rates[key], current.rates[key])}`
    )
  }
  const before = new Set(previous.causes)
  const now = new Set(current.causes)
  // The earlier run stored only its largest causes when it had very many:
  // the ones it stored can be found fixed, but "new" cannot be told apart.
  const complete = previous.causeCount <= previous.causes.length
  const fixed = previous.causes.filter((id) => !now.has(id))
  const added = complete ? current.causes.filter((id) => !before.has(id)) : []
  if (fixed.length > 0)
    lines.push(`- ✅ Causes fixed (${fixed.length}): ${causeList(fixed)}`)
  if (added.length > 0)
    lines.push(`- 🆕 Causes new (${added.length}): ${causeList(added)}`)
  if (!complete)
    lines.push(`- Causes: ${previous.causeCount} → ${current.causeCount}`)
  else if (
    fixed.length === 0 &&
    added.length === 0 &&
    current.causes.length > 0
  )
    lines.push(`- Causes: the same ${current.causes.length} as before`)
  return lines.join('\n')
}

export interface BudgetOptions {
  title?: string
  /** Largest allowed size, as `measure` counts it. */
  limit: number
  /** Size of a text: string length for comments, UTF-8 bytes for the summary. */
  measure?: (text: string) => number
  /** Lines placed first (the hidden marker), counted in the budget. */
  header?: string[]
  /** Lines placed last (the hidden data, the footer), counted in the budget. */
  footer?: string[]
  /** Section shown after the headline (the trend). */
  trend?: string | null
  /** Where the full report is, named when something was left out. */
  fullReportUrl?: string | null
}

export interface BudgetedText {
  text: string
  /** What was left out to fit, one phrase each; empty when nothing was. */
  omitted: string[]
}

interface Detail {
  causes:
    | (CauseSectionOptions & {
        maxCauses: number
        evidence: boolean
        maxTestsPerCause: number
      })
    | null
  suites: number
  warnings: number
}

/** Tests listed under a cause in the full report; more are counted, not listed. */
const FULL_TESTS_PER_CAUSE = 10

/** From everything to the summary alone; the first that fits is used. */
const DETAILS: Detail[] = [
  {
    causes: {
      evidence: true,
      maxCauses: Infinity,
      maxTestsPerCause: FULL_TESTS_PER_CAUSE
    },
    suites: Infinity,
    warnings: Infinity
  },
  {
    causes: { evidence: true, maxCauses: 30, maxTestsPerCause: 10 },
    suites: 50,
    warnings: 20
  },
  {
    causes: { evidence: false, maxCauses: 15, maxTestsPerCause: 5 },
    suites: 20,
    warnings: 10
  },
  {
    causes: { evidence: false, maxCauses: 5, maxTestsPerCause: 3 },
    suites: 0,
    warnings: 5
  },
  { causes: null, suites: 0, warnings: 0 }
]

function omittedBy(analysis: Analysis, detail: Detail): string[] {
  const omitted: string[] = []
  const causes = analysis.causes.length
  if (detail.causes === null) {
    if (causes > 0) omitted.push(`all ${plural(causes, 'cause')}`)
  } else {
    const { maxCauses, evidence, maxTestsPerCause } = detail.causes
    const shown = analysis.causes.slice(0, maxCauses)
    if (causes > maxCauses) omitted.push(plural(causes - maxCauses, 'cause'))
    if (!evidence && shown.some((cause) => cause.evidence.length > 0))
      omitted.push('evidence excerpts')
    if (
      maxTestsPerCause < FULL_TESTS_PER_CAUSE &&
      shown.some((cause) => cause.tests.length > maxTestsPerCause)
    )
      omitted.push(`test names beyond ${maxTestsPerCause} per cause`)
  }
  const suites = analysis.suites.length
  if (suites > detail.suites) {
    omitted.push(
      detail.suites === 0
        ? 'the suite table'
        : plural(suites - detail.suites, 'suite row')
    )
  }
  const warnings = analysis.warnings.length
  if (warnings > detail.warnings) {
    omitted.push(plural(warnings - detail.warnings, 'warning'))
  }
  return omitted
}

function omittedNote(omitted: string[], url: string | null): string {
  const where = url
    ? ` The full report is in [the run's job summary](${url}).`
    : ' The full report is in the job summary of the run.'
  return `> [!NOTE]\n> Shortened to fit GitHub's size limit; left out: ${omitted.join(', ')}.${where}`
}

/**
 * Renders the report at the most detail that fits `limit`. The summary part
 * (headline, trend, key metrics, gate) is always kept whole.
 */
export function renderToBudget(
  analysis: Analysis,
  options: BudgetOptions
): BudgetedText {
  const measure = options.measure ?? ((text: string) => text.length)
  const assemble = (
    sections: Array<string | null>,
    omitted: string[]
  ): string => {
    const body = [
      ...(options.header ?? []),
      ...sections,
      omitted.length > 0
        ? omittedNote(omitted, options.fullReportUrl ?? null)
        : null,
      ...(options.footer ?? [])
    ]
    return `${body.filter((s): s is string => s !== null && s !== '').join('\n\n')}\n`
  }
  const summary = [
    `## ${escapeInline(options.title ?? 'Test triage')}`,
    headline(analysis),
    options.trend ?? null
  ]
  const metrics = [
    '### Key metrics',
    keyMetrics(analysis),
    gateSection(analysis)
  ]
  const attempt = (detail: Detail): BudgetedText | null => {
    const omitted = omittedBy(analysis, detail)
    const text = assemble(
      [
        ...summary,
        detail.suites > 0 ? suiteTable(analysis, detail.suites) : null,
        ...metrics,
        ...(detail.causes === null
          ? []
          : renderCauseSections(analysis, detail.causes)),
        warningSection(analysis, detail.warnings)
      ],
      omitted
    )
    return measure(text) <= options.limit ? { text, omitted } : null
  }
  for (const [index, detail] of DETAILS.entries()) {
    const fitted = attempt(detail)
    if (fitted) return fitted
    // Between this level and the next, keep as many causes as fit: a large
    // budget (the job summary) then shows hundreds, not the next level's few.
    const next = DETAILS[index + 1]?.causes?.maxCauses ?? 0
    let low = next
    let high = Math.min(detail.causes?.maxCauses ?? 0, analysis.causes.length)
    if (detail.causes === null || high - low < 2) continue
    let best: BudgetedText | null = null
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      const result = attempt({
        ...detail,
        causes: { ...detail.causes, maxCauses: middle }
      })
      if (result) {
        best = result
        low = middle
      } else high = middle
    }
    if (best) return best
  }
  // Even the summary is too large only for absurd limits: keep the headline.
  const omitted = [
    'the key metrics',
    'the trend',
    ...omittedBy(analysis, DETAILS[DETAILS.length - 1])
  ]
  return { text: assemble([summary[0], summary[1]], omitted), omitted }
}

export interface CommentOptions {
  key: string
  title?: string
  previous: TrendData | null
  /** The run's page (job summary); also stored with the figures. */
  runUrl: string | null
  /** Footer text naming the run and commit; plain text, escaped here. */
  footer?: string | null
  limit?: number
}

/** The whole comment body: marker, report within budget, hidden figures. */
export function renderComment(
  analysis: Analysis,
  options: CommentOptions
): BudgetedText {
  const current = trendData(analysis, options.runUrl, false)
  const parts = [
    options.footer ? escapeInline(options.footer) : null,
    options.runUrl ? `[run details](${options.runUrl})` : null
  ].filter((part): part is string => part !== null)
  const footer = [
    parts.length > 0 ? `<sub>${parts.join(' · ')}</sub>` : '',
    encodeTrendData(trendData(analysis, options.runUrl))
  ]
  return renderToBudget(analysis, {
    title: options.title,
    limit: (options.limit ?? COMMENT_LIMIT) - COMMENT_MARGIN,
    header: [commentMarker(options.key)],
    footer,
    trend: renderTrend(options.previous, current),
    fullReportUrl: options.runUrl
  })
}

/** The job summary: the same report with a 1 MiB budget counted in bytes. */
export function renderJobSummary(
  analysis: Analysis,
  options: { title?: string; previous: TrendData | null }
): BudgetedText {
  return renderToBudget(analysis, {
    title: options.title,
    limit: SUMMARY_LIMIT_BYTES - SUMMARY_MARGIN_BYTES,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    trend: renderTrend(options.previous, trendData(analysis, null, false)),
    fullReportUrl: null
  })
}
