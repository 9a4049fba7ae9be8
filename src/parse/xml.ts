/**
 * Streaming XML driver: one saxes pass per file, dispatched on the root
 * element to the format family that reads it. saxes never expands DTD
 * entities (so no XXE, no billion laughs) and is iterative (no stack
 * overflow); we add a depth bound so a hostile file cannot grow our own stacks.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { LIMITS, type ParsedReport } from '../model.js'
import { NotAReportError, ReportError, oneLine } from './errors.js'

export interface XmlElement {
  name: string
  attributes: Record<string, string>
}

/**
 * `ownString` for text the parser built piece by piece (a concatenation of
 * lines and entities): flattening it is the copy, done once.
 */
export function ownText(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/** A format family's reader: receives the element stream of one document. */
export interface XmlFormatReader {
  open(element: XmlElement, depth: number): void
  /** Character data (text and CDATA) of the innermost open element. */
  text(text: string): void
  close(name: string, depth: number): void
  finish(): ParsedReport
  /**
   * Optional: whether `text` is wanted now, asked after every open and
   * close. While it says no, the parser does not build text strings at all
   * (most of a report is whitespace between elements). Readers without it
   * receive all text.
   */
  wantsText?(): boolean
}

/** Given the root element, returns a reader, or null when the family does not read it. */
export type XmlReaderFactory = (root: XmlElement) => XmlFormatReader | null

/**
 * saxes errors that leave the document's structure intact: a character XML
 * does not allow (raw ANSI escapes in captured output, a `<` inside an
 * attribute) and a reference to an entity we never define (every DTD
 * entity, so XXE and billion laughs expand to nothing). Anything else,
 * such as a truncated file or mismatched tags, refuses the file.
 */
const RECOVERABLE = new Set(['disallowed character.', 'undefined entity.'])

/** A file with more recoverable problems than this is refused anyway. */
const MAX_RECOVERED = 1000

/** saxes prefixes messages with "line:column: " when it tracks positions. */
function splitPosition(message: string): { where: string; problem: string } {
  const match = /^(\d+:\d+: )(.*)$/s.exec(message)
  return match
    ? { where: `line ${match[1].replace(':', ', column ')}`, problem: match[2] }
    : { where: '', problem: message }
}

/**
 * Thrown by a parser that does not track positions at the first
 * well-formedness problem: the caller reads the document again with
 * positions on, so the problem can be reported with its line and column.
 */
export class PositionsWanted extends Error {
  constructor() {
    super('a well-formedness problem to locate')
  }
}

/**
 * Feeds chunks of one XML document to the reader chosen by its root element.
 * Tracking line and column costs saxes about a tenth of its time on every
 * character, and only a broken document needs them: without `positions`,
 * the first problem stops the parse (`stopped`), and `finish` throws
 * `PositionsWanted`.
 */
export class XmlReportParser {
  private readonly sax: SaxesParser
  private reader: XmlFormatReader | null = null
  private depth = 0
  private failure: Error | null = null
  /** Well-formedness problems read past (see RECOVERABLE), in order. */
  private readonly recovered: string[] = []
  private textOn = false

  constructor(
    factories: readonly XmlReaderFactory[],
    { positions = true }: { positions?: boolean } = {}
  ) {
    this.sax = new SaxesParser({ xmlns: false, position: positions })
    this.sax.on('error', (err) => {
      if (!positions) throw new PositionsWanted()
      const { where, problem } = splitPosition(err.message)
      if (RECOVERABLE.has(problem)) {
        // saxes goes on after these: the character is kept (dropped inside
        // an attribute), the entity reference stays as literal text. The
        // structure is intact, so every test is still counted.
        this.recovered.push(`${where}${problem.replace(/\.$/, '')}`)
        if (this.recovered.length > MAX_RECOVERED) {
          throw new ReportError(
            `not well-formed XML: more than ${MAX_RECOVERED} bad characters or entity references`
          )
        }
        return
      }
      throw new ReportError(
        `not well-formed XML${where ? ` (${where.slice(0, -2)})` : ''}: ${oneLine(problem)}`
      )
    })
    this.sax.on('doctype', () => {
      // A DOCTYPE is legal; saxes never resolves it. Entities it declares are
      // "undefined" to saxes: their references are kept as literal text.
    })
    this.sax.on('opentag', (tag: SaxesTagPlain) => {
      this.depth++
      if (this.depth > LIMITS.depth) {
        throw new ReportError(
          `XML nested deeper than ${LIMITS.depth} elements; refused`
        )
      }
      // Without namespaces, saxes's tag already has this shape (and is
      // fresh for every tag), so it is passed on as it is.
      const element = tag as XmlElement
      if (this.reader === null) {
        for (const factory of factories) {
          this.reader = factory(element)
          if (this.reader) break
        }
        if (this.reader === null) {
          throw new NotAReportError(
            `not a test report: unknown root element <${tag.name.slice(0, 60)}>`
          )
        }
      }
      this.reader.open(element, this.depth)
      this.syncText()
    })
    this.listenToText(true)
    this.sax.on('closetag', (tag) => {
      this.reader?.close(tag.name, this.depth)
      this.depth--
      this.syncText()
    })
  }

  private readonly onText = (text: string): void => this.reader?.text(text)

  private listenToText(on: boolean): void {
    this.textOn = on
    if (on) {
      this.sax.on('text', this.onText)
      this.sax.on('cdata', this.onText)
    } else {
      this.sax.off('text')
      this.sax.off('cdata')
    }
  }

  /** saxes emits text before the tag that ends it, so this is exact. */
  private syncText(): void {
    if (this.reader?.wantsText === undefined) return
    const wanted = this.reader.wantsText()
    if (wanted !== this.textOn) this.listenToText(wanted)
  }

  /** A problem already ended the parse: the rest of the document can be left unread. */
  get stopped(): boolean {
    return this.failure !== null
  }

  write(chunk: string): void {
    if (this.failure) return
    try {
      this.sax.write(chunk)
    } catch (err) {
      this.failure = err as Error
    }
  }

  finish(): ParsedReport {
    if (!this.failure) {
      try {
        this.sax.close()
      } catch (err) {
        this.failure = err as Error
      }
    }
    if (this.failure instanceof PositionsWanted) throw this.failure
    if (this.failure) {
      throw this.failure instanceof ReportError
        ? this.failure
        : new ReportError(oneLine(this.failure.message))
    }
    if (this.reader === null) throw new ReportError('empty XML document')
    const report = this.reader.finish()
    if (this.recovered.length > 0) {
      report.warnings.unshift(
        `not well-formed XML, read past ${this.recovered.length} problem${this.recovered.length === 1 ? '' : 's'} (first: ${this.recovered[0]}); the structure is intact and DTD entities are never expanded`
      )
    }
    return report
  }
}
