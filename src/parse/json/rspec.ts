/**
 * rspec `--format json`: one test per entry of `examples` (passed, failed,
 * pending → skipped), one suite per spec file. Errors outside examples (a
 * spec file that failed to load) are no example, so they are not counted
 * as tests (rspec says "0 examples, 1 error occurred outside of
 * examples"): their text becomes the failing file's suite output and a
 * warning.
 */
import {
  LIMITS,
  bound,
  type ParsedReport,
  type TestStatus
} from '../../model.js'
import { oneLine } from '../errors.js'
import {
  SuiteSet,
  asArray,
  asObject,
  asString,
  firstLine,
  makeCase,
  toLine,
  toNumber,
  type JsonObject
} from '../reader-kit.js'

export function parseRspec(document: JsonObject): ParsedReport {
  const suites = new SuiteSet()
  const warnings: string[] = []
  for (const entry of asArray(document.examples)) {
    const example = asObject(entry)
    const status = rspecStatus(asString(example.status))
    const description = asString(example.description) ?? ''
    const fullDescription = asString(example.full_description) ?? description
    const classname = fullDescription.endsWith(description)
      ? fullDescription
          .slice(0, fullDescription.length - description.length)
          .trim()
      : ''
    const file = asString(example.file_path)
    const exception = asObject(example.exception)
    const backtrace = asArray(exception.backtrace)
      .map(asString)
      .filter((line) => line !== null)
    const message = asString(exception.message)
    const failed = status === 'failed'
    suites.add(
      file ?? 'rspec',
      makeCase({
        name: description || fullDescription,
        classname,
        status,
        file,
        line: toLine(example.line_number),
        duration: toNumber(example.run_time),
        failureType: failed ? asString(exception.class) : null,
        message: failed
          ? message
          : status === 'skipped'
            ? asString(example.pending_message)
            : null,
        details: failed
          ? [message, ...backtrace].filter((line) => line !== null).join('\n')
          : null
      }),
      file
    )
  }
  const summary = asObject(document.summary)
  const outside = toNumber(summary.errors_outside_of_examples_count) ?? 0
  if (outside > 0) {
    // Not a test (rspec counts no example for it), so it is kept as the
    // output of the suite that failed to load, where triage reads it.
    const details = asArray(document.messages)
      .map(asString)
      .filter((text) => text !== null)
      .join('\n\n')
    const file = loadingFile(details)
    const suite = suites.get(file ?? 'rspec', file)
    suite.systemErr = bound(details || null, LIMITS.output)
    warnings.push(
      `rspec: ${outside} errors outside of examples${file ? ` (loading ${file})` : ''}: ${oneLine(loadErrorMessage(details) ?? firstLine(details) ?? 'no message')}`
    )
  }
  const version = asString(document.version)
  return suites.report(
    'rspec-json',
    version ? `RSpec ${version}` : 'RSpec',
    warnings,
    {
      what: 'rspec summary example_count',
      declared: toNumber(summary.example_count)
    }
  )
}

function rspecStatus(status: string | null): TestStatus {
  switch (status) {
    case 'failed':
      return 'failed'
    case 'pending':
      return 'skipped'
    default:
      return 'passed'
  }
}

/**
 * rspec's load-error text: "An error occurred while loading ./spec/x.rb.",
 * then the Ruby error (`Failure/Error: require 'x'` / `LoadError: ...`).
 */
function loadErrorMessage(text: string): string | null {
  const lines = text.split('\n').map((line) => line.trim())
  const loading = lines.find((line) => line.startsWith('An error occurred'))
  const error = lines.find((line) =>
    /^[A-Z]\w*(::\w+)*(Error|Exception):/.test(line)
  )
  const parts = [loading, error].filter((line) => line !== undefined)
  return parts.length > 0 ? parts.join(' ') : null
}

function loadingFile(text: string): string | null {
  return /An error occurred while loading (.+?)\.?$/m.exec(text)?.[1] ?? null
}
