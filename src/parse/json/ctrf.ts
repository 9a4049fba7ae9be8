/**
 * CTRF (Common Test Report Format, ctrf.io): `results.tool`,
 * `results.summary` and one entry per test in `results.tests`. Status
 * passed/failed/skipped map directly, pending is skipped, and `other` is
 * read through `rawStatus`: an interrupted, broken or timed-out test is an
 * error, anything else that did not run is skipped.
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
  stripAnsi,
  toLine,
  toNumber,
  type JsonObject
} from '../reader-kit.js'

export function parseCtrf(document: JsonObject): ParsedReport {
  const results = asObject(document.results)
  const tool = asObject(results.tool)
  const toolName = asString(tool.name)
  const toolVersion = asString(tool.version)
  const suites = new SuiteSet()
  for (const entry of asArray(results.tests)) {
    const test = asObject(entry)
    const status = ctrfStatus(asString(test.status), asString(test.rawStatus))
    const failed = status === 'failed' || status === 'error'
    const rawMessage = asString(test.message)
    const message = rawMessage === null ? null : stripAnsi(rawMessage)
    const trace = asString(test.trace)
    const file = asString(test.filePath)
    const suiteValue = test.suite
    const suiteName = Array.isArray(suiteValue)
      ? suiteValue.map(asString).filter(Boolean).join(' > ')
      : asString(suiteValue)
    const retries = toNumber(test.retries) ?? 0
    const duration = toNumber(test.duration)
    suites.add(
      suiteName || file || toolName || 'CTRF',
      makeCase({
        name: asString(test.name) ?? '',
        classname: suiteName ?? '',
        status,
        file,
        line: toLine(test.line),
        duration: duration === null ? null : duration / 1000,
        failureType: failed ? leadingErrorType(message ?? trace) : null,
        message:
          status === 'passed'
            ? null
            : message !== null
              ? beforeStack(message) || message
              : null,
        details: failed ? (trace === null ? message : stripAnsi(trace)) : null,
        systemOut: joinLines(test.stdout),
        systemErr: joinLines(test.stderr),
        flaky: test.flaky === true && status === 'passed',
        retries: Math.floor(retries)
      }),
      file
    )
  }
  const producer =
    toolName === null
      ? null
      : toolVersion
        ? `${toolName} ${toolVersion}`
        : toolName
  return suites.report('ctrf', producer, [], {
    what: 'CTRF summary',
    declared: toNumber(asObject(results.summary).tests)
  })
}

function ctrfStatus(
  status: string | null,
  rawStatus: string | null
): TestStatus {
  switch ((status ?? '').toLowerCase()) {
    case 'passed':
      return 'passed'
    case 'failed':
      return 'failed'
    case 'skipped':
    case 'pending':
      return 'skipped'
  }
  return /interrupt|broken|timed ?out|timeout|error|crash/i.test(
    rawStatus ?? ''
  )
    ? 'error'
    : 'skipped'
}

function joinLines(value: unknown): string | null {
  if (typeof value === 'string') return value
  const lines = asArray(value)
    .map(asString)
    .filter((line) => line !== null)
  return lines.length > 0 ? lines.join('\n') : null
}
