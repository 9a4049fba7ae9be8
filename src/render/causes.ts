/**
 * The triage in the report: a verdict, the root causes ranked by how many
 * tests they block, the missing components, a remediation checklist and the
 * success criteria. Everything that came from a report is escaped.
 */
import { percentText, plural } from '../format.js'
import { SERVICE_PORTS } from '../analyze/triage/normalize.js'
import type { Analysis, Cause, CauseCategory } from '../analyze/types.js'
import { codeBlock, codeSpan, escapeInline } from './escape.js'

export interface CauseSectionOptions {
  /** Causes shown in full; the rest are counted in one line. Default 10. */
  maxCauses?: number
  /** Show raw evidence excerpts. Default true. */
  evidence?: boolean
  /** Tests listed under each cause. Default 10. */
  maxTestsPerCause?: number
}

const LABELS: Record<CauseCategory, string> = {
  'missing-module': 'missing module',
  'missing-attribute': 'missing helper or attribute',
  'missing-fixture': 'missing fixture',
  'service-unavailable': 'service unavailable',
  timeout: 'timeout',
  'missing-config': 'missing configuration',
  'collection-error': 'test file failed to load',
  'build-failure': 'build failure',
  'permission-denied': 'permission denied',
  'resource-exhausted': 'out of resources',
  assertion: 'assertion failed',
  crash: 'crash in product code',
  'skip-intentional': 'skipped on purpose',
  unknown: 'unrecognised failure'
}

/** Text with `code` spans from a template: the spans become safe code, the rest escaped text. */
export function richText(text: string): string {
  return text
    .split(/(`[^`\n]{0,400}`)/)
    .map((part) =>
      part.length >= 2 && part.startsWith('`') && part.endsWith('`')
        ? codeSpan(part.slice(1, -1))
        : escapeInline(part)
    )
    .join('')
}

type Severity = 'high' | 'medium' | 'low'

/** High: infrastructure blocking a fifth of the non-passing tests or more, or nothing compiled. */
export function severity(cause: Cause, nonPassing: number): Severity {
  if (cause.category === 'skip-intentional') return 'low'
  if (
    cause.infrastructure &&
    (cause.count * 5 >= nonPassing ||
      cause.category === 'build-failure' ||
      cause.category === 'collection-error')
  )
    return 'high'
  return 'medium'
}

const SEVERITY_ICON: Record<Severity, string> = {
  high: '🔴',
  medium: '🟠',
  low: '⚪'
}

function verdict(analysis: Analysis): string {
  const causes = analysis.causes
  const nonPassing = causes.reduce((sum, cause) => sum + cause.count, 0)
  const infra = causes.filter((cause) => cause.infrastructure)
  const infraTests = infra.reduce((sum, cause) => sum + cause.count, 0)
  const product = causes.filter(
    (cause) => cause.category === 'assertion' || cause.category === 'crash'
  )
  const productTests = product.reduce((sum, cause) => sum + cause.count, 0)
  const of = `of ${plural(nonPassing, 'non-passing test')}`
  if (infraTests === nonPassing) {
    return `**Infrastructure, not product:** ${infraTests} ${of} come from ${plural(infra.length, 'cause')}.`
  }
  if (infraTests === 0 && productTests > 0) {
    return `**Product failures:** ${productTests} ${of} come from ${plural(product.length, 'cause')} in the code under test; no infrastructure cause was found.`
  }
  if (infraTests === 0) {
    return `**No infrastructure cause found:** ${plural(nonPassing, 'non-passing test')} in ${plural(causes.length, 'group')}.`
  }
  return `**Mostly ${infraTests >= nonPassing / 2 ? 'infrastructure' : 'product'}:** ${infraTests} ${of} come from ${plural(infra.length, 'infrastructure cause')}, ${productTests} from ${plural(product.length, 'product cause')}.`
}

function testLine(test: Cause['tests'][number]): string {
  const where =
    test.classname && test.classname !== test.name ? `${test.classname} › ` : ''
  return `- ${escapeInline(`${where}${test.name}`)}`
}

/**
 * The service a `host:port` key stands for (`127.0.0.1:5432` → PostgreSQL):
 * the key stays the address the report wrote, the reader sees what it is.
 */
export function serviceOf(cause: Cause): string | null {
  if (cause.category !== 'service-unavailable') return null
  const port = /:(\d{2,5})$/.exec(cause.key)?.[1]
  return port === undefined ? null : (SERVICE_PORTS[port] ?? null)
}

/** The category's label, with the service named when the key is its address. */
function labelOf(cause: Cause): string {
  const service = serviceOf(cause)
  return service === null
    ? LABELS[cause.category]
    : `${LABELS[cause.category]} (${service})`
}

function causeBlock(
  cause: Cause,
  rank: number,
  nonPassing: number,
  options: Required<CauseSectionOptions>
): string {
  const level = severity(cause, nonPassing)
  const lines = [
    `**${rank}. ${SEVERITY_ICON[level]} ${codeSpan(cause.key)}**: ${labelOf(cause)}, ${plural(cause.count, 'test')} (${level} severity${cause.infrastructure ? ', infrastructure' : ''})`,
    '',
    `${richText(cause.hint)}`
  ]
  if (cause.source) lines.push('', `🔎 ${richText(cause.source)}`)
  const details: string[] = []
  if (options.evidence && cause.evidence.length > 0) {
    details.push(codeBlock(cause.evidence.join('\n'), 'text'))
  }
  if (options.maxTestsPerCause > 0) {
    const shown = cause.tests.slice(0, options.maxTestsPerCause)
    details.push(shown.map(testLine).join('\n'))
    const hidden = cause.tests.length - shown.length
    if (hidden > 0) details.push(`_… and ${plural(hidden, 'more test')}_`)
  }
  if (details.length > 0) {
    lines.push(
      '',
      `<details><summary>Evidence and tests</summary>`,
      '',
      ...details.flatMap((d) => [d, '']),
      '</details>'
    )
  }
  return lines.join('\n')
}

function rootCauses(
  analysis: Analysis,
  options: Required<CauseSectionOptions>
): string {
  const nonPassing = analysis.causes.reduce(
    (sum, cause) => sum + cause.count,
    0
  )
  const shown = analysis.causes.slice(0, options.maxCauses)
  const blocks = shown.map((cause, index) =>
    causeBlock(cause, index + 1, nonPassing, options)
  )
  const rest = analysis.causes.slice(shown.length)
  if (rest.length > 0) {
    const tests = rest.reduce((sum, cause) => sum + cause.count, 0)
    blocks.push(
      `_… and ${plural(rest.length, 'more cause')} covering ${plural(tests, 'test')}._`
    )
  }
  return ['### Root causes', '', blocks.join('\n\n')].join('\n')
}

const COMPONENT_CATEGORIES: ReadonlySet<CauseCategory> = new Set([
  'missing-module',
  'service-unavailable',
  'missing-config',
  'missing-fixture'
])

const COMPONENT_KIND: Partial<Record<CauseCategory, string>> = {
  'missing-module': 'module',
  'service-unavailable': 'service',
  'missing-config': 'configuration',
  'missing-fixture': 'fixture'
}

function missingComponents(analysis: Analysis, max: number): string | null {
  const components = analysis.causes.filter((cause) =>
    COMPONENT_CATEGORIES.has(cause.category)
  )
  if (components.length === 0) return null
  const shown = components.slice(0, max)
  const lines = shown.map((cause) => {
    const skipped = cause.tests.length
    const service = serviceOf(cause)
    const kind = COMPONENT_KIND[cause.category] ?? ''
    return `- ${codeSpan(cause.key)} (${service === null ? kind : `${service} ${kind}`}): blocks ${plural(skipped, 'test')}`
  })
  if (components.length > shown.length)
    lines.push(`- _… and ${components.length - shown.length} more_`)
  return ['### Missing components', '', ...lines].join('\n')
}

/** What fixing a cause without a source-grounded action buys. */
function genericPayoff(cause: Cause): string {
  const tests = plural(cause.count, 'test')
  if (cause.infrastructure) return `unblocks ${tests}`
  return cause.category === 'assertion' || cause.category === 'crash'
    ? `fixes ${tests}`
    : tests
}

/** One checklist line: the source tree's concrete action when there is one, else the cause's hint. */
function planItem(cause: Cause): string {
  if (cause.fix)
    return `- [ ] ${richText(cause.fix.action)} (${escapeInline(cause.fix.payoff)})`
  return `- [ ] ${codeSpan(cause.key)} (${labelOf(cause)}): ${richText(cause.hint)} (${genericPayoff(cause)})`
}

function remediationPlan(analysis: Analysis, max: number): string | null {
  // Infrastructure first (it hides everything behind it), then product, then the rest.
  const order = (cause: Cause): number =>
    cause.infrastructure
      ? 0
      : cause.category === 'assertion' || cause.category === 'crash'
        ? 1
        : cause.category === 'unknown'
          ? 2
          : 3
  // Within a group, the tests a fix makes run first. Call sites hidden behind
  // skips are named in the payoff but do not rank: they wait on other causes.
  const actionable = analysis.causes
    .filter((cause) => cause.category !== 'skip-intentional')
    .sort((a, b) => order(a) - order(b) || b.count - a.count)
  if (actionable.length === 0) return null
  const shown = actionable.slice(0, max)
  const lines = shown.map(planItem)
  if (actionable.length > shown.length)
    lines.push(
      `- [ ] _… and ${plural(actionable.length - shown.length, 'more cause')}_`
    )
  return ['### Remediation plan', '', ...lines].join('\n')
}

function successCriteria(analysis: Analysis): string {
  const thresholds = analysis.thresholds ?? {}
  const { rates } = analysis
  const tick = (met: boolean): string => (met ? '[x]' : '[ ]')
  const atLeast = (value: number | null, min: number): boolean =>
    value !== null && value * 100 >= min - 1e-9
  const lines: string[] = []
  if (thresholds.minExecutionRate !== undefined) {
    lines.push(
      `- ${tick(atLeast(rates.execution, thresholds.minExecutionRate))} Execution rate ≥ ${thresholds.minExecutionRate}% (now ${percentText(rates.execution)})`
    )
  }
  if (thresholds.minPassRate !== undefined) {
    lines.push(
      `- ${tick(atLeast(rates.pass, thresholds.minPassRate))} Pass rate ≥ ${thresholds.minPassRate}% (now ${percentText(rates.pass)})`
    )
  }
  if (thresholds.maxSkipRate !== undefined) {
    const met =
      rates.skip === null || rates.skip * 100 <= thresholds.maxSkipRate + 1e-9
    lines.push(
      `- ${tick(met)} Skip rate ≤ ${thresholds.maxSkipRate}% (now ${percentText(rates.skip)})`
    )
  }
  const infra = analysis.causes.filter((cause) => cause.infrastructure)
  lines.push(
    `- ${tick(infra.length === 0)} No infrastructure cause remains (now ${infra.length})`
  )
  if (lines.length === 1) {
    // Without thresholds, the criteria are that everything ran and passed.
    lines.unshift(
      `- ${tick(rates.execution === null || rates.execution === 1)} Every test runs (execution rate now ${percentText(rates.execution)})`,
      `- ${tick(analysis.totals.failed + analysis.totals.errors === 0)} No test fails (pass rate now ${percentText(rates.pass)})`
    )
  }
  return ['### Success criteria', '', ...lines].join('\n')
}

export function renderCauseSections(
  analysis: Analysis,
  options: CauseSectionOptions = {}
): string[] {
  if (analysis.causes.length === 0) return []
  const resolved: Required<CauseSectionOptions> = {
    maxCauses: Math.max(0, options.maxCauses ?? 10),
    evidence: options.evidence ?? true,
    maxTestsPerCause: Math.max(0, options.maxTestsPerCause ?? 10)
  }
  const sections = [verdict(analysis), rootCauses(analysis, resolved)]
  const components = missingComponents(
    analysis,
    Math.max(resolved.maxCauses, 1) * 2
  )
  if (components) sections.push(components)
  const plan = remediationPlan(analysis, Math.max(resolved.maxCauses, 1))
  if (plan) sections.push(plan)
  sections.push(successCriteria(analysis))
  return sections
}
