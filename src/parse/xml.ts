/**
 * Streaming XML driver: one saxes pass per file, dispatched on the root
 * element to the format family that reads it. saxes never expands DTD
 * entities (so no XXE, no billion laughs) and is iterative (no stack
 * overflow); we add a depth bound so a hostile file cannot grow our own stacks.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { LIMITS, type ParsedReport } from '../model.js'
import { ReportError, oneLine } from './errors.js'

export interface XmlElement {
  name: string
  attributes: Record<string, string>
}

/** A format family's reader: receives the element stream of one document. */
export interface XmlFormatReader {
  open(element: XmlElement, depth: number): void
  /** Character data (text and CDATA) of the innermost open element. */
  text(text: string): void
  close(name: string, depth: number): void
  finish(): ParsedReport
}

/** Given the root element, returns a reader, or null when the family does not read it. */
export type XmlReaderFactory = (root: XmlElement) => XmlFormatReader | null

/** Feeds chunks of one XML document to the reader chosen by its root element. */
export class XmlReportParser {
  private readonly sax = new SaxesParser({ xmlns: false, position: false })
  private reader: XmlFormatReader | null = null
  private depth = 0
  private failure: Error | null = null

  constructor(factories: readonly XmlReaderFactory[]) {
    this.sax.on('error', (err) => {
      throw new ReportError(`not well-formed XML: ${oneLine(err.message)}`)
    })
    this.sax.on('doctype', () => {
      // A DOCTYPE is legal; saxes does not resolve it. Entities it declares
      // are reported as undefined when used, which refuses the file.
    })
    this.sax.on('opentag', (tag: SaxesTagPlain) => {
      this.depth++
      if (this.depth > LIMITS.depth) {
        throw new ReportError(
          `XML nested deeper than ${LIMITS.depth} elements; refused`
        )
      }
      const element: XmlElement = {
        name: tag.name,
        attributes: tag.attributes as Record<string, string>
      }
      if (this.reader === null) {
        for (const factory of factories) {
          this.reader = factory(element)
          if (this.reader) break
        }
        if (this.reader === null) {
          throw new ReportError(
            `not a test report: unknown root element <${tag.name.slice(0, 60)}>`
          )
        }
      }
      this.reader.open(element, this.depth)
    })
    this.sax.on('text', (text) => this.reader?.text(text))
    this.sax.on('cdata', (text) => this.reader?.text(text))
    this.sax.on('closetag', (tag) => {
      this.reader?.close(tag.name, this.depth)
      this.depth--
    })
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
    if (this.failure) {
      throw this.failure instanceof ReportError
        ? this.failure
        : new ReportError(oneLine(this.failure.message))
    }
    if (this.reader === null) throw new ReportError('empty XML document')
    return this.reader.finish()
  }
}
