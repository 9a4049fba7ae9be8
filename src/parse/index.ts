/**
 * Reads one report file into the model. The format is told by content, never
 * by file name: XML by its root element, JSON by its shape, TAP by its lines.
 * A file that cannot be read is refused with a one-line reason; it never
 * throws, so one bad file cannot cost the others.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { TextDecoder } from 'node:util'
import type { ParsedReport, ReportFile } from '../model.js'
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
  type XmlReaderFactory
} from './xml.js'

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

export async function readReport(path: string): Promise<ReportFile> {
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new ReportError('not a regular file')
    if (info.size === 0) throw new ReportError('empty file')
    const read = (positions: boolean): Promise<ParsedReport> =>
      parseStream(
        createReadStream(path, { highWaterMark: CHUNK_BYTES }),
        info.size,
        positions
      )
    // XML is read without tracking positions; one that is not well-formed
    // is read again with them, to say where.
    const parsed = await read(false).catch((err: unknown) => {
      if (err instanceof PositionsWanted) return read(true)
      throw err
    })
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

async function parseStream(
  stream: AsyncIterable<Buffer>,
  size: number,
  positions: boolean
): Promise<ParsedReport> {
  let decoder: ChunkDecoder | null = null
  let kind: Kind | null = null
  let xml: XmlReportParser | null = null
  const held: string[] = []
  for await (const chunk of stream) {
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
      if (kind === 'xml') xml = new XmlReportParser(XML_READERS, { positions })
      else if (size > MAX_TEXT_REPORT_BYTES) {
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
