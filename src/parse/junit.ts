/**
 * JUnit XML in all its dialects (pytest, jest-junit, vitest, mocha, Surefire,
 * Gradle, Ant, gotestsum, go-junit-report, nextest, PHPUnit, CTest, Catch2,
 * GoogleTest, Bazel...). The counting rules are in docs/FORMATS.md; in short:
 * one test per <testcase>, error > failure > skipped > passed, Surefire
 * flaky runs that end in a pass are passed and flaky, and the testcases win
 * over the header counts (with a warning).
 */
import {
  LIMITS,
  addTest,
  bound,
  emptyCase,
  emptySuite,
  isKept,
  ownString,
  testCount,
  worstStatus,
  type ParsedReport,
  type Phase,
  type Suite,
  type TestCase,
  type TestStatus
} from '../model.js'
import { BoundedText, firstLine } from './reader-kit.js'
import {
  ownText,
  type XmlElement,
  type XmlFormatReader,
  type XmlReaderFactory
} from './xml.js'

/** Header warnings kept per report; the rest are summed up in one line. */
const MAX_HEADER_WARNINGS = 20

/** `status`/`result` attribute values that mean the test did not run. */
const SKIPPED_VALUES = new Set([
  'skipped',
  'skip',
  'disabled',
  'ignored',
  'notrun',
  'not_run',
  'pending'
])
const FAILED_VALUES = new Set(['fail', 'failed', 'failure'])
const ERROR_VALUES = new Set(['error', 'errored'])

/** Result elements of a testcase and the status each stands for. */
const RESULT_STATUS = new Map<string, TestStatus>([
  ['failure', 'failed'],
  ['error', 'error'],
  ['skipped', 'skipped']
])

/** Surefire retry elements: a failed run of a test that was run again. */
const FLAKY_RUNS = new Set(['flakyFailure', 'flakyError'])
const RERUNS = new Set(['rerunFailure', 'rerunError'])

type Capture =
  | 'result'
  | 'case-out'
  | 'case-err'
  | 'suite-out'
  | 'suite-err'
  | 'suite-result'

interface DeclaredCounts {
  tests: number | null
  failures: number | null
  errors: number | null
  skipped: number | null
}

interface SuiteFrame {
  depth: number
  name: string
  declared: DeclaredCounts
  /** The suite as emitted; created lazily so pure containers stay out. */
  suite: Suite
  hasChildSuite: boolean
  /** Counted testcases in this suite and every suite below it. */
  counted: { tests: number; failed: number; errors: number; skipped: number }
  hasSynthetic: boolean
  /** go-junit-report numbers its suites (`id`); gotestsum does not. */
  numbered: boolean
  /** A <failure>/<error> written directly under <testsuite> (Ant). */
  suiteResult: {
    status: TestStatus
    type: string | null
    message: string | null
    details: string | null
  } | null
}

/** No testcase open: nothing of a chunk held. */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({})

interface CaseState {
  depth: number
  testCase: TestCase
  /**
   * The testcase's attributes as the parser gave them (slices of the chunk,
   * fine to hold while the test is open): its name, line and time are read
   * only if the test is kept, since most tests pass cleanly and are only
   * counted.
   */
  attributes: Readonly<Record<string, string>>
  /** The result element whose message and body describe the final status. */
  shownStatus: TestStatus | null
  flakyRuns: number
  reruns: number
  /** What the `status`/`result` attributes say, when no element says more. */
  statusAttribute: TestStatus
}

/** The status a `status`/`result` attribute value stands for. */
function statusOfWord(value: string): TestStatus {
  const word = value.toLowerCase()
  if (SKIPPED_VALUES.has(word)) return 'skipped'
  if (FAILED_VALUES.has(word)) return 'failed'
  if (ERROR_VALUES.has(word)) return 'error'
  return 'passed'
}

/** Reads a finite, non-negative number; tolerates "1,234.5" and garbage. */
function toSeconds(value: string | undefined): number | null {
  if (value === undefined || value === '') return null
  let number = Number(value)
  if (Number.isNaN(number) && value.includes(',')) {
    number = Number(value.replace(/,/g, ''))
  }
  return Number.isFinite(number) && number >= 0 ? number : null
}

function toCount(value: string | undefined): number | null {
  const number = toSeconds(value)
  return number !== null && Number.isInteger(number) ? number : null
}

function toLineNumber(value: string | undefined): number | null {
  const number = toCount(value)
  return number !== null && number > 0 ? number : null
}

/** `bound()`, as a string of its own (see ownString). */
function kept(text: string | null, max: number): string | null {
  return ownString(bound(text, max))
}

/** Text of an attribute, or null when absent or blank. */
function attr(element: XmlElement, name: string): string | null {
  const value = element.attributes[name]
  return value === undefined || value === '' ? null : value
}

/** pytest writes the phase into the error message of setup/teardown errors. */
function pytestPhase(
  status: TestStatus,
  message: string | null,
  testCase: TestCase
): Phase | null {
  if (message !== null) {
    if (message.startsWith('failed on setup')) return 'setup'
    if (message.startsWith('failed on teardown')) return 'teardown'
    if (message.startsWith('collection failure')) return 'collection'
  }
  if (status === 'error' && testCase.classname === '') return 'collection'
  if (status === 'failed') return 'call'
  return null
}

/**
 * Shares one stored copy of a value while consecutive testcases repeat it
 * (a suite's classname and file), instead of one copy per testcase.
 */
class Repeated {
  private last: string | null = null

  get(text: string | null): string | null {
    if (text === null) return null
    if (text !== this.last) this.last = kept(text, LIMITS.name)
    return this.last
  }
}

class JunitReader implements XmlFormatReader {
  private readonly frames: SuiteFrame[] = []
  private readonly warnings: string[] = []
  private headerWarnings = 0
  private producer: string | null = null
  /** Root <testsuites>: a suite for testcases written directly under it. */
  private rootFrame: SuiteFrame | null = null
  private current: CaseState | null = null
  private readonly caseState: CaseState = {
    depth: 0,
    testCase: emptyCase('', ''),
    attributes: NO_ATTRIBUTES,
    shownStatus: null,
    flakyRuns: 0,
    reruns: 0,
    statusAttribute: 'passed'
  }
  /** Depth of a Surefire rerun element whose children are skipped. */
  private rerunDepth = 0
  private capture: Capture | null = null
  private captureDepth = 0
  private buffer: BoundedText | null = null
  /** Every suite in document order; those in `emitted` are returned. */
  private readonly ordered: Suite[] = []
  private readonly emitted = new Set<Suite>()
  /** Classnames, files and types repeat from one testcase to the next. */
  private readonly classnames = new Repeated()
  private readonly files = new Repeated()
  private readonly types = new Repeated()

  constructor(root: XmlElement) {
    this.producer = producerOfRoot(root)
  }

  open(element: XmlElement, depth: number): void {
    if (this.rerunDepth !== 0) return
    switch (element.name) {
      case 'testsuite':
        this.openSuite(element, depth)
        return
      case 'testsuites':
        if (depth === 1) {
          this.rootFrame = this.newFrame(element, depth, '(root)')
          this.frames.push(this.rootFrame)
          this.ordered.push(this.rootFrame.suite)
        }
        return
      case 'testcase':
        if (this.current === null) this.openCase(element, depth)
        return
      case 'property':
        if (this.producer === null) this.producerFromProperty(element)
        return
      case 'system-out':
      case 'system-err':
        this.openOutput(element.name, depth)
        return
    }
    if (this.current !== null) {
      this.openResult(element, depth)
      return
    }
    const frame = this.innermost()
    const status = RESULT_STATUS.get(element.name)
    if (frame && depth === frame.depth + 1 && status !== undefined) {
      // Ant writes a suite-level failure (a class that could not load)
      // as <error> directly under <testsuite>, with no testcase.
      if (status !== 'skipped') {
        frame.suiteResult = {
          status,
          type: attr(element, 'type'),
          message: attr(element, 'message'),
          details: null
        }
        this.startCapture('suite-result', depth, LIMITS.details)
      }
    }
  }

  text(text: string): void {
    this.buffer?.append(text)
  }

  wantsText(): boolean {
    return this.buffer !== null
  }

  close(name: string, depth: number): void {
    if (this.rerunDepth !== 0) {
      if (depth === this.rerunDepth) this.rerunDepth = 0
      return
    }
    if (this.capture !== null && depth === this.captureDepth) {
      this.endCapture()
      return
    }
    if (this.current !== null && depth === this.current.depth) {
      this.closeCase()
      return
    }
    if (name === 'testsuite' || name === 'testsuites') {
      const frame = this.innermost()
      if (frame && frame.depth === depth) this.closeSuite()
    }
  }

  finish(): ParsedReport {
    const hidden = this.headerWarnings - MAX_HEADER_WARNINGS
    if (hidden > 0) {
      this.warnings.push(
        `${hidden} more suites whose header counts disagree with their testcases`
      )
    }
    return {
      format: 'junit',
      producer: this.producer,
      suites: this.ordered.filter((suite) => this.emitted.has(suite)),
      warnings: this.warnings
    }
  }

  private innermost(): SuiteFrame | undefined {
    return this.frames[this.frames.length - 1]
  }

  private newFrame(
    element: XmlElement,
    depth: number,
    fallbackName: string
  ): SuiteFrame {
    const a = element.attributes
    const skipped = toCount(a.skipped ?? a.skips)
    const disabled = toCount(a.disabled)
    const name = kept(attr(element, 'name') ?? fallbackName, LIMITS.name) ?? ''
    return {
      depth,
      name,
      declared: {
        tests: toCount(a.tests),
        failures: toCount(a.failures),
        errors: toCount(a.errors),
        // GoogleTest and CTest count disabled tests apart from skipped ones;
        // both come out as skipped testcases.
        skipped: skipped === null ? null : skipped + (disabled ?? 0)
      },
      suite: emptySuite(
        name,
        kept(attr(element, 'file') ?? attr(element, 'filepath'), LIMITS.name)
      ),
      hasChildSuite: false,
      counted: { tests: 0, failed: 0, errors: 0, skipped: 0 },
      hasSynthetic: false,
      numbered: a.id !== undefined && a.hostname !== undefined,
      suiteResult: null
    }
  }

  private openSuite(element: XmlElement, depth: number): void {
    const parent = this.innermost()
    if (parent) parent.hasChildSuite = true
    if (this.producer === null) this.producer = producerOfSuite(element)
    const frame = this.newFrame(element, depth, '(unnamed suite)')
    this.frames.push(frame)
    this.ordered.push(frame.suite)
  }

  private closeSuite(): void {
    const frame = this.frames.pop()
    if (frame === undefined) return
    const { suite } = frame
    if (frame.suiteResult !== null) this.addSuiteResultCase(frame)
    else if (
      testCount(suite) === 0 &&
      !frame.hasChildSuite &&
      (frame.declared.failures ?? 0) + (frame.declared.errors ?? 0) > 0 &&
      (suite.systemOut !== null || suite.systemErr !== null)
    ) {
      this.addSuiteOutputCase(frame)
    }
    // Emit suites that hold tests, and leaf suites even when empty; pure
    // containers (<testsuites>, PHPUnit's outer suites) only group others.
    const isRoot = frame === this.rootFrame
    if (testCount(suite) > 0 || (!frame.hasChildSuite && !isRoot)) {
      this.emitted.add(suite)
    }
    if (!frame.hasSynthetic) this.checkHeader(frame)
    const parent = this.innermost()
    if (parent) {
      parent.counted.tests += frame.counted.tests
      parent.counted.failed += frame.counted.failed
      parent.counted.errors += frame.counted.errors
      parent.counted.skipped += frame.counted.skipped
      parent.hasSynthetic ||= frame.hasSynthetic
    }
  }

  /** An error written directly under <testsuite> becomes a test of its own. */
  private addSuiteResultCase(frame: SuiteFrame): void {
    const result = frame.suiteResult!
    const testCase = emptyCase(frame.name, frame.name)
    testCase.status = result.status
    testCase.failureType = kept(result.type, LIMITS.name)
    testCase.details = result.details
    testCase.message = kept(
      result.message ?? firstLine(testCase.details),
      LIMITS.message
    )
    testCase.systemOut = frame.suite.systemOut
    testCase.systemErr = frame.suite.systemErr
    this.addSynthetic(frame, testCase)
  }

  /**
   * A suite that declares failures or errors, holds no testcase and explains
   * itself only in its output (a Go package that did not build) becomes one
   * erroring test, so the failure is counted and can be triaged.
   */
  private addSuiteOutputCase(frame: SuiteFrame): void {
    const testCase = emptyCase(frame.name, frame.name)
    testCase.status = 'error'
    const output = frame.suite.systemOut ?? frame.suite.systemErr
    testCase.message = kept(firstLine(output), LIMITS.message)
    testCase.details = output
    testCase.systemOut = frame.suite.systemOut
    testCase.systemErr = frame.suite.systemErr
    this.addSynthetic(frame, testCase)
  }

  private addSynthetic(frame: SuiteFrame, testCase: TestCase): void {
    addTest(frame.suite, testCase)
    frame.hasSynthetic = true
    this.count(frame, testCase.status)
    this.warnings.push(
      `suite "${frame.name}" has no testcase for the ${testCase.status === 'failed' ? 'failure' : 'error'} it reports; counted it as one test named after the suite`
    )
  }

  private count(frame: SuiteFrame, status: TestStatus): void {
    frame.counted.tests++
    if (status === 'failed') frame.counted.failed++
    else if (status === 'error') frame.counted.errors++
    else if (status === 'skipped') frame.counted.skipped++
  }

  private checkHeader(frame: SuiteFrame): void {
    const { declared, counted } = frame
    const differences: string[] = []
    const compare = (
      label: string,
      said: number | null,
      found: number
    ): void => {
      if (said !== null && said !== found) {
        differences.push(`${said} ${label} (found ${found})`)
      }
    }
    compare('tests', declared.tests, counted.tests)
    compare('failures', declared.failures, counted.failed)
    compare('errors', declared.errors, counted.errors)
    compare('skipped', declared.skipped, counted.skipped)
    if (differences.length === 0) return
    this.headerWarnings++
    if (this.headerWarnings > MAX_HEADER_WARNINGS) return
    const label =
      frame === this.rootFrame ? '<testsuites>' : `suite "${frame.name}"`
    this.warnings.push(
      `${label} header says ${differences.join(', ')}; counted the testcases`
    )
  }

  private openCase(element: XmlElement, depth: number): void {
    const { attributes } = element
    // The name is copied at the close, and only if the test is kept.
    const testCase = emptyCase(
      '',
      this.classnames.get(attributes.classname ?? '') ?? ''
    )
    testCase.file = this.files.get(attr(element, 'file'))
    // Catch2 files free test cases under "<executable>.global".
    if (this.producer === null && testCase.classname.endsWith('.global')) {
      this.producer = 'catch2'
    }
    // GoogleTest writes both: status="run" result="skipped".
    const { status: statusWord, result: resultWord } = attributes
    let status: TestStatus =
      statusWord === undefined ? 'passed' : statusOfWord(statusWord)
    if (resultWord !== undefined)
      status = worstStatus(status, statusOfWord(resultWord))
    // One state object for the whole document: a testcase never nests in another.
    const state = this.caseState
    state.depth = depth
    state.testCase = testCase
    state.attributes = attributes
    state.shownStatus = null
    state.flakyRuns = 0
    state.reruns = 0
    state.statusAttribute = status
    this.current = state
  }

  private closeCase(): void {
    const state = this.current!
    this.current = null
    const { testCase } = state
    if (state.statusAttribute !== 'passed')
      testCase.status = worstStatus(testCase.status, state.statusAttribute)
    testCase.retries = state.flakyRuns + state.reruns
    // Surefire: failed runs followed by a passing one leave only flaky
    // elements; the test passed, flakily.
    if (state.flakyRuns > 0 && testCase.status === 'passed')
      testCase.flaky = true
    if (this.producer === 'pytest' && testCase.status !== 'passed') {
      testCase.phase = pytestPhase(testCase.status, testCase.message, testCase)
    }
    // Captured output is kept to explain what did not pass; for the many
    // tests that passed it would only be memory (docs/FORMATS.md).
    if (testCase.status === 'passed') {
      testCase.systemOut = null
      testCase.systemErr = null
    }
    const frame = this.innermost()
    if (frame !== undefined) {
      this.count(frame, testCase.status)
      if (isKept(testCase)) {
        const { name, line, time } = state.attributes
        testCase.name = kept(name ?? '', LIMITS.name) ?? ''
        testCase.line = toLineNumber(line)
        testCase.duration = toSeconds(time)
      }
      addTest(frame.suite, testCase)
    }
    state.attributes = NO_ATTRIBUTES
  }

  private openResult(element: XmlElement, depth: number): void {
    const state = this.current!
    const { name } = element
    if (FLAKY_RUNS.has(name) || RERUNS.has(name)) {
      if (FLAKY_RUNS.has(name)) state.flakyRuns++
      else state.reruns++
      if (this.producer === null) this.producer = 'surefire'
      this.rerunDepth = depth
      return
    }
    const status = RESULT_STATUS.get(name)
    if (status === undefined) return
    const { testCase } = state
    const previous = testCase.status
    testCase.status = worstStatus(previous, status)
    // The message shown is that of the first element of the winning kind.
    if (testCase.status === state.shownStatus) return
    if (testCase.status !== status) return
    state.shownStatus = status
    testCase.failureType = this.types.get(attr(element, 'type'))
    testCase.message = kept(attr(element, 'message'), LIMITS.message)
    testCase.details = null
    this.startCapture('result', depth, LIMITS.details)
  }

  private openOutput(name: string, depth: number): void {
    const out = name === 'system-out'
    if (this.current !== null) {
      if (depth !== this.current.depth + 1) return
      this.startCapture(out ? 'case-out' : 'case-err', depth, LIMITS.output)
      return
    }
    const frame = this.innermost()
    if (frame && depth === frame.depth + 1) {
      this.startCapture(out ? 'suite-out' : 'suite-err', depth, LIMITS.output)
    }
  }

  private startCapture(capture: Capture, depth: number, max: number): void {
    this.capture = capture
    this.captureDepth = depth
    this.buffer = new BoundedText(max)
  }

  private endCapture(): void {
    // Copied before trimming: the trim then slices our own copy, not the chunk.
    const trimmed = this.buffer?.trimmedValue(ownText) ?? null
    const capture = this.capture
    this.capture = null
    this.buffer = null
    const state = this.current
    switch (capture) {
      case 'result':
        if (state === null) return
        state.testCase.details = trimmed
        // jest-junit and gotestsum write everything in the body.
        state.testCase.message ??= kept(firstLine(trimmed), LIMITS.message)
        return
      case 'case-out':
        if (state) state.testCase.systemOut = trimmed
        return
      case 'case-err':
        if (state) state.testCase.systemErr = trimmed
        return
    }
    const frame = this.innermost()
    if (frame === undefined) return
    if (capture === 'suite-out') frame.suite.systemOut = trimmed
    else if (capture === 'suite-err') frame.suite.systemErr = trimmed
    else if (capture === 'suite-result' && frame.suiteResult !== null) {
      frame.suiteResult.details = trimmed
    }
  }

  private producerFromProperty(element: XmlElement): void {
    const name = element.attributes.name ?? ''
    if (name.startsWith('ant.')) this.producer = 'ant'
    else if (name === 'random-seed' || name === 'rng-seed')
      this.producer = 'catch2'
    else if (name === 'go.version') {
      this.producer = this.innermost()?.numbered
        ? 'go-junit-report'
        : 'gotestsum'
    }
  }
}

/** The tool, told from the root element's attributes where it signs them. */
function producerOfRoot(root: XmlElement): string | null {
  const name = root.attributes.name ?? ''
  if (name === 'jest tests') return 'jest-junit'
  if (name === 'vitest tests') return 'vitest'
  if (name === 'Mocha Tests') return 'mocha'
  if (name === 'nextest-run') return 'nextest'
  if (name === 'AllTests') return 'googletest'
  if (root.name === 'testsuite') {
    // CTest (--output-junit) writes one bare <testsuite> with `disabled`.
    if (root.attributes.disabled !== undefined) return 'ctest'
    return producerOfSuite(root)
  }
  return null
}

function producerOfSuite(suite: XmlElement): string | null {
  const a = suite.attributes
  const name = a.name ?? ''
  const schema = a['xsi:noNamespaceSchemaLocation'] ?? ''
  if (schema.includes('surefire')) return 'surefire'
  if (name === 'pytest') return 'pytest'
  if (name === 'rspec' || name.startsWith('rspec')) return 'rspec'
  if (name.startsWith('//')) return 'bazel'
  if (a.assertions !== undefined) return 'phpunit'
  return null
}

export const junitReader: XmlReaderFactory = (root) =>
  root.name === 'testsuites' || root.name === 'testsuite'
    ? new JunitReader(root)
    : null
