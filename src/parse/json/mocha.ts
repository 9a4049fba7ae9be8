/**
 * mocha `--reporter json`: `stats`, and `tests` holding every test that
 * finished (pending ones too, told apart by the `pending` list). A failing
 * hook ("before all" hook...) appears only in `failures`: it becomes one
 * failed test in the setup or teardown phase, as mocha counts it, because
 * the tests it stopped are reported nowhere.
 * One suite per test file.
 */
import type { ParsedReport, TestStatus } from '../../model.js'
import {
  SuiteSet,
  asArray,
  asObject,
  asString,
  beforeStack,
  leadingErrorType,
  makeCase,
  stackLineIn,
  stripAnsi,
  toNumber,
  type JsonObject
} from '../reader-kit.js'

export function parseMocha(document: JsonObject): ParsedReport {
  const suites = new SuiteSet()
  const warnings: string[] = []
  const pending = new Set(
    asArray(document.pending).map((test) => keyOf(asObject(test)))
  )
  const reported = new Set<string>()
  for (const entry of asArray(document.tests)) {
    const test = asObject(entry)
    reported.add(keyOf(test))
    const error = asObject(test.err)
    const status: TestStatus = pending.has(keyOf(test))
      ? 'skipped'
      : Object.keys(error).length > 0
        ? 'failed'
        : 'passed'
    addTest(suites, test, status)
  }
  let hooks = 0
  for (const entry of asArray(document.failures)) {
    const failure = asObject(entry)
    if (reported.has(keyOf(failure))) continue
    hooks++
    // mocha counts a failing hook as one failure, as its own summary does.
    addTest(suites, failure, 'failed')
  }
  if (hooks > 0) {
    warnings.push(
      `${hooks} mocha failures happened outside any test (hooks); each counted as one failed test`
    )
  }
  const stats = asObject(document.stats)
  return suites.report('mocha-json', 'mocha', warnings, {
    what: 'mocha stats',
    declared: toNumber(stats.tests),
    uncounted: hooks
  })
}

function keyOf(test: JsonObject): string {
  return `${asString(test.fullTitle) ?? ''}\u0000${asString(test.file) ?? ''}`
}

function addTest(suites: SuiteSet, test: JsonObject, status: TestStatus): void {
  const title = asString(test.title) ?? ''
  const fullTitle = asString(test.fullTitle) ?? title
  const file = asString(test.file)
  const error = asObject(test.err)
  const stack = asString(error.stack)
  const rawMessage = asString(error.message)
  const message = rawMessage === null ? null : stripAnsi(rawMessage)
  const failed = status === 'failed' || status === 'error'
  const duration = toNumber(test.duration)
  const retry = toNumber(test.currentRetry) ?? 0
  const classname = fullTitle.endsWith(title)
    ? fullTitle.slice(0, fullTitle.length - title.length).trim()
    : ''
  const hook = /^"(before|after) (all|each)" hook/.exec(title)
  suites.add(
    file ?? 'mocha',
    makeCase({
      name: title,
      classname,
      status,
      file,
      line: failed && file ? stackLineIn(stack, file) : null,
      duration: duration === null ? null : duration / 1000,
      failureType: failed
        ? (leadingErrorType(stack) ?? asString(error.code))
        : null,
      message: failed
        ? (message ?? (stack === null ? null : beforeStack(stripAnsi(stack))))
        : null,
      details: failed && stack !== null ? stripAnsi(stack) : null,
      flaky: status === 'passed' && retry > 0,
      retries: Math.floor(retry),
      phase: hook ? (hook[1] === 'before' ? 'setup' : 'teardown') : null
    }),
    file
  )
}
