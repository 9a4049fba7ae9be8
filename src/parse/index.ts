/**
 * Reads one report file into the model. The format is told by content, never
 * by file name: XML by its root element, JSON by its shape, TAP by its lines.
 * A file that cannot be read is refused with a one-line reason; it never
 * throws, so one bad file cannot cost the others.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { TextDecoder } from 'node:util'
import type { ParsedReport, ReportFile, Suite } from '../model.js'
import { parseJsonReport } from './json.js'
import { junitReader } from './junit.js'
import { nunitReader } from './nunit.js'
import { looksLikeTap, parseTap } from './tap.js'
import { trxReader } from './trx.js'
import { xunitReader } from './xunit.js'
import { NotAReportError, ReportError, oneLine } from './errors.js'
import {
  PositionsWanted,
  XmlReportParser,
  type SuiteListener,
  type XmlReaderFactory
} from './xml.js'

export type { SuiteListener } from './xml.js'

const XML_READERS: readonly XmlReaderFactory[] = [
  junitReader,
  nunitReader,
  xunitReader,
  trxReader
]

/** Non-XML reports are read whole; beyond this size they are refused. */
const MAX_TEXT_REPORT_BYTES = 256 * 1024 * 1024

/**
 * Bytes read at a time. Every string a reader keeps is copied out of its
 * chunk, but a chunk lives until the parser is done with it: smaller
 * chunks hold less at once and cost no time (measured in bench/).
 */
const CHUNK_BYTES = 64 * 1024

/**
 * `onSuite` is told of every suite of the report: as soon as the reader has
 * finished it where the format allows (JUnit XML), else once the file is
 * read. Suites of a file that ends up refused may have been told already.
 */
export async function readReport(
  path: string,
  onSuite?: SuiteListener
): Promise<ReportFile> {
  const told = new Set<Suite>()
  const tell =
    onSuite &&
    ((suite: Suite): void => {
      told.add(suite)
      onSuite(suite)
    })
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new ReportError('not a regular file')
    if (info.size === 0) throw new ReportError('empty file')
    const read = (positions: boolean): ParsedReport =>
      parseStream(readChunks(path), info.size, positions, tell)
    // XML is read without tracking positions; one that is not well-formed
    // is read again with them, to say where.
    let parsed: ParsedReport
    try {
      parsed = read(false)
    } catch (err) {
      if (!(err instanceof PositionsWanted)) throw err
      parsed = read(true)
    }
    if (tell)
      for (const suite of parsed.suites) if (!told.has(suite)) tell(suite)
    return { path, error: null, ...parsed }
  } catch (err) {
    return refused(path, err)
  }
}

/** Parses a report held in memory (tests, artifacts already read). */
export function parseReportText(path: string, text: string): ReportFile {
  try {
    const kind = sniff(text)
    const parsed =
      kind === 'xml' ? parseXmlText(text) : parseWholeText(kind, text)
    return { path, error: null, ...parsed }
  } catch (err) {
    return refused(path, err)
  }
}

/** An XML document in memory: read as a file is, positions only if it is broken. */
function parseXmlText(text: string): ParsedReport {
  const parse = (positions: boolean): ParsedReport => {
    const parser = new XmlReportParser(XML_READERS, { positions })
    parser.write(text)
    return parser.finish()
  }
  try {
    return parse(false)
  } catch (err) {
    if (err instanceof PositionsWanted) return parse(true)
    throw err
  }
}

type Kind = 'xml' | 'json' | 'text'

/**
 * The file in chunks, read synchronously into one reused buffer: every
 * chunk is decoded into a string before the next is read, and nothing else
 * runs meanwhile, so waiting on the thread pool for each chunk (about 5% of
 * the read on a large report, measured in bench/) buys nothing.
 */
function* readChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null)
      if (read === 0) return
      yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read)
    }
  } finally {
    closeSync(fd)
  }
}

function parseStream(
  stream: Iterable<Buffer>,
  size: number,
  positions: boolean,
  onSuite: SuiteListener | undefined
): ParsedReport {
  let decoder: ChunkDecoder | null = null
  let kind: Kind | null = null
  let xml: XmlReportParser | null = null
  const held: string[] = []
  for (const chunk of stream) {
    if (decoder === null) {
      const encoding = encodingOf(chunk)
      if (encoding === 'utf-8' && chunk.subarray(0, 8192).includes(0)) {
        throw new NotAReportError('binary file, not a test report')
      }
      decoder = decoderFor(encoding)
    }
    let text = decoder.write(chunk)
    if (kind === null) {
      text = text.replace(/^\uFEFF/, '')
      kind = sniff(text)
      if (kind === 'xml') {
        xml = new XmlReportParser(XML_READERS, { positions, onSuite })
      } else if (size > MAX_TEXT_REPORT_BYTES) {
        throw new ReportError(
          `${Math.round(size / 1048576)} MiB is too large for a non-XML report`
        )
      }
    }
    if (xml) {
      xml.write(text)
      // Leaving the loop closes the file; finish() says why it stopped.
      if (xml.stopped) return xml.finish()
    } else held.push(text)
  }
  const rest = decoder?.end() ?? ''
  if (xml) {
    if (rest) xml.write(rest)
    return xml.finish()
  }
  held.push(rest)
  return parseWholeText(kind ?? 'text', held.join(''))
}

interface ChunkDecoder {
  write(chunk: Buffer): string
  end(): string
}

/**
 * Node's StringDecoder is markedly faster than TextDecoder on large files;
 * it has no UTF-16 big-endian, which is rare enough for TextDecoder.
 */
function decoderFor(encoding: Encoding): ChunkDecoder {
  if (encoding !== 'utf-16be') {
    return new StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le')
  }
  const decoder = new TextDecoder('utf-16be')
  return {
    write: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode()
  }
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** UTF-16 reports (some .NET tools write them) announce themselves with a BOM. */
function encodingOf(head: Buffer): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le'
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

function sniff(text: string): Kind {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start === '') throw new ReportError('empty file')
  if (start.startsWith('<')) return 'xml'
  if (start.startsWith('{') || start.startsWith('[')) return 'json'
  return 'text'
}

function parseWholeText(kind: Kind, text: string): ParsedReport {
  if (kind === 'json') return parseJsonReport(text)
  if (looksLikeTap(text)) return parseTap(text)
  throw new NotAReportError('not a test report: neither XML, JSON nor TAP')
}

function refused(path: string, err: unknown): ReportFile {
  const reason =
    err instanceof ReportError
      ? err.message
      : oneLine(err instanceof Error ? err.message : String(err))
  return {
    path,
    format: null,
    producer: null,
    suites: [],
    warnings: [],
    error: reason,
    ...(err instanceof NotAReportError ? { notAReport: true } : {})
  }
}
