/**
 * The dart / flutter test JSON reporter (`--reporter json`, protocol 0.1):
 * one event per line. One test per `testStart` that is not hidden (dart
 * hides its "loading" and setUpAll pseudo-tests unless they fail);
 * `testDone` result success/failure/error gives passed/failed/error,
 * `skipped` gives skipped, and a test with no `testDone` never finished
 * (error). One suite per test file.
 */
import { LIMITS, type ParsedReport, type TestStatus } from '../../model.js'
import {
  BoundedText,
  SuiteSet,
  asArray,
  asObject,
  asString,
  leadingErrorType,
  makeCase,
  toLine,
  toNumber,
  type JsonObject
} from '../reader-kit.js'

interface DartTest {
  name: string
  suiteId: number | null
  groupIds: number[]
  file: string | null
  line: number | null
  skipReason: string | null
  startTime: number | null
  endTime: number | null
  result: string | null
  skipped: boolean
  hidden: boolean
  isFailure: boolean
  firstError: string | null
  errors: BoundedText
  prints: BoundedText
}

export function parseDartEvents(events: JsonObject[]): ParsedReport {
  const suitePaths = new Map<number, string>()
  const groupNames = new Map<number, string>()
  const tests = new Map<number, DartTest>()
  let producer: string | null = null
  for (const event of events) {
    switch (event.type) {
      case 'start': {
        const version = asString(event.runnerVersion)
        producer = version ? `dart test ${version}` : 'dart test'
        break
      }
      case 'suite': {
        const suite = asObject(event.suite)
        const id = toNumber(suite.id)
        if (id !== null) suitePaths.set(id, asString(suite.path) ?? '')
        break
      }
      case 'group': {
        const group = asObject(event.group)
        const id = toNumber(group.id)
        const name = asString(group.name)
        if (id !== null && name) groupNames.set(id, name)
        break
      }
      case 'testStart': {
        const test = asObject(event.test)
        const id = toNumber(test.id)
        if (id === null) break
        const metadata = asObject(test.metadata)
        // root_url/root_line point at the test itself when it was declared
        // through a helper; url/line then point at the helper.
        const url = asString(test.root_url) ?? asString(test.url)
        tests.set(id, {
          name: asString(test.name) ?? '',
          suiteId: toNumber(test.suiteID),
          groupIds: asArray(test.groupIDs)
            .map(toNumber)
            .filter((group) => group !== null),
          file: url ? fileOf(url) : null,
          line: toLine(test.root_line ?? test.line),
          skipReason:
            metadata.skip === true ? asString(metadata.skipReason) : null,
          startTime: toNumber(event.time),
          endTime: null,
          result: null,
          skipped: false,
          hidden: false,
          isFailure: false,
          firstError: null,
          errors: new BoundedText(LIMITS.details),
          prints: new BoundedText(LIMITS.output)
        })
        break
      }
      case 'print': {
        const test = tests.get(toNumber(event.testID) ?? -1)
        const message = asString(event.message)
        if (test && message !== null && event.messageType !== 'skip') {
          test.prints.append(`${message}\n`)
        }
        break
      }
      case 'error': {
        const test = tests.get(toNumber(event.testID) ?? -1)
        if (!test) break
        const error = asString(event.error) ?? ''
        const stack = asString(event.stackTrace) ?? ''
        if (test.firstError === null) {
          test.firstError = error
          test.isFailure = event.isFailure === true
        }
        test.errors.append(`${error}\n${stack}\n`)
        break
      }
      case 'testDone': {
        const test = tests.get(toNumber(event.testID) ?? -1)
        if (!test) break
        test.result = asString(event.result)
        test.skipped = event.skipped === true
        test.hidden = event.hidden === true
        test.endTime = toNumber(event.time)
        break
      }
    }
  }
  const suites = new SuiteSet()
  const warnings: string[] = []
  let unfinished = 0
  for (const test of tests.values()) {
    const status = dartStatus(test)
    if (test.hidden && status === 'passed') continue
    if (test.result === null) unfinished++
    const suitePath =
      test.suiteId === null ? '' : (suitePaths.get(test.suiteId) ?? '')
    const groups = test.groupIds
      .map((id) => groupNames.get(id))
      .filter((name) => name !== undefined)
    const classname = groups[groups.length - 1] ?? ''
    const failed = status === 'failed' || status === 'error'
    const elapsed =
      test.startTime !== null && test.endTime !== null
        ? Math.max(0, test.endTime - test.startTime) / 1000
        : null
    suites.add(
      suitePath || 'dart test',
      makeCase({
        name:
          classname && test.name.startsWith(`${classname} `)
            ? test.name.slice(classname.length + 1)
            : test.name,
        classname,
        status,
        file: test.file,
        line: test.line,
        duration: elapsed,
        failureType: failed
          ? (leadingErrorType(test.firstError) ??
            bareErrorType(test.firstError) ??
            (test.isFailure ? 'TestFailure' : null))
          : null,
        message: failed
          ? (test.firstError ??
            (test.result === null ? 'test did not finish' : null))
          : status === 'skipped'
            ? test.skipReason
            : null,
        details: failed ? test.errors.value() : null,
        systemOut: test.prints.value(),
        phase: test.hidden ? 'setup' : null
      }),
      suitePath || null
    )
  }
  if (unfinished > 0) {
    warnings.push(
      `${unfinished} dart tests started but never finished; counted as errors`
    )
  }
  return { format: 'dart-json', producer, suites: suites.list(), warnings }
}

function dartStatus(test: DartTest): TestStatus {
  if (test.result === null) return 'error'
  if (test.result === 'error') return 'error'
  if (test.result === 'failure') return 'failed'
  return test.skipped ? 'skipped' : 'passed'
}

function fileOf(url: string): string {
  if (!url.startsWith('file://')) return url
  try {
    return decodeURIComponent(new URL(url).pathname)
  } catch {
    return url.slice('file://'.length)
  }
}

/** Dart messages may name the class with no colon (`TimeoutException after 0:00:01`). */
function bareErrorType(error: string | null): string | null {
  return /^([A-Z]\w*(?:Exception|Error))\b/.exec(error ?? '')?.[1] ?? null
}
