/** The merge gate: thresholds in percent against the measured rates. */
import { formatPercent, plural } from '../format.js'
import type { Rates } from '../model.js'

export interface GateThresholds {
  /** Percent, 0..100; undefined means no threshold. */
  minExecutionRate?: number
  minPassRate?: number
  maxSkipRate?: number
  /** Fail when any infrastructure cause was found. */
  failOnInfrastructure?: boolean
}

export interface GateResult {
  passed: boolean
  reasons: string[]
}

/**
 * The measured rate as a reason shows it: one decimal, or as many more as it
 * takes not to look equal to the threshold it missed (99.96% is not 100%).
 */
function pct(fraction: number | null, threshold: number): string {
  if (fraction === null) return 'n/a'
  let text = formatPercent(fraction)
  for (let digits = 2; Number(text) === threshold && digits <= 6; digits++) {
    text = (fraction * 100).toFixed(digits)
  }
  return `${text}%`
}

export function evaluateGate(
  rates: Rates,
  thresholds: GateThresholds,
  infrastructureCauses = 0
): GateResult {
  const reasons: string[] = []
  const below = (
    label: string,
    actual: number | null,
    min: number | undefined
  ): void => {
    if (min === undefined) return
    if (actual === null || actual * 100 < min - 1e-9) {
      reasons.push(
        `${label} ${pct(actual, min)} is below the minimum of ${min}%`
      )
    }
  }
  below('execution rate', rates.execution, thresholds.minExecutionRate)
  below('pass rate', rates.pass, thresholds.minPassRate)
  if (
    thresholds.maxSkipRate !== undefined &&
    rates.skip !== null &&
    rates.skip * 100 > thresholds.maxSkipRate + 1e-9
  ) {
    reasons.push(
      `skip rate ${pct(rates.skip, thresholds.maxSkipRate)} is above the maximum of ${thresholds.maxSkipRate}%`
    )
  }
  if (thresholds.failOnInfrastructure && infrastructureCauses > 0) {
    reasons.push(
      `${plural(infrastructureCauses, 'infrastructure cause')} found`
    )
  }
  return { passed: reasons.length === 0, reasons }
}
