/**
 * jest `--json` (and vitest's json reporter, which copies its shape): one
 * entry per test file in `testResults`, one test per
 * `assertionResults` entry. pending, skipped, todo and disabled are
 * skipped. A file that failed to run (a missing module, a syntax error)
 * has no assertion results, only a message: it becomes one erroring test
 * so it is counted and triaged. One suite per test file.
 */
import type { ParsedReport, TestStatus } from '../../model.js'
import {
  SuiteSet,
  asArray,
  asObject,
  asString,
  beforeStack,
  firstLine,
  leadingErrorType,
  makeCase,
  stackLineIn,
  stripAnsi,
  toLine,
  toNumber,
  type JsonObject
} from '../reader-kit.js'

export function parseJest(document: JsonObject): ParsedReport {
  const files = asArray(document.testResults).map(asObject)
  const root = commonDirectory(files.map((file) => asString(file.name) ?? ''))
  const suites = new SuiteSet()
  const warnings: string[] = []
  let brokenFiles = 0
  for (const file of files) {
    const path = asString(file.name) ?? ''
    const suiteName = path.startsWith(root) ? path.slice(root.length) : path
    const assertions = asArray(file.assertionResults).map(asObject)
    // jest 30 lists a file that failed to run as one "error" entry.
    brokenFiles += assertions.filter((entry) => entry.status === 'error').length
    for (const assertion of assertions) {
      suites.add(
        suiteName || 'jest',
        assertionCase(assertion, path),
        path || null
      )
    }
    const execError = asObject(file.testExecError)
    const fileMessage = stripAnsi(
      asString(file.message) ?? asString(file.failureMessage) ?? ''
    )
    const broken =
      assertions.length === 0 &&
      (asString(file.status) === 'failed' ||
        Object.keys(execError).length > 0 ||
        fileMessage.trim() !== '')
    if (!broken) continue
    brokenFiles++
    const details =
      fileMessage.trim() !== ''
        ? fileMessage
        : stripAnsi(
            asString(execError.stack) ?? asString(execError.message) ?? ''
          )
    const message = suiteFailureMessage(details)
    suites.add(
      suiteName || 'jest',
      makeCase({
        name: 'Test suite failed to run',
        classname: suiteName,
        status: 'error',
        file: path || null,
        failureType: leadingErrorType(message),
        message,
        details: details || null,
        phase: 'collection'
      }),
      path || null
    )
  }
  if (brokenFiles > 0) {
    warnings.push(
      `${brokenFiles} jest test files failed to run; each counted as one erroring test`
    )
  }
  return suites.report('jest-json', jestProducer(document, files), warnings, {
    what: 'jest numTotalTests',
    declared: toNumber(document.numTotalTests),
    uncounted: brokenFiles
  })
}

function assertionCase(assertion: JsonObject, path: string) {
  const status = jestStatus(
    asString(assertion.status),
    asArray(assertion.failureMessages).length > 0
  )
  const failures = asArray(assertion.failureMessages)
    .map(asString)
    .filter((text) => text !== null)
    .map(stripAnsi)
  const details = failures.length > 0 ? failures.join('\n\n') : null
  const retries = asArray(assertion.retryReasons).length
  const duration = toNumber(assertion.duration)
  const ancestors = asArray(assertion.ancestorTitles)
    .map(asString)
    .filter((title) => title !== null)
  const failed = status === 'failed' || status === 'error'
  // jest 30 writes a file that failed to run as one assertion with status
  // "error" and no title.
  const fileError = status === 'error'
  let message: string | null = null
  if (failed && details !== null) {
    message = fileError
      ? suiteFailureMessage(details)
      : beforeStack(details) || details
  }
  return makeCase({
    name:
      asString(assertion.title) ??
      asString(assertion.fullName) ??
      (fileError ? 'Test suite failed to run' : ''),
    classname: ancestors.join(' › '),
    status,
    file: path || null,
    // `location` is only written with --testLocationInResults.
    line:
      toLine(asObject(assertion.location).line) ??
      (failed ? stackLineIn(details, path) : null),
    duration: duration === null ? null : duration / 1000,
    failureType: failed ? leadingErrorType(message) : null,
    message,
    details: failed ? details : null,
    flaky: status === 'passed' && retries > 0,
    retries,
    phase: fileError ? 'collection' : null
  })
}

function jestStatus(status: string | null, hasFailure: boolean): TestStatus {
  switch (status) {
    case 'passed':
      return 'passed'
    case 'failed':
      return 'failed'
    case 'error':
      return 'error'
    case 'pending':
    case 'skipped':
    case 'todo':
    case 'disabled':
      return 'skipped'
  }
  return hasFailure ? 'failed' : 'skipped'
}

/**
 * jest's "Test suite failed to run" text: a heading line, then the error
 * (`Cannot find module 'x' from 'y'`); the error is the useful line.
 */
function suiteFailureMessage(text: string): string | null {
  const lines = beforeStack(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) => line !== '' && !/^●\s*Test suite failed to run$/.test(line)
    )
  return lines.length > 0 ? lines.slice(0, 3).join('\n') : firstLine(text)
}

/**
 * vitest's json reporter writes jest's shape; jest alone writes
 * `numRuntimeErrorTestSuites` and `openHandles`, vitest a `meta` per test.
 */
function jestProducer(
  document: JsonObject,
  files: JsonObject[]
): string | null {
  if ('numRuntimeErrorTestSuites' in document || 'openHandles' in document) {
    return 'jest'
  }
  const vitest = files.some((file) =>
    asArray(file.assertionResults).some((entry) => 'meta' in asObject(entry))
  )
  return vitest ? 'vitest' : null
}

/** Longest directory prefix shared by all paths ('' for fewer than two). */
function commonDirectory(paths: string[]): string {
  const usable = paths.filter((path) => path !== '')
  if (usable.length < 2) return ''
  let prefix = usable[0]
  for (const path of usable.slice(1)) {
    while (!path.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  const slash = Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\'))
  return slash === -1 ? '' : prefix.slice(0, slash + 1)
}
