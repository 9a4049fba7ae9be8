/**
 * xUnit.net v2 (`<assemblies><assembly><collection><test>`) and v1
 * (`<assembly><class><test>`). One test per `<test>`: result Pass → passed,
 * Fail → failed, Skip and NotRun → skipped. The suite is the collection
 * (v2) or class (v1). An `<errors><error>` entry (a fixture or cleanup that
 * threw outside any test) becomes one erroring test, so it is counted and
 * triaged instead of vanishing.
 */
import {
  LIMITS,
  type ParsedReport,
  type Phase,
  type TestStatus
} from '../model.js'
import {
  exceptionType,
  shortName,
  splitFullName,
  stackLocation
} from './dotnet.js'
import { BoundedText, SuiteSet, makeCase, toNumber } from './reader-kit.js'
import type { XmlElement, XmlFormatReader, XmlReaderFactory } from './xml.js'

interface TestState {
  kind: 'test' | 'error'
  attributes: Record<string, string>
  suiteName: string
  failureType: string | null
  message: BoundedText
  reason: BoundedText
  stack: BoundedText
  output: BoundedText
}

type Capture = 'message' | 'reason' | 'stack' | 'output' | null

export const xunitReader: XmlReaderFactory = (root) =>
  root.name === 'assemblies' || root.name === 'assembly'
    ? new XunitReader(root)
    : null

class XunitReader implements XmlFormatReader {
  private readonly suites = new SuiteSet()
  private readonly path: string[] = []
  private current: TestState | null = null
  private capture: Capture = null
  private suiteName = ''
  private assemblyName = ''
  private sawCollection = false
  private producer: string | null = null
  private declaredTotal: number | null = null
  private outsideErrors = 0
  private readonly warnings: string[] = []

  constructor(private readonly root: XmlElement) {}

  open(element: XmlElement): void {
    const { name, attributes } = element
    const parent = this.path[this.path.length - 1]
    this.path.push(name)
    switch (name) {
      case 'assembly':
        this.assemblyName = baseName(attributes.name ?? '')
        this.suiteName = this.assemblyName
        this.producer ??= attributes['test-framework'] ?? null
        if (toNumber(attributes.total) !== null) {
          this.declaredTotal =
            (this.declaredTotal ?? 0) + (toNumber(attributes.total) ?? 0)
        }
        return
      case 'collection':
        this.sawCollection = true
        this.suiteName = attributes.name ?? this.assemblyName
        return
      case 'class':
        if (parent === 'assembly') this.suiteName = attributes.name ?? ''
        return
      case 'test':
        this.current = newState('test', attributes, this.suiteName)
        return
      case 'error':
        if (parent === 'errors') {
          this.current = newState('error', attributes, this.assemblyName)
        }
        return
    }
    if (!this.current) return
    if (name === 'failure') {
      this.current.failureType ??= attributes['exception-type'] ?? null
    } else if (name === 'message' && parent === 'failure') {
      this.capture = 'message'
    } else if (name === 'stack-trace' && parent === 'failure') {
      this.capture = 'stack'
    } else if (
      name === 'reason' ||
      (name === 'message' && parent === 'reason')
    ) {
      // v2 writes the skip reason as the text of <reason>, v1 in <reason><message>.
      this.capture = 'reason'
    } else if (name === 'output') {
      this.capture = 'output'
    }
  }

  text(text: string): void {
    if (!this.current || this.capture === null) return
    this.current[this.capture].append(text)
  }

  close(name: string): void {
    this.path.pop()
    this.capture = null
    if ((name === 'test' || name === 'error') && this.current) {
      this.closeTest(this.current)
      this.current = null
    } else if (name === 'collection' || name === 'class') {
      this.suiteName = this.assemblyName
    }
  }

  finish(): ParsedReport {
    const format =
      this.root.name === 'assemblies' || this.sawCollection
        ? 'xunit2'
        : 'xunit1'
    // Declared totals count tests only, not the errors outside them.
    return this.suites.report(format, this.producer, this.warnings, {
      what: '<assembly> total',
      declared: this.declaredTotal,
      uncounted: this.outsideErrors
    })
  }

  private closeTest(state: TestState): void {
    const attributes = state.attributes
    const failureMessage = state.message.value()
    const details = state.stack.value()
    const location = stackLocation(details)
    if (state.kind === 'error') {
      // An error outside any test: name it after what failed.
      const what = attributes.type ?? 'error'
      this.outsideErrors++
      this.warnings.push(
        `xUnit.net reported an error outside any test (${what}); counted as one erroring test`
      )
      this.suites.add(
        state.suiteName || 'xUnit.net',
        makeCase({
          name: attributes.name ? `${what}: ${attributes.name}` : what,
          classname: '(assembly)',
          status: 'error',
          file: location?.file,
          line: location?.line,
          failureType: state.failureType ?? exceptionType(failureMessage),
          message: failureMessage,
          details,
          phase: errorPhase(what)
        })
      )
      return
    }
    const status = xunitStatus(attributes.result)
    const fullName = attributes.name ?? ''
    const classname = attributes.type ?? splitFullName(fullName).classname
    const failed = status === 'failed' || status === 'error'
    this.suites.add(
      state.suiteName || classname || 'xUnit.net',
      makeCase({
        name: shortName(fullName, classname),
        classname,
        status,
        file: location?.file,
        line: location?.line,
        duration: toNumber(attributes.time),
        failureType: failed
          ? (state.failureType ?? exceptionType(failureMessage))
          : null,
        message: failed
          ? failureMessage
          : status === 'skipped'
            ? state.reason.value()
            : null,
        details: failed ? details : null,
        systemOut: state.output.value()
      })
    )
  }
}

function newState(
  kind: TestState['kind'],
  attributes: Record<string, string>,
  suiteName: string
): TestState {
  return {
    kind,
    attributes,
    suiteName,
    failureType: null,
    message: new BoundedText(LIMITS.message),
    reason: new BoundedText(LIMITS.message),
    stack: new BoundedText(LIMITS.details),
    output: new BoundedText(LIMITS.output)
  }
}

function xunitStatus(result: string | undefined): TestStatus {
  switch ((result ?? '').toLowerCase()) {
    case 'fail':
      return 'failed'
    case 'skip':
    case 'notrun':
      return 'skipped'
    default:
      return 'passed'
  }
}

/** xUnit.net error types: assembly-cleanup, test-class-cleanup, fatal... */
function errorPhase(type: string): Phase | null {
  if (type.endsWith('-cleanup')) return 'teardown'
  if (type === 'fatal') return null
  return 'setup'
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/)
  return parts[parts.length - 1] ?? path
}
