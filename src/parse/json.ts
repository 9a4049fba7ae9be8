/**
 * JSON test reports, told apart by shape: CTRF, jest `--json`, mocha
 * `--reporter json` and rspec `--format json` are one document each;
 * `go test -json` and the dart/flutter JSON reporter are streams of one
 * event per line. Each format's reader lives in `json/`.
 */
import type { ParsedReport } from '../model.js'
import { NotAReportError, ReportError, oneLine } from './errors.js'
import { parseCtrf } from './json/ctrf.js'
import { parseDartEvents } from './json/dart.js'
import { parseGoEvents } from './json/gotest.js'
import { parseJest } from './json/jest.js'
import { parseMocha } from './json/mocha.js'
import { parseRspec } from './json/rspec.js'
import { asObject, isObject, type JsonObject } from './reader-kit.js'

export function parseJsonReport(text: string): ParsedReport {
  const source = text.replace(/^\uFEFF/, '')
  let document: unknown
  try {
    document = JSON.parse(source)
  } catch (err) {
    const stream = readJsonLines(source)
    if (stream) return parseEvents(stream.events, stream.strayLines)
    throw new ReportError(
      `not valid JSON: ${oneLine(err instanceof Error ? err.message : String(err))}`
    )
  }
  if (Array.isArray(document)) {
    if (document.length > 0 && document.every(isObject)) {
      return parseEvents(document, 0)
    }
    throw new NotAReportError('not a test report: JSON of unknown shape')
  }
  if (!isObject(document)) {
    throw new NotAReportError('not a test report: JSON of unknown shape')
  }
  const results = asObject(document.results)
  if (Array.isArray(results.tests)) return parseCtrf(document)
  if (Array.isArray(document.testResults)) return parseJest(document)
  if (isObject(document.stats) && Array.isArray(document.tests)) {
    return parseMocha(document)
  }
  if (Array.isArray(document.examples)) return parseRspec(document)
  return parseEvents([document], 0)
}

/** Line-delimited JSON: null unless the first line is a JSON object. */
function readJsonLines(
  text: string
): { events: JsonObject[]; strayLines: number } | null {
  const events: JsonObject[] = []
  let strayLines = 0
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    let event: unknown = null
    if (trimmed.startsWith('{')) {
      try {
        event = JSON.parse(trimmed)
      } catch {
        event = null
      }
    }
    if (isObject(event)) events.push(event)
    else if (events.length === 0) return null
    else strayLines++
  }
  return events.length > 0 ? { events, strayLines } : null
}

function parseEvents(events: JsonObject[], strayLines: number): ParsedReport {
  let parsed: ParsedReport | null = null
  if (events.some((event) => typeof event.Action === 'string')) {
    parsed = parseGoEvents(events)
  } else if (
    events.some(
      (event) =>
        event.type === 'testStart' ||
        (event.type === 'start' && 'protocolVersion' in event)
    )
  ) {
    parsed = parseDartEvents(events)
  }
  if (parsed === null) {
    throw new NotAReportError('not a test report: JSON of unknown shape')
  }
  if (strayLines > 0) {
    parsed.warnings.push(
      `${strayLines} lines of the event stream were not JSON and were ignored`
    )
  }
  return parsed
}
