// Placeholder until the xunit reader lands: reads nothing.
import type { XmlReaderFactory } from './xml.js'

export const xunitReader: XmlReaderFactory = () => null
