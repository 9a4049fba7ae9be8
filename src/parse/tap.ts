/**
 * TAP 12, 13 and 14 (the Test Anything Protocol): `ok`/`not ok` test points,
 * the `1..N` plan, `# SKIP`/`# TODO` directives, YAML diagnostics between
 * `---` and `...`, `Bail out!`, and indented subtests. Rules (see
 * docs/FORMATS.md):
 * - one test per leaf test point; a test point that closes a subtest is a
 *   suite, not a test, unless it failed while none of its children did
 *   (then the failure happened outside them and counts as one error);
 * - a `# TODO` test is skipped, passing or not: its result is not counted
 *   on (`not ok # TODO` is an expected failure, never a failure);
 * - planned tests that were never reported are errors ("planned but not
 *   run"), except after `Bail out!`, where the run was stopped on purpose:
 *   the bail-out reason is kept, and counts as one error only when no test
 *   had failed before it;
 * - a plan in the middle of the test points is not TAP, and is refused.
 */
import {
  LIMITS,
  addTest,
  bound,
  emptySuite,
  testCount,
  type ParsedReport,
  type Suite,
  type TestCase,
  type TestStatus
} from '../model.js'
import { NotAReportError, ReportError } from './errors.js'
import { firstLine, makeCase, toLine, toNumber } from './reader-kit.js'

interface Line {
  indent: number
  text: string
}

interface Plan {
  count: number
  skipReason: string | null
}

interface TestPoint {
  ok: boolean
  number: number | null
  description: string
  directive: 'skip' | 'todo' | null
  reason: string
  yaml: string[] | null
  children: Stream | null
  /** Comments and other lines that followed it (Test::More's diagnostics). */
  notes: string[]
}

interface Stream {
  /** `# Subtest: name`, when the producer writes one. */
  name: string | null
  plan: Plan | null
  points: TestPoint[]
  /** The plan came after test points, and more test points followed it. */
  planInMiddle: boolean
}

const VERSION = /^TAP version (\d+)\s*$/i
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/
const POINT = /^(not )?ok\b/i
const BAIL_OUT = /^Bail out!\s*(.*)$/i
const SUBTEST = /^# Subtest(?::\s*(.*))?$/i

export function looksLikeTap(text: string): boolean {
  let seen = 0
  for (const raw of text.split('\n', 200)) {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '') continue
    if (
      VERSION.test(line) ||
      PLAN.test(line) ||
      /^(not )?ok(\s|$)/i.test(line) ||
      BAIL_OUT.test(line)
    ) {
      return true
    }
    if (++seen >= 50) break
  }
  return false
}

export function parseTap(text: string): ParsedReport {
  const lines: Line[] = text.split('\n').map((raw) => {
    const line = raw.replace(/\r$/, '').replace(/\t/g, '    ')
    const text = line.trimStart()
    return { indent: line.length - text.length, text: text.trimEnd() }
  })
  const reader = new TapReader(lines)
  const top = reader.readStream(0, 0)
  if (top.planInMiddle) {
    throw new ReportError(
      'not valid TAP: the plan sits between test points (it must come first or last)'
    )
  }
  if (top.points.length === 0 && top.plan === null) {
    throw new NotAReportError(
      'not a test report: TAP without a plan or test points'
    )
  }
  return new TapModel(reader.bailOut).build(top)
}

class TapReader {
  private index = 0
  bailOut: string | null = null

  constructor(private readonly lines: Line[]) {}

  readStream(indent: number, depth: number): Stream {
    const stream: Stream = {
      name: null,
      plan: null,
      points: [],
      planInMiddle: false
    }
    let planAfterPoints = false
    let pendingChild: Stream | null = null
    let lastWasPoint = false
    let pendingName: string | null = null
    // node:test prints a file's stderr before the `# Subtest:` that names the
    // file, after the previous test's YAML block: those lines are the next test's.
    let leading: string[] = []
    let ownNotesFrom = 0
    while (this.index < this.lines.length && this.bailOut === null) {
      const line = this.lines[this.index]
      if (line.text === '') {
        this.index++
        continue
      }
      if (line.indent < indent) break
      if (line.indent > indent) {
        const last = stream.points[stream.points.length - 1]
        if (lastWasPoint && line.text === '---' && last) {
          last.yaml = this.readYaml()
        } else if (isTapLine(line.text) && depth < 64) {
          pendingChild = this.readStream(line.indent, depth + 1)
          pendingChild.name ??= pendingName
          pendingName = null
        } else {
          stream.points[stream.points.length - 1]?.notes.push(line.text)
          this.index++
        }
        lastWasPoint = false
        continue
      }
      this.index++
      lastWasPoint = false
      const bail = BAIL_OUT.exec(line.text)
      if (bail) {
        this.bailOut = bail[1].trim() || 'no reason given'
        break
      }
      const subtest = SUBTEST.exec(line.text)
      if (subtest) {
        // Names the subtest that follows (TAP 14, node:test).
        pendingName = subtest[1]?.trim() || null
        const previous = stream.points[stream.points.length - 1]
        if (previous?.yaml && previous.notes.length > ownNotesFrom) {
          leading = previous.notes.splice(ownNotesFrom)
        }
        continue
      }
      const plan = PLAN.exec(line.text)
      if (plan) {
        if (stream.plan === null) {
          stream.plan = {
            count: Number(plan[1]),
            skipReason: skipReason(plan[2])
          }
          planAfterPoints = stream.points.length > 0
        }
        continue
      }
      if (POINT.test(line.text)) {
        if (planAfterPoints) stream.planInMiddle = true
        const point = parsePoint(line.text)
        point.children = pendingChild
        pendingChild = null
        point.notes.push(...leading)
        ownNotesFrom = point.notes.length
        leading = []
        stream.points.push(point)
        lastWasPoint = true
      } else {
        stream.points[stream.points.length - 1]?.notes.push(line.text)
      }
    }
    if (pendingChild) {
      // A subtest whose closing test point never came (the run stopped).
      stream.points.push({
        ok: false,
        number: null,
        description: pendingChild.name ?? 'unfinished subtest',
        directive: null,
        reason: '',
        yaml: null,
        children: pendingChild,
        notes: []
      })
    }
    return stream
  }

  /** Lines of a YAML block, without its common indentation. */
  private readYaml(): string[] {
    const start = this.lines[this.index]
    this.index++
    const block: string[] = []
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]
      this.index++
      if (line.text === '...' && line.indent <= start.indent) return block
      const pad = line.text === '' ? 0 : Math.max(0, line.indent - start.indent)
      block.push(' '.repeat(pad) + line.text)
    }
    return block
  }
}

function isTapLine(text: string): boolean {
  return (
    POINT.test(text) ||
    PLAN.test(text) ||
    SUBTEST.test(text) ||
    VERSION.test(text) ||
    BAIL_OUT.test(text)
  )
}

function skipReason(comment: string | undefined): string | null {
  if (comment === undefined) return null
  const match = /^skip\S*\s*:?\s*(.*)$/i.exec(comment.trim())
  return match ? match[1] || 'skipped' : null
}

function parsePoint(text: string): TestPoint {
  const match = /^(not )?ok\b\s*(\d+)?\s*(.*)$/i.exec(text)
  const ok = !match?.[1]
  const number = match?.[2] ? Number(match[2]) : null
  let rest = (match?.[3] ?? '').replace(/\s*\{$/, '')
  rest = rest.replace(/^-\s*/, '')
  // The directive starts at the first `#` that is not escaped.
  let description = ''
  let comment: string | null = null
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i]
    if (char === '\\' && i + 1 < rest.length) {
      description += rest[++i]
    } else if (char === '#') {
      comment = rest.slice(i + 1).trim()
      break
    } else {
      description += char
    }
  }
  let directive: TestPoint['directive'] = null
  let reason = ''
  const found =
    comment === null ? null : /^(skip|todo)\S*\s*:?\s*(.*)$/i.exec(comment)
  if (found) {
    directive = found[1].toLowerCase() as 'skip' | 'todo'
    reason = found[2].trim()
  } else if (comment !== null) {
    description = `${description}# ${comment}`
  }
  return {
    ok,
    number,
    description: description.trim(),
    directive,
    reason,
    yaml: null,
    children: null,
    notes: []
  }
}

/** What a YAML diagnostic block tells about a failure. */
interface Diagnostic {
  message: string | null
  failureType: string | null
  file: string | null
  line: number | null
  duration: number | null
  stack: string | null
  /** node:test's kind of failure (testCodeFailure, hookFailed...). */
  kind: string | null
  isSuite: boolean
}

class TapModel {
  private readonly suites: Suite[] = []
  private readonly warnings: string[] = []
  /** Cases node:test cancelled because their parent failed first. */
  private readonly cancelled = new Set<TestCase>()

  constructor(private readonly bailOut: string | null) {}

  build(top: Stream): ParsedReport {
    const topSuite = this.suite('TAP')
    const failing = this.readStream(top, topSuite, [])
    if (top.plan?.skipReason && top.plan.count === 0) {
      this.warnings.push(
        `TAP plan 1..0: every test skipped (${top.plan.skipReason})`
      )
    }
    if (this.bailOut !== null) {
      topSuite.systemErr = `Bail out! ${this.bailOut}`
      this.warnings.push(`TAP run bailed out: ${this.bailOut.slice(0, 200)}`)
      if (failing === 0) {
        addTest(
          topSuite,
          makeCase({
            name: 'Bail out!',
            status: 'error',
            message: this.bailOut
          })
        )
      }
    }
    return {
      format: 'tap',
      producer: null,
      suites: this.suites.filter(
        (suite) => testCount(suite) > 0 || suite.systemErr !== null
      ),
      warnings: this.warnings
    }
  }

  private suite(name: string): Suite {
    const suite = emptySuite(name)
    this.suites.push(suite)
    return suite
  }

  /** Adds a stream's tests to `suite`; returns how many failed or erred. */
  private readStream(stream: Stream, suite: Suite, path: string[]): number {
    let failing = 0
    const seen = new Set<number>()
    let next = 1
    for (const point of stream.points) {
      const number = point.number ?? next
      next = number + 1
      if (seen.has(number)) {
        this.warnings.push(`TAP test number ${number} appears more than once`)
      }
      seen.add(number)
      const diagnostic = readDiagnostic(point.yaml)
      const hasChildren =
        point.children !== null && point.children.points.length > 0
      if (hasChildren && point.children) {
        const name = [
          ...path,
          point.description || point.children.name || `subtest ${number}`
        ]
        const childSuite = this.suite(name.join(' / '))
        const childFailing = this.readStream(point.children, childSuite, name)
        failing += childFailing
        if (
          !point.ok &&
          diagnostic.message &&
          diagnostic.kind !== 'subtestsFailed'
        ) {
          // node:test cancels the tests of a suite whose hook failed; the
          // hook's error is their cause, so they carry it (they did not pass,
          // so they are among the kept cases).
          for (const child of childSuite.cases) {
            if (!this.cancelled.has(child)) continue
            child.message = bound(diagnostic.message, LIMITS.message)
            child.details = bound(
              point.yaml?.join('\n') ?? null,
              LIMITS.details
            )
            child.failureType = diagnostic.failureType
            if (diagnostic.kind === 'hookFailed') child.phase = 'setup'
          }
        }
        if (!point.ok && point.directive === null && childFailing === 0) {
          // The subtest failed outside its children (a hook, a plan mismatch).
          addTest(
            childSuite,
            this.testCase(point, diagnostic, childSuite.name, 'error')
          )
          failing++
        }
        continue
      }
      if (diagnostic.isSuite && point.ok) continue // an empty describe block
      const status = pointStatus(point, diagnostic)
      if (status === 'failed' || status === 'error') failing++
      const testCase = this.testCase(point, diagnostic, suite.name, status)
      if (diagnostic.kind === 'cancelledByParent') this.cancelled.add(testCase)
      addTest(suite, testCase)
    }
    const plan = stream.plan
    if (plan && this.bailOut === null) {
      const missing: number[] = []
      for (
        let number = 1;
        number <= plan.count && missing.length < 10_000;
        number++
      ) {
        if (!seen.has(number)) missing.push(number)
      }
      if (missing.length > 0) {
        const where = path.length > 0 ? ` in subtest "${path.join(' / ')}"` : ''
        this.warnings.push(
          `TAP plan 1..${plan.count}${where} but ${missing.length} planned tests never reported; counted as errors`
        )
        // What the script printed after its last test is why it stopped.
        const last = stream.points[stream.points.length - 1]
        const after = last ? last.notes.join('\n') : ''
        const cause = last ? firstOutputLine(last.notes) : null
        for (const number of missing) {
          addTest(
            suite,
            makeCase({
              name: `test ${number}`,
              classname: suite.name,
              status: 'error',
              message: cause
                ? `planned but not run: ${cause}`
                : 'planned but not run',
              details: after || null
            })
          )
        }
        failing += missing.length
      } else if (stream.points.length > plan.count) {
        this.warnings.push(
          `TAP plan 1..${plan.count} but ${stream.points.length} test points; counted the test points`
        )
      }
    } else if (
      !plan &&
      stream.points.length > 0 &&
      path.length === 0 &&
      this.bailOut === null
    ) {
      this.warnings.push('TAP stream has no plan; it may have been cut short')
    }
    return failing
  }

  private testCase(
    point: TestPoint,
    diagnostic: Diagnostic,
    classname: string,
    status: TestStatus
  ): TestCase {
    const failed = status === 'failed' || status === 'error'
    const notes = readNotes(point.notes)
    let message: string | null = null
    if (failed) message = diagnostic.message ?? notes.message
    else if (status === 'skipped') {
      message = point.reason || (point.directive === 'todo' ? 'TODO' : null)
    }
    const details = [point.yaml?.join('\n'), notes.text]
      .filter((part) => part)
      .join('\n')
    return makeCase({
      name: point.description || `test ${point.number ?? ''}`.trim(),
      classname,
      status,
      file: diagnostic.file ?? notes.file,
      line: diagnostic.line ?? notes.line,
      duration: diagnostic.duration,
      failureType: failed ? diagnostic.failureType : null,
      message,
      details: failed && details !== '' ? details : null,
      phase: diagnostic.kind === 'hookFailed' ? 'setup' : null
    })
  }
}

function pointStatus(point: TestPoint, diagnostic: Diagnostic): TestStatus {
  if (point.directive === 'skip') return 'skipped'
  // A TODO test's result is not counted on, passing or not (TAP spec).
  if (point.directive === 'todo') return 'skipped'
  if (point.ok) return 'passed'
  // node:test: a hook or a cancelled parent stopped the test, not an assertion.
  if (
    diagnostic.kind === 'hookFailed' ||
    diagnostic.kind === 'cancelledByParent'
  ) {
    return 'error'
  }
  return 'failed'
}

/**
 * Reads the few keys that matter from a diagnostic block; TAP producers
 * write a small, regular YAML subset (node-tap, node:test, tape).
 */
function readDiagnostic(yaml: string[] | null): Diagnostic {
  const diagnostic: Diagnostic = {
    message: null,
    failureType: null,
    file: null,
    line: null,
    duration: null,
    stack: null,
    kind: null,
    isSuite: false
  }
  if (!yaml) return diagnostic
  const values = topLevelValues(yaml)
  diagnostic.message =
    firstLine(values.get('message')) !== null
      ? (values.get('message') ?? null)
      : (values.get('error') ?? null)
  diagnostic.failureType = values.get('name') ?? values.get('code') ?? null
  diagnostic.kind = values.get('failureType') ?? null
  diagnostic.stack = values.get('stack') ?? null
  diagnostic.isSuite = values.get('type') === 'suite'
  const durationMs = toNumber(values.get('duration_ms'))
  diagnostic.duration = durationMs === null ? null : durationMs / 1000
  const at = values.get('at') ?? values.get('location') ?? null
  if (at !== null) {
    const location = /^(.*?):(\d+)(?::\d+)?\)?$/.exec(
      at.replace(/^.*\(/, '').trim()
    )
    if (location) {
      diagnostic.file = location[1].replace(/^file:\/\//, '')
      diagnostic.line = toLine(location[2])
    }
  }
  const atFile = values.get('at.file')
  if (atFile) {
    diagnostic.file = atFile
    diagnostic.line = toLine(values.get('at.line'))
  }
  return diagnostic
}

/** Top-level scalars of the block, plus one level of nesting as `key.sub`. */
function topLevelValues(yaml: string[]): Map<string, string> {
  const values = new Map<string, string>()
  for (let i = 0; i < yaml.length; i++) {
    const match = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(yaml[i])
    if (!match) continue
    const key = match[1]
    const inline = (match[2] ?? '').trim()
    const block: string[] = []
    let j = i + 1
    while (j < yaml.length && (yaml[j] === '' || yaml[j].startsWith(' '))) {
      block.push(yaml[j])
      j++
    }
    if (/^[|>][-+]?$/.test(inline)) {
      values.set(key, dedent(block, inline.startsWith('>')))
      i = j - 1
    } else if (inline === '') {
      for (const nested of block) {
        const sub = /^\s+([A-Za-z_][\w-]*):\s+(.*)$/.exec(nested)
        if (sub) values.set(`${key}.${sub[1]}`, unquote(sub[2].trim()))
      }
      i = j - 1
    } else {
      values.set(key, unquote(inline))
    }
  }
  return values
}

function dedent(block: string[], folded: boolean): string {
  const indents = block
    .filter((line) => line.trim() !== '')
    .map((line) => line.length - line.trimStart().length)
  const cut = indents.length > 0 ? Math.min(...indents) : 0
  const lines = block.map((line) => line.slice(cut))
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  if (!folded) return lines.join('\n')
  // Folded (`>`): lines join with spaces, blank lines become line breaks.
  return lines
    .map((line) => (line.trim() === '' ? '\n' : line))
    .join(' ')
    .replace(/ ?\n ?/g, '\n')
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    return value.slice(1, -1).replace(/''/g, "'")
  }
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value) as string
    } catch {
      return value.slice(1, -1)
    }
  }
  return value
}

/**
 * Test::More-style diagnostics after a test point: `#   Failed test 'x'`,
 * `#   at t/cart.t line 14.`, then the explanation (got/expected, a
 * library's error).
 */
function readNotes(notes: string[]): {
  message: string | null
  file: string | null
  line: number | null
  text: string | null
} {
  let file: string | null = null
  let line: number | null = null
  const explanation: string[] = []
  for (const note of notes) {
    const text = note.replace(/^#\s?/, '').trim()
    if (text === '') continue
    const at = /^at (.+) line (\d+)\.?$/.exec(text)
    if (at && file === null) {
      file = at[1]
      line = toLine(at[2])
    } else if (
      !/^Failed (\(TODO\) )?test\b/.test(text) &&
      !/^Looks like (you|your test)\b/.test(text)
    ) {
      explanation.push(text)
    }
  }
  return {
    message: explanation.length > 0 ? explanation.join('\n') : null,
    file,
    line,
    text: notes.length > 0 ? notes.join('\n') : null
  }
}

/** First line of plain output (not a comment) among the notes. */
function firstOutputLine(notes: string[]): string | null {
  return (
    notes.find((note) => !note.startsWith('#') && note.trim() !== '') ?? null
  )
}
