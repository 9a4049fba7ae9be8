/**
 * TRX, the Visual Studio / `dotnet test` / MSTest results file (`<TestRun>`).
 * One test per top-level result under `<Results>`; data-driven rows inside
 * `<InnerResults>` are part of their parent and never counted again. The
 * class comes from `TestDefinitions/UnitTest/TestMethod@className`, which
 * VSTest writes after the results, so it is resolved at the end. Outcomes
 * (see docs/FORMATS.md):
 *   passed  ← Passed, PassedButRunAborted, Completed, Warning
 *   failed  ← Failed
 *   error   ← Error, Timeout, Aborted, Disconnected, NotRunnable,
 *             InProgress, Pending (it never finished, or could not run)
 *   skipped ← NotExecuted, Inconclusive
 */
import { LIMITS, type ParsedReport, type TestStatus } from '../model.js'
import {
  exceptionType,
  localName,
  shortName,
  splitFullName,
  stackLocation,
  timeSpanSeconds,
  withoutAssembly
} from './dotnet.js'
import {
  BoundedText,
  SuiteSet,
  countWarning,
  makeCase,
  toNumber
} from './reader-kit.js'
import type { XmlElement, XmlFormatReader, XmlReaderFactory } from './xml.js'

interface ResultState {
  attributes: Record<string, string>
  message: BoundedText
  stack: BoundedText
  stdout: BoundedText
  stderr: BoundedText
  /** First failing data row's error, used when the parent carries none. */
  innerMessage: BoundedText
  innerStack: BoundedText
}

interface Definition {
  className: string
  storage: string | null
}

type Capture = 'message' | 'stack' | 'stdout' | 'stderr' | null

export const trxReader: XmlReaderFactory = (root) =>
  localName(root.name) === 'TestRun' ? new TrxReader(root) : null

class TrxReader implements XmlFormatReader {
  private readonly path: string[] = []
  private readonly results: ResultState[] = []
  private readonly definitions = new Map<string, Definition>()
  private current: ResultState | null = null
  /** Depth of the top-level result element being read, 0 when none. */
  private resultDepth = 0
  private capture: Capture = null
  private captureInner = false
  private innerResultsOpen = 0
  private definitionId: string | null = null
  private declaredTotal: number | null = null
  private runInfo: BoundedText | null = null
  private readonly runInfos: string[] = []

  constructor(private readonly root: XmlElement) {}

  open(element: XmlElement, depth: number): void {
    const name = localName(element.name)
    const attributes = element.attributes
    const parent = this.path[this.path.length - 1]
    this.path.push(name)
    if (this.current === null) {
      if (
        parent === 'Results' &&
        (name.endsWith('Result') || name === 'TestResultAggregation')
      ) {
        this.current = newResult(attributes)
        this.resultDepth = depth
      } else if (parent === 'TestDefinitions') {
        this.definitionId = attributes.id ?? null
        if (this.definitionId) {
          this.definitions.set(this.definitionId, {
            className: '',
            storage: attributes.storage ?? null
          })
        }
      } else if (name === 'TestMethod' && this.definitionId) {
        const definition = this.definitions.get(this.definitionId)
        if (definition && attributes.className) {
          definition.className = withoutAssembly(attributes.className)
        }
      } else if (name === 'Counters' && parent === 'ResultSummary') {
        this.declaredTotal = toNumber(attributes.total)
      } else if (name === 'RunInfo') {
        this.runInfo =
          (attributes.outcome ?? '').toLowerCase() === 'error'
            ? new BoundedText(LIMITS.message)
            : null
      } else if (name === 'Text' && this.runInfo) {
        this.capture = 'message'
      }
      return
    }
    // Inside a top-level result; results under InnerResults are data rows.
    if (name === 'InnerResults') this.innerResultsOpen++
    const inner = this.innerResultsOpen > 0
    if (name === 'Message' && parent === 'ErrorInfo') this.capture = 'message'
    else if (name === 'StackTrace' && parent === 'ErrorInfo') {
      this.capture = 'stack'
    } else if (name === 'StdOut' && !inner) this.capture = 'stdout'
    else if (name === 'StdErr' && !inner) this.capture = 'stderr'
    this.captureInner = inner
  }

  text(text: string): void {
    if (this.capture === null) return
    if (this.current === null) {
      this.runInfo?.append(text)
      return
    }
    const state = this.current
    if (this.captureInner) {
      if (this.capture === 'message') state.innerMessage.append(text)
      else if (this.capture === 'stack') state.innerStack.append(text)
    } else {
      state[this.capture].append(text)
    }
  }

  close(name: string, depth: number): void {
    this.path.pop()
    this.capture = null
    const local = localName(name)
    if (this.current && local === 'InnerResults') this.innerResultsOpen--
    if (this.current && depth === this.resultDepth) {
      this.results.push(this.current)
      this.current = null
      this.resultDepth = 0
    } else if (local === 'RunInfo' && this.runInfo) {
      const text = this.runInfo.value()
      if (text) this.runInfos.push(text.replace(/\s+/g, ' ').trim())
      this.runInfo = null
    } else if (this.path[this.path.length - 1] === 'TestDefinitions') {
      this.definitionId = null
    }
  }

  finish(): ParsedReport {
    const suites = new SuiteSet()
    const fallbackSuite = this.root.attributes.name ?? 'TRX'
    for (const state of this.results) {
      const attributes = state.attributes
      const definition = this.definitions.get(attributes.testId ?? '')
      const testName = attributes.testName ?? ''
      const classname =
        definition?.className || splitFullName(testName).classname
      const outcome = attributes.outcome ?? ''
      const hasError =
        state.message.length > 0 ||
        state.stack.length > 0 ||
        state.innerMessage.length > 0
      const status = trxStatus(outcome, hasError)
      const failed = status === 'failed' || status === 'error'
      const message = failed
        ? (state.message.value() ??
          state.innerMessage.value() ??
          (status === 'error' ? `test outcome ${outcome}` : null))
        : status === 'skipped'
          ? state.message.value()
          : null
      const details = failed
        ? (state.stack.value() ?? state.innerStack.value())
        : null
      const location = stackLocation(details)
      suites.add(
        classname || storageName(definition?.storage) || fallbackSuite,
        makeCase({
          name: shortName(testName, classname),
          classname,
          status,
          file: location?.file,
          line: location?.line,
          duration: timeSpanSeconds(attributes.duration),
          failureType: failed ? exceptionType(message) : null,
          message,
          details,
          systemOut: state.stdout.value(),
          systemErr: state.stderr.value()
        })
      )
    }
    const warnings: string[] = []
    const warning = countWarning(
      'ResultSummary/Counters total',
      this.declaredTotal,
      this.results.length
    )
    if (warning) warnings.push(warning)
    for (const info of this.runInfos) {
      warnings.push(`test run error: ${info.slice(0, 300)}`)
    }
    return {
      format: 'trx',
      producer: producerOf(this.root.attributes.xmlns),
      suites: suites.list(),
      warnings
    }
  }
}

function newResult(attributes: Record<string, string>): ResultState {
  return {
    attributes,
    message: new BoundedText(LIMITS.message),
    stack: new BoundedText(LIMITS.details),
    stdout: new BoundedText(LIMITS.output),
    stderr: new BoundedText(LIMITS.output),
    innerMessage: new BoundedText(LIMITS.message),
    innerStack: new BoundedText(LIMITS.details)
  }
}

function trxStatus(outcome: string, hasError: boolean): TestStatus {
  switch (outcome.toLowerCase()) {
    case 'passed':
    case 'passedbutrunaborted':
    case 'completed':
    case 'warning':
      return 'passed'
    case 'failed':
      return 'failed'
    case 'error':
    case 'timeout':
    case 'aborted':
    case 'disconnected':
    case 'notrunnable':
    case 'inprogress':
    case 'pending':
      return 'error'
    case 'notexecuted':
    case 'inconclusive':
      return 'skipped'
    default:
      return hasError ? 'failed' : 'passed'
  }
}

function storageName(storage: string | null | undefined): string {
  if (!storage) return ''
  const parts = storage.split(/[\\/]/)
  return parts[parts.length - 1] ?? ''
}

/** The schema year tells Visual Studio 2005/2008 MSTest from VSTest. */
function producerOf(namespace: string | undefined): string | null {
  if (!namespace) return null
  if (namespace.endsWith('/2010')) return 'VSTest (trx)'
  if (namespace.endsWith('/2006')) return 'MSTest (trx)'
  return null
}
