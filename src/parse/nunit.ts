/**
 * NUnit 2 (`<test-results>`), NUnit 3 (`<test-run>`) and a bare NUnit
 * `<test-suite>` root. One test per `<test-case>`; the suite is the nearest
 * enclosing TestFixture (parameterized and theory groupings fold into their
 * fixture). Mapping of results (see docs/FORMATS.md):
 *   passed  ← Success, Passed, Warning
 *   failed  ← Failure, Failed
 *   error   ← Error, Cancelled, NotRunnable, Failed with label Error,
 *             Cancelled or Invalid (an exception or a test that could not
 *             run is not an assertion failure)
 *   skipped ← Ignored, Skipped (any label), Inconclusive
 */
import {
  LIMITS,
  type ParsedReport,
  type Phase,
  type ReportFormat,
  type TestStatus
} from '../model.js'
import {
  exceptionType,
  shortName,
  splitFullName,
  stackLocation
} from './dotnet.js'
import {
  BoundedText,
  SuiteSet,
  countWarning,
  makeCase,
  toNumber
} from './reader-kit.js'
import type { XmlElement, XmlFormatReader, XmlReaderFactory } from './xml.js'

/** Suite types that only hold other suites (assemblies, namespaces in NUnit 3). */
const CONTAINERS = new Set(['assembly', 'assemblies', 'project', 'testsuite'])

interface SuiteFrame {
  fullName: string
  type: string
  /** Name the cases below this suite are grouped under. */
  groupName: string | null
}

interface CaseState {
  attributes: Record<string, string>
  groupName: string
  hasFailure: boolean
  message: BoundedText
  reason: BoundedText
  stack: BoundedText
  output: BoundedText
}

type Capture = 'message' | 'reason' | 'stack' | 'output' | null

export const nunitReader: XmlReaderFactory = (root) => {
  if (root.name === 'test-results') return new NunitReader('nunit2', root)
  if (root.name === 'test-run') return new NunitReader('nunit3', root)
  if (root.name === 'test-suite') {
    // A fragment: NUnit 3 suites carry ids and full names, NUnit 2 ones do not.
    const v3 = 'fullname' in root.attributes || 'runstate' in root.attributes
    return new NunitReader(v3 ? 'nunit3' : 'nunit2', root)
  }
  return null
}

class NunitReader implements XmlFormatReader {
  private readonly suites = new SuiteSet()
  private readonly frames: SuiteFrame[] = []
  private readonly path: string[] = []
  private current: CaseState | null = null
  private capture: Capture = null
  private producer: string | null = null
  private readonly declaredTotal: number | null
  private readonly declaredNotRun: number

  constructor(
    private readonly format: Extract<ReportFormat, 'nunit2' | 'nunit3'>,
    root: XmlElement
  ) {
    const isHeader = root.name !== 'test-suite'
    this.declaredTotal = isHeader ? toNumber(root.attributes.total) : null
    this.declaredNotRun = toNumber(root.attributes['not-run']) ?? 0
    if (root.name === 'test-run' && root.attributes['engine-version']) {
      this.producer = `NUnit ${root.attributes['engine-version']}`
    }
  }

  open(element: XmlElement): void {
    const name = element.name
    const parent = this.path[this.path.length - 1]
    this.path.push(name)
    if (name === 'test-suite') {
      this.openSuite(element.attributes)
    } else if (name === 'test-case') {
      this.openCase(element.attributes)
    } else if (name === 'environment' && this.producer === null) {
      const version = element.attributes['nunit-version']
      if (version) {
        this.producer = /^\d/.test(version) ? `NUnit ${version}` : version
      }
    } else if (this.current) {
      if (name === 'failure' && parent === 'test-case') {
        this.current.hasFailure = true
      } else if (name === 'message' && parent === 'failure') {
        this.capture = 'message'
      } else if (name === 'message' && parent === 'reason') {
        this.capture = 'reason'
      } else if (name === 'stack-trace' && parent === 'failure') {
        this.capture = 'stack'
      } else if (name === 'output' && parent === 'test-case') {
        this.capture = 'output'
      }
    }
  }

  text(text: string): void {
    if (!this.current || this.capture === null) return
    this.current[this.capture].append(text)
  }

  close(name: string): void {
    this.path.pop()
    this.capture = null
    if (name === 'test-suite') this.frames.pop()
    else if (name === 'test-case' && this.current) this.closeCase()
  }

  finish(): ParsedReport {
    const counted = this.suites.caseCount
    const warnings: string[] = []
    const header = this.format === 'nunit2' ? '<test-results>' : '<test-run>'
    // NUnit 2.5 leaves not-run tests out of `total`; either reading is fine.
    if (
      this.declaredTotal !== null &&
      this.declaredTotal + this.declaredNotRun !== counted
    ) {
      const warning = countWarning(
        `${header} total`,
        this.declaredTotal,
        counted
      )
      if (warning) warnings.push(warning)
    }
    return {
      format: this.format,
      producer: this.producer,
      suites: this.suites.list(),
      warnings
    }
  }

  private openSuite(attributes: Record<string, string>): void {
    const type = (attributes.type ?? '').toLowerCase()
    const name = attributes.name ?? ''
    const parent = this.frames[this.frames.length - 1]
    let fullName = attributes.fullname ?? name
    if (
      !attributes.fullname &&
      parent &&
      (parent.type === 'namespace' || parent.type === 'testfixture')
    ) {
      fullName = `${parent.fullName}.${name}`
    }
    let groupName: string | null
    if (type === 'testfixture') groupName = fullName
    else if (parent?.groupName && !CONTAINERS.has(parent.type)) {
      // Theories, parameterized methods and the like fold into their fixture.
      groupName = parent.groupName
    } else if (CONTAINERS.has(type)) groupName = null
    else groupName = fullName
    this.frames.push({ fullName, type, groupName })
  }

  private openCase(attributes: Record<string, string>): void {
    const frame = this.frames[this.frames.length - 1]
    this.current = {
      attributes,
      groupName: frame?.groupName ?? frame?.fullName ?? '',
      hasFailure: false,
      message: new BoundedText(LIMITS.message),
      reason: new BoundedText(LIMITS.message),
      stack: new BoundedText(LIMITS.details),
      output: new BoundedText(LIMITS.output)
    }
  }

  private closeCase(): void {
    const state = this.current
    if (!state) return
    this.current = null
    const attributes = state.attributes
    const status = nunitStatus(attributes, state.hasFailure)
    const fullName = attributes.fullname ?? attributes.name ?? ''
    let classname = attributes.classname ?? ''
    let name = attributes.name ?? ''
    if (classname === '') {
      const split = splitFullName(fullName)
      classname = split.classname
      name = split.name
    } else {
      name = shortName(name, classname)
    }
    const failureMessage = state.message.value()
    const message =
      status === 'passed' ? null : (failureMessage ?? state.reason.value())
    const details = status === 'passed' ? null : state.stack.value()
    const location = stackLocation(details)
    const groupName =
      state.groupName !== '' ? state.groupName : classname || 'NUnit'
    this.suites.add(
      groupName,
      makeCase({
        name,
        classname,
        status,
        file: location?.file ?? null,
        line: location?.line ?? null,
        duration: toNumber(attributes.duration ?? attributes.time),
        failureType:
          status === 'failed' || status === 'error'
            ? exceptionType(failureMessage)
            : null,
        message,
        details,
        systemOut: state.output.value(),
        phase:
          status === 'failed' || status === 'error'
            ? nunitPhase(attributes.site)
            : null
      })
    )
  }
}

function nunitStatus(
  attributes: Record<string, string>,
  hasFailure: boolean
): TestStatus {
  const result = (attributes.result ?? '').toLowerCase()
  const label = (attributes.label ?? '').toLowerCase()
  switch (result) {
    case 'success':
    case 'passed':
    case 'warning':
      return 'passed'
    case 'failure':
      return 'failed'
    case 'failed':
      return label === 'error' || label === 'cancelled' || label === 'invalid'
        ? 'error'
        : 'failed'
    case 'error':
    case 'cancelled':
    case 'notrunnable':
      return 'error'
    case 'ignored':
    case 'skipped':
    case 'inconclusive':
    case 'notrun':
      return 'skipped'
  }
  // No (known) result: NUnit 2's executed/success flags, then the children.
  if ((attributes.executed ?? '').toLowerCase() === 'false') return 'skipped'
  if ((attributes.success ?? '').toLowerCase() === 'false' || hasFailure) {
    return 'failed'
  }
  return 'passed'
}

function nunitPhase(site: string | undefined): Phase | null {
  switch ((site ?? '').toLowerCase()) {
    case 'setup':
    case 'parent':
      return 'setup'
    case 'teardown':
      return 'teardown'
    case 'test':
      return 'call'
    default:
      return null
  }
}
