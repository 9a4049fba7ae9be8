/**
 * `go test -json` (test2json events, one per line). One test per `Test`
 * name, subtests (`TestA/case`) included, as `go test` and gotestsum count
 * them; one suite per package. A test that started but never ended (the
 * binary panicked or timed out) failed, as gotestsum counts it. A package that failed with no
 * failing test in it (a build failure, a TestMain or setup failure)
 * becomes one erroring test carrying the package output, so it is counted
 * and triaged.
 */
import { LIMITS, type ParsedReport, type TestStatus } from '../../model.js'
import {
  BoundedText,
  SuiteSet,
  asString,
  makeCase,
  toLine,
  toNumber,
  type JsonObject
} from '../reader-kit.js'

interface GoTest {
  name: string
  action: string | null
  elapsed: number | null
  output: BoundedText
  /** First `file_test.go:12: message` line the test logged. */
  logLine: { file: string; line: number; message: string } | null
  panic: string | null
}

interface GoPackage {
  name: string
  tests: Map<string, GoTest>
  action: string | null
  output: BoundedText
  buildFailed: boolean
}

const LOG_LINE = /^\s+([\w.\-/]+\.go):(\d+):\s?(.*)$/
const FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):)/

export function parseGoEvents(events: JsonObject[]): ParsedReport {
  const packages = new Map<string, GoPackage>()
  const packageOf = (name: string): GoPackage => {
    let found = packages.get(name)
    if (!found) {
      found = {
        name,
        tests: new Map(),
        action: null,
        output: new BoundedText(LIMITS.details),
        buildFailed: false
      }
      packages.set(name, found)
    }
    return found
  }
  for (const event of events) {
    const action = asString(event.Action)
    if (action === null) continue
    const importPath = asString(event.ImportPath)
    if (action === 'build-output' || action === 'build-fail') {
      // Go 1.24+ reports compile errors as their own events.
      const pkg = packageOf(stripTestSuffix(importPath ?? ''))
      pkg.buildFailed = true
      const output = asString(event.Output)
      if (output) pkg.output.append(output)
      continue
    }
    const pkg = packageOf(asString(event.Package) ?? '')
    if (asString(event.FailedBuild)) pkg.buildFailed = true
    const testName = asString(event.Test)
    if (testName === null) {
      if (action === 'output') {
        const output = asString(event.Output) ?? ''
        pkg.output.append(output)
        if (/\[(build|setup) failed\]/.test(output)) pkg.buildFailed = true
      } else if (action === 'pass' || action === 'fail' || action === 'skip') {
        pkg.action = action
      }
      continue
    }
    let test = pkg.tests.get(testName)
    if (!test) {
      test = {
        name: testName,
        action: null,
        elapsed: null,
        output: new BoundedText(LIMITS.details),
        logLine: null,
        panic: null
      }
      pkg.tests.set(testName, test)
    }
    if (action === 'output') {
      const output = asString(event.Output) ?? ''
      if (!FRAMING.test(output)) test.output.append(output)
      const log = LOG_LINE.exec(output.replace(/\n$/, ''))
      if (log && test.logLine === null) {
        test.logLine = { file: log[1], line: Number(log[2]), message: log[3] }
      }
      if (test.panic === null && /^panic: /.test(output)) {
        test.panic = output.trim()
      }
    } else if (['pass', 'fail', 'skip', 'bench'].includes(action)) {
      test.action = action
      test.elapsed = toNumber(event.Elapsed)
    }
  }
  return buildReport([...packages.values()])
}

function buildReport(packages: GoPackage[]): ParsedReport {
  const suites = new SuiteSet()
  const warnings: string[] = []
  for (const pkg of packages) {
    const packageOutput = pkg.output.value()
    const packagePanic =
      packageOutput?.split('\n').find((line) => line.startsWith('panic: ')) ??
      null
    let failing = 0
    let unfinished = 0
    for (const test of pkg.tests.values()) {
      const status = goStatus(test.action)
      if (status === 'failed' || status === 'error') failing++
      if (test.action === null) unfinished++
      const output = test.output.value()
      let message: string | null = null
      if (test.action === null) {
        const why = test.panic ?? packagePanic
        message = why
          ? `test did not finish: ${why}`
          : 'test did not finish (the test binary stopped)'
      } else if (status === 'failed') {
        message = test.panic ?? test.logLine?.message ?? null
      } else if (status === 'skipped') {
        message = test.logLine?.message ?? null
      }
      suites.add(
        pkg.name || 'go test',
        makeCase({
          name: test.name,
          classname: pkg.name,
          status,
          file: test.logLine?.file ?? null,
          line: toLine(test.logLine?.line),
          duration: test.elapsed,
          failureType:
            test.panic !== null && status !== 'passed' ? 'panic' : null,
          message,
          details:
            status === 'failed' || status === 'error'
              ? test.action === null && packageOutput
                ? [output, packageOutput].filter(Boolean).join('\n')
                : output
              : null,
          systemOut: status === 'passed' ? output : null
        })
      )
    }
    if (unfinished > 0) {
      warnings.push(
        `${unfinished} tests in ${pkg.name || 'a package'} started but never finished; counted as failed`
      )
    }
    if (pkg.action === 'fail' && failing === 0) {
      const build = pkg.buildFailed || pkg.tests.size === 0
      const firstError =
        packageOutput
          ?.split('\n')
          .map((line) => line.trim())
          .find(
            (line) =>
              line !== '' && !line.startsWith('#') && !/^(FAIL|ok)\b/.test(line)
          ) ?? null
      warnings.push(
        `package ${pkg.name || '(unnamed)'} failed outside any test; counted as one erroring test`
      )
      suites.add(
        pkg.name || 'go test',
        makeCase({
          name: build ? '[build failed]' : '[package failed]',
          classname: pkg.name,
          status: 'error',
          message:
            firstError ??
            (build ? 'build failed' : 'package failed outside any test'),
          details: packageOutput,
          phase: build ? 'collection' : null
        })
      )
    }
  }
  return {
    format: 'go-json',
    producer: 'go test -json',
    suites: suites.list(),
    warnings
  }
}

function goStatus(action: string | null): TestStatus {
  switch (action) {
    case 'pass':
    case 'bench':
      return 'passed'
    case 'fail':
      return 'failed'
    case 'skip':
      return 'skipped'
    default:
      // Started, never ended: the binary died under it (panic, -timeout).
      // go's own tools (gotestsum, newer test2json) call that a failure.
      return 'failed'
  }
}

/** Build events name the test binary's package (`pkg.test`, `pkg [pkg.test]`). */
function stripTestSuffix(importPath: string): string {
  return importPath.replace(/ \[.*\]$/, '').replace(/\.test$/, '')
}
