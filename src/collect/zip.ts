/**
 * Safe extraction of an artifact zip. Artifacts of pull requests from forks
 * are untrusted, so every entry is checked on its own: absolute paths, `..`,
 * backslashes, links and special files are refused, entries and uncompressed
 * bytes are capped, and one refused entry never stops the good ones.
 */
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'

export interface ExtractLimits {
  /** Entries looked at; the rest of the archive is left out. */
  maxEntries: number
  /** Uncompressed bytes written in total. */
  maxBytes: number
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxEntries: 10_000,
  maxBytes: 1024 * 1024 * 1024
}

export interface ExtractResult {
  /** Extracted files, relative to the target folder. */
  files: string[]
  /** Entries not extracted, one line each: `"name": reason`. */
  refused: string[]
}

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000

/** Why an entry may not be written, or null when it may. */
function entryProblem(name: string, entry: yauzl.Entry): string | null {
  if (name === '') return 'empty name'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'control characters in the name'
  const invalid = yauzl.validateFileName(name)
  if (invalid !== null) return invalid.replace(/:.*$/, '')
  // Unix mode lives in the high 16 bits when the archive was made on Unix.
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
  if (mode === S_IFLNK) return 'symbolic link'
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) return 'special file'
  if ((entry.generalPurposeBitFlag & 0x1) !== 0) return 'encrypted'
  return null
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(
      path,
      // Names are decoded and checked here, per entry: yauzl's own check
      // would abort the whole archive at the first bad name.
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true },
      (err, zip) => (err ? reject(err) : resolvePromise(zip))
    )
  })
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolvePromise, reject) => {
    zip.openReadStream(entry, (err, stream) =>
      err ? reject(err) : resolvePromise(stream)
    )
  })
}

const quote = (name: string): string => JSON.stringify(name)

export async function extractZip(
  zipPath: string,
  targetDir: string,
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS
): Promise<ExtractResult> {
  const target = resolve(targetDir)
  await mkdir(target, { recursive: true })
  const zip = await openZip(zipPath)
  const files: string[] = []
  const refused: string[] = []
  let entries = 0
  let bytes = 0

  const handle = async (entry: yauzl.Entry): Promise<boolean> => {
    entries += 1
    if (entries > limits.maxEntries) {
      refused.push(
        `entries after the first ${limits.maxEntries}: not extracted (entry cap)`
      )
      return false
    }
    const raw = entry.fileName as unknown as Buffer
    const name = yauzl.getFileNameLowLevel(
      entry.generalPurposeBitFlag,
      raw,
      entry.extraFields,
      false
    )
    const problem = entryProblem(name, entry)
    if (problem !== null) {
      refused.push(`${quote(name)}: ${problem}`)
      return true
    }
    if (name.endsWith('/')) return true
    const destination = resolve(target, name)
    if (!destination.startsWith(target + sep)) {
      refused.push(`${quote(name)}: outside the target folder`)
      return true
    }
    if (bytes + entry.uncompressedSize > limits.maxBytes) {
      refused.push(
        `${quote(name)}: would pass the cap of ${limits.maxBytes} uncompressed bytes`
      )
      return true
    }
    await mkdir(dirname(destination), { recursive: true })
    let written = 0
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        written += chunk.length
        if (bytes + written > limits.maxBytes) {
          callback(new Error('uncompressed byte cap reached'))
        } else callback(null, chunk)
      }
    })
    try {
      const stream = await openEntry(zip, entry)
      // `wx`: never follow or overwrite something already there.
      await pipeline(
        stream,
        counter,
        createWriteStream(destination, { flags: 'wx' })
      )
      bytes += written
      files.push(relative(target, destination).split(sep).join('/'))
    } catch (err) {
      refused.push(`${quote(name)}: ${(err as Error).message.split('\n')[0]}`)
    }
    return true
  }

  await new Promise<void>((resolvePromise, reject) => {
    let finished = false
    const finish = (err?: Error, early = false): void => {
      if (finished) return
      finished = true
      // After `end` yauzl has closed the file itself (autoClose).
      if (early) zip.close()
      if (err) reject(err)
      else resolvePromise()
    }
    zip.on('error', (err: Error) => finish(err, true))
    zip.on('end', () => finish())
    zip.on('entry', (entry: yauzl.Entry) => {
      handle(entry).then(
        (more) => (more ? zip.readEntry() : finish(undefined, true)),
        (err: Error) => finish(err, true)
      )
    })
    zip.readEntry()
  })
  return { files, refused }
}
