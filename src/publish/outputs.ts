/** The step's outputs, as the names in action.yml. */
import { formatPercent } from '../format.js'
import type { Analysis } from '../analyze/types.js'

const percent = (fraction: number | null): string =>
  fraction === null ? '' : formatPercent(fraction)

export function actionOutputs(
  analysis: Analysis,
  extra: { commentUrl: string; json: string; markdown: string }
): Record<string, string> {
  const { totals, rates } = analysis
  return {
    total: String(totals.tests),
    passed: String(totals.passed),
    failed: String(totals.failed),
    errors: String(totals.errors),
    skipped: String(totals.skipped),
    'execution-rate': percent(rates.execution),
    'skip-rate': percent(rates.skip),
    'failure-rate': percent(rates.failure),
    'pass-rate': percent(rates.pass),
    'infrastructure-causes': String(
      analysis.causes.filter((cause) => cause.infrastructure).length
    ),
    gate: analysis.gate.passed ? 'passed' : 'failed',
    'comment-url': extra.commentUrl,
    json: extra.json,
    markdown: extra.markdown
  }
}
