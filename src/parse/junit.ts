// Placeholder until the junit reader lands: reads nothing.
import type { XmlReaderFactory } from './xml.js'

export const junitReader: XmlReaderFactory = () => null
