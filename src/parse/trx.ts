// Placeholder until the trx reader lands: reads nothing.
import type { XmlReaderFactory } from './xml.js'

export const trxReader: XmlReaderFactory = () => null
