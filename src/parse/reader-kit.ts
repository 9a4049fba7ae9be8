/**
 * Small building blocks shared by the non-JUnit readers (NUnit, xUnit.net,
 * TRX, TAP and the JSON formats): bounded text, suites kept in first-seen
 * order, and the warning for header counts that disagree with the tests.
 */
import {
  LIMITS,
  addTest,
  bound,
  emptyCase,
  emptySuite,
  testCount,
  type ParsedReport,
  type ReportFormat,
  type Suite,
  type TestCase,
  type TestStatus
} from '../model.js'

/**
 * Collects streamed character data but keeps only the first `max`
 * characters, so a 20 MB element never sits in memory; the result reads
 * like `bound()` (same "more characters cut" note).
 */
export class BoundedText {
  private kept = ''
  private total = 0

  constructor(private readonly max: number) {}

  append(text: string): void {
    this.total += text.length
    if (this.kept.length < this.max) {
      this.kept += text.slice(0, this.max - this.kept.length)
    }
  }

  get length(): number {
    return this.total
  }

  /** The text, or null when nothing but whitespace was seen. */
  value(): string | null {
    if (this.kept.trim() === '') return null
    if (this.total <= this.max) return this.kept
    return `${this.kept}… [${this.total - this.max} more characters cut]`
  }

  /**
   * `value()` trimmed, with the kept text first passed through `copy` (one
   * copy that also flattens what the parser built piece by piece).
   */
  trimmedValue(copy: (text: string) => string): string | null {
    const kept = copy(this.kept)
    const trimmed = kept.trim()
    if (trimmed === '') return null
    if (this.total <= this.max) return trimmed
    return `${kept.trimStart()}… [${this.total - this.max} more characters cut]`
  }
}

/** Suites by name in first-seen order; empty suites are never emitted. */
export class SuiteSet {
  private readonly byName = new Map<string, Suite>()

  get(name: string, file: string | null = null): Suite {
    const key = bound(name, LIMITS.name) ?? ''
    let suite = this.byName.get(key)
    if (!suite) {
      suite = emptySuite(key, file)
      this.byName.set(key, suite)
    } else if (suite.file === null && file !== null) {
      suite.file = file
    }
    return suite
  }

  /** Adds a finished test: kept or counted, as `addTest` decides. */
  add(suiteName: string, testCase: TestCase, file: string | null = null): void {
    addTest(this.get(suiteName, file), testCase)
  }

  /** Tests in every suite, kept or counted. */
  get caseCount(): number {
    let count = 0
    for (const suite of this.byName.values()) count += testCount(suite)
    return count
  }

  /**
   * The finished report. `header` is the test count the document declares
   * (null when it declares none) and the tests read that it does not count
   * (files or hooks the reader made tests of): a disagreement is a warning.
   */
  report(
    format: ReportFormat,
    producer: string | null,
    warnings: string[],
    header: { what: string; declared: number | null; uncounted?: number }
  ): ParsedReport {
    const warning = countWarning(
      header.what,
      header.declared,
      this.caseCount - (header.uncounted ?? 0)
    )
    if (warning) warnings.push(warning)
    return { format, producer, suites: this.list(), warnings }
  }

  /** Suites that hold at least one test, or suite-level output. */
  list(): Suite[] {
    return [...this.byName.values()].filter(
      (suite) =>
        testCount(suite) > 0 ||
        suite.systemOut !== null ||
        suite.systemErr !== null
    )
  }
}

/** The fields a reader usually fills; text is bounded here. */
export interface CaseFields {
  name: string
  classname?: string | null
  status: TestStatus
  file?: string | null
  line?: number | null
  duration?: number | null
  failureType?: string | null
  message?: string | null
  details?: string | null
  systemOut?: string | null
  systemErr?: string | null
  flaky?: boolean
  retries?: number
  phase?: TestCase['phase']
}

export function makeCase(fields: CaseFields): TestCase {
  const testCase = emptyCase(
    bound(fields.name, LIMITS.name) ?? '',
    bound(fields.classname ?? '', LIMITS.name) ?? ''
  )
  testCase.status = fields.status
  testCase.file = bound(fields.file ?? null, LIMITS.name)
  testCase.line = fields.line ?? null
  testCase.duration = fields.duration ?? null
  testCase.failureType = bound(fields.failureType ?? null, LIMITS.name)
  testCase.message = bound(fields.message ?? null, LIMITS.message)
  testCase.details = bound(fields.details ?? null, LIMITS.details)
  testCase.systemOut = bound(fields.systemOut ?? null, LIMITS.output)
  testCase.systemErr = bound(fields.systemErr ?? null, LIMITS.output)
  testCase.flaky = fields.flaky ?? false
  testCase.retries = fields.retries ?? 0
  testCase.phase = fields.phase ?? null
  return testCase
}

/**
 * A number from an attribute or JSON field; null for anything that is not a
 * finite, non-negative number (durations and counts are never negative).
 */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(number) && number >= 0 ? number : null
}

/** Positive whole line number, or null. */
export function toLine(value: unknown): number | null {
  const number = toNumber(value)
  return number !== null && Number.isInteger(number) && number > 0
    ? number
    : null
}

/** Warning when a header's total disagrees with the tests actually counted. */
export function countWarning(
  what: string,
  declared: number | null,
  counted: number
): string | null {
  if (declared === null || declared === counted) return null
  return `${what} says ${declared} tests but the report holds ${counted}; counted the tests`
}

/** First line of a text that is not blank, trimmed. */
export function firstLine(text: string | null | undefined): string | null {
  if (!text) return null
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed !== '') return trimmed
  }
  return null
}

/** Terminal colour codes (jest and mocha colour their messages). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
}

/**
 * The error class a JavaScript, Ruby or Dart message starts with
 * (`TypeError: x`, `AssertionError [ERR_ASSERTION]: x`, `Error: x`).
 */
export function leadingErrorType(text: string | null): string | null {
  if (!text) return null
  const match =
    /^\s*([A-Za-z_$][\w$.:]*(?:Error|Exception|Failure))(?:\s*\[[^\]]*\])?\s*:/.exec(
      text.slice(0, 1_000)
    )
  return match ? match[1] : null
}

/** The part of an error text before its stack frames. */
export function beforeStack(text: string): string {
  const lines = text.split('\n')
  const frame = lines.findIndex((line) => /^\s+at\s/.test(line))
  return (frame === -1 ? lines : lines.slice(0, frame)).join('\n').trim()
}

/** Line of `file` in a JavaScript stack (`(/path/file.js:12:5)`). */
export function stackLineIn(stack: string | null, file: string): number | null {
  if (!stack || file === '') return null
  for (const line of stack.slice(0, 16_000).split('\n')) {
    const at = line.indexOf(`${file}:`)
    if (at === -1) continue
    const match = /^:(\d+)/.exec(line.slice(at + file.length))
    if (match) return toLine(match[1])
  }
  return null
}

/** Plain objects and arrays out of `unknown` JSON, without casts at call sites. */
export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {}
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

export function asString(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  return null
}
