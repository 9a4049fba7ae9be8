/**
 * Zip archives for the tests, written by yazl. yazl refuses hostile names
 * (absolute, `..`), as a careful writer should, so such an entry is written
 * under a harmless name of the same length and the name bytes are then
 * replaced in the local header and the central directory (the CRC covers the
 * data, not the name): exactly what a crafted zip-slip archive looks like.
 */
import yazl from 'yazl'

export interface ZipEntry {
  name: string
  data: Buffer | string
  /** Unix mode with the file type, e.g. 0o120777 for a symbolic link. */
  mode?: number
}

const HOSTILE = /(^\/)|(^|\/)\.\.(\/|$)|\\/

function harmless(name: string, index: number): string {
  const tag = `h${index}`
  const replaced = name.replace(/[./\\]/g, 'x')
  return (tag + replaced.slice(tag.length)).slice(0, name.length)
}

export async function makeZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const swaps: Array<[string, string]> = []
  entries.forEach((entry, index) => {
    let name = entry.name
    if (HOSTILE.test(name)) {
      name = harmless(entry.name, index)
      swaps.push([name, entry.name])
    }
    const data =
      typeof entry.data === 'string' ? Buffer.from(entry.data) : entry.data
    zip.addBuffer(data, name, {
      compress: false,
      mtime: new Date('2026-11-24T00:00:00Z'),
      ...(entry.mode !== undefined ? { mode: entry.mode } : {})
    })
  })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  const archive = Buffer.concat(chunks)
  for (const [placeholder, hostile] of swaps) {
    const from = Buffer.from(placeholder)
    const to = Buffer.from(hostile)
    let at = archive.indexOf(from)
    let count = 0
    while (at !== -1) {
      to.copy(archive, at)
      count += 1
      at = archive.indexOf(from, at + from.length)
    }
    if (count !== 2)
      throw new Error(`expected 2 copies of ${placeholder}, found ${count}`)
  }
  return archive
}
