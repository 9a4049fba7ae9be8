// Placeholder until the nunit reader lands: reads nothing.
import type { XmlReaderFactory } from './xml.js'

export const nunitReader: XmlReaderFactory = () => null
