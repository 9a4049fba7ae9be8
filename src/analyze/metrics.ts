/** Counts and rates, per suite and overall. Pure arithmetic on the model. */
import {
  testCount,
  type Rates,
  type ReportFile,
  type Suite,
  type Totals
} from '../model.js'

export function emptyTotals(): Totals {
  return { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 }
}

export function addTotals(into: Totals, from: Totals): Totals {
  into.tests += from.tests
  into.passed += from.passed
  into.failed += from.failed
  into.errors += from.errors
  into.skipped += from.skipped
  return into
}

export function suiteTotals(suite: Suite): Totals {
  const totals = emptyTotals()
  // Clean passes are only counted; passes worth naming are among the cases.
  totals.tests = testCount(suite)
  totals.passed = suite.passed
  for (const test of suite.cases) {
    if (test.status === 'passed') totals.passed++
    else if (test.status === 'failed') totals.failed++
    else if (test.status === 'error') totals.errors++
    else totals.skipped++
  }
  return totals
}

export function reportTotals(report: ReportFile): Totals {
  const totals = emptyTotals()
  for (const suite of report.suites) addTotals(totals, suiteTotals(suite))
  return totals
}

const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole

export function rates(totals: Totals): Rates {
  const ran = totals.tests - totals.skipped
  return {
    execution: ratio(ran, totals.tests),
    skip: ratio(totals.skipped, totals.tests),
    failure: ratio(totals.failed + totals.errors, ran),
    pass: ratio(totals.passed, totals.tests)
  }
}
