/**
 * The one model every report format is read into. Parsers produce it, the
 * analysis reads it, nothing else. Text fields are bounded at parse time so a
 * hostile 20 MB message can never reach the renderers.
 */

/** Final status of one test: error > failure > skipped > passed. */
export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped'

/** Where a test stopped, when the report says (pytest, xUnit, Go build output...). */
export type Phase = 'collection' | 'setup' | 'call' | 'teardown'

export interface TestCase {
  name: string
  classname: string
  /** Source file of the test, when the report names one. */
  file: string | null
  line: number | null
  /** Seconds; null when the report has no time. */
  duration: number | null
  status: TestStatus
  /** Exception or failure type (`AssertionError`, `ModuleNotFoundError`...). */
  failureType: string | null
  /** The failure, error or skip message (bounded). */
  message: string | null
  /** Body of the failure/error element: stack trace, captured output (bounded). */
  details: string | null
  systemOut: string | null
  systemErr: string | null
  /** Failed at least once, then passed on a retry. */
  flaky: boolean
  /** Extra runs recorded for this test (reruns, flaky runs). */
  retries: number
  phase: Phase | null
}

/**
 * One suite's tests. A test that passed cleanly (no flaky run, no retry) is
 * only counted, in `passed`: nothing downstream reads it, and a 100,000-test
 * report is mostly such tests, so keeping an object for each would cost the
 * parse most of its memory. Every other test (failed, errored, skipped, or a
 * pass worth naming) is kept in `cases`, in report order. Readers add tests
 * through `addTest`, which applies that rule; the suite holds
 * `cases.length + passed` tests (`testCount`).
 */
export interface Suite {
  name: string
  /** The suite's source file, when the report names one. */
  file: string | null
  /** Tests that passed cleanly: counted, not kept. */
  passed: number
  /** Every test that did not pass cleanly, in report order. */
  cases: TestCase[]
  /** Suite-level output; some tools write build failures only here (bounded). */
  systemOut: string | null
  systemErr: string | null
}

/** Stable identifiers of the formats we read (the `format` of a report). */
export type ReportFormat =
  | 'junit'
  | 'nunit2'
  | 'nunit3'
  | 'xunit1'
  | 'xunit2'
  | 'trx'
  | 'tap'
  | 'ctrf'
  | 'mocha-json'
  | 'jest-json'
  | 'go-json'
  | 'dart-json'
  | 'rspec-json'

/** What a parser gives back for one file. */
export interface ParsedReport {
  format: ReportFormat
  /** The tool that wrote it, when it can be told (`pytest`, `jest-junit`...). */
  producer: string | null
  suites: Suite[]
  /** Things the reader should know (header counts that disagree, dropped data). */
  warnings: string[]
}

/** One input file after reading: either parsed or refused with a reason. */
export interface ReportFile {
  path: string
  format: ReportFormat | null
  producer: string | null
  suites: Suite[]
  warnings: string[]
  /** One-line reason the file was refused; null when it was read. */
  error: string | null
  /** Refused because it is no test report at all (not because it is broken). */
  notAReport?: boolean
}

export interface Totals {
  tests: number
  passed: number
  failed: number
  errors: number
  skipped: number
}

/** Fractions in 0..1; null when the denominator is zero. */
export interface Rates {
  /** (tests - skipped) / tests */
  execution: number | null
  /** skipped / tests */
  skip: number | null
  /** (failed + errors) / (tests - skipped) */
  failure: number | null
  /** passed / tests */
  pass: number | null
}

/** Bounds applied while parsing; a report can never make us keep more than this. */
export const LIMITS = {
  /** Characters kept of a message attribute. */
  message: 4_000,
  /** Characters kept of a failure/error body (stack trace). */
  details: 16_000,
  /** Characters kept of each system-out / system-err excerpt. */
  output: 8_000,
  /** Characters kept of a name or classname. */
  name: 1_000,
  /** Deepest element nesting accepted in an XML report. */
  depth: 256
} as const

export function emptyCase(name: string, classname: string): TestCase {
  return {
    name,
    classname,
    file: null,
    line: null,
    duration: null,
    status: 'passed',
    failureType: null,
    message: null,
    details: null,
    systemOut: null,
    systemErr: null,
    flaky: false,
    retries: 0,
    phase: null
  }
}

/** A suite with no tests yet. */
export function emptySuite(name: string, file: string | null = null): Suite {
  return { name, file, passed: 0, cases: [], systemOut: null, systemErr: null }
}

/**
 * Whether a finished test is kept in `Suite.cases`: anything but a clean
 * pass. A pass that was flaky or retried is kept, since it is worth naming.
 */
export function isKept(test: TestCase): boolean {
  return test.status !== 'passed' || test.flaky || test.retries > 0
}

/** Adds a finished test to its suite: kept in `cases`, or counted in `passed`. */
export function addTest(suite: Suite, test: TestCase): void {
  if (isKept(test)) suite.cases.push(test)
  else suite.passed++
}

/** How many tests a suite holds, kept or counted. */
export function testCount(suite: Suite): number {
  return suite.cases.length + suite.passed
}

/**
 * A copy of `text` that does not hold on to the string it came from. saxes
 * hands out attribute values and text as slices of the chunk being parsed,
 * and rule captures are slices of a whole failure text; V8 keeps the parent
 * alive for as long as one slice of it is, so whatever is stored for long
 * (a test's name, a cause's key) goes through this.
 */
export function ownString(text: string): string
export function ownString(text: string | null): string | null
export function ownString(text: string | null): string | null {
  // Joining writes one new flat string: one object to keep per value, where
  // a concatenation would link to `text` and slicing it would share it.
  // (V8 copies strings shorter than 13 characters when slicing anyway.)
  return text === null || text.length < 13
    ? text
    : [text.slice(0, 1), text.slice(1)].join('')
}

/** Keep at most `max` characters, saying how much was cut. */
export function bound(
  text: string | null | undefined,
  max: number
): string | null {
  if (text === null || text === undefined) return null
  if (text.length <= max) return text
  return `${text.slice(0, max)}… [${text.length - max} more characters cut]`
}

/**
 * The status that wins when one test has several results:
 * error > failure > skipped > passed.
 */
export function worstStatus(a: TestStatus, b: TestStatus): TestStatus {
  for (const status of ['error', 'failed', 'skipped'] as const) {
    if (a === status || b === status) return status
  }
  return 'passed'
}
