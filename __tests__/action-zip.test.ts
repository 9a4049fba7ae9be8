import { afterAll, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractZip } from '../src/collect/zip.js'
import { makeZip } from './support/zips.js'

const REPORT = readFileSync('examples/golden-path/report/junit.xml')
const folders: string[] = []
const tempFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'ci-triage-zip-'))
  folders.push(folder)
  return folder
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

async function extract(
  entries: Parameters<typeof makeZip>[0],
  limits = { maxEntries: 100, maxBytes: 10 * 1024 * 1024 }
) {
  const base = tempFolder()
  const zipPath = join(base, 'artifact.zip')
  writeFileSync(zipPath, await makeZip(entries))
  const target = join(base, 'out', 'target')
  return { base, target, result: await extractZip(zipPath, target, limits) }
}

describe('extractZip', () => {
  it('extracts reports in folders', async () => {
    const { target, result } = await extract([
      { name: 'reports/junit.xml', data: REPORT },
      { name: 'reports/nested/more.xml', data: REPORT }
    ])
    expect(result.refused).toEqual([])
    expect(result.files).toEqual([
      'reports/junit.xml',
      'reports/nested/more.xml'
    ])
    expect(readFileSync(join(target, 'reports/junit.xml'))).toEqual(REPORT)
  })

  it('refuses zip-slip entries one by one, names each, and keeps the rest', async () => {
    const { base, target, result } = await extract([
      { name: '../escaped.xml', data: 'outside' },
      { name: 'reports/../../escaped2.xml', data: 'outside' },
      { name: '/tmp/ci-triage-absolute.xml', data: 'absolute' },
      { name: 'reports\\..\\win.xml', data: 'backslash' },
      { name: 'link.xml', data: '/etc/passwd', mode: 0o120777 },
      { name: 'reports/junit.xml', data: REPORT }
    ])
    expect(result.files).toEqual(['reports/junit.xml'])
    expect(result.refused).toEqual([
      '"../escaped.xml": invalid relative path',
      '"reports/../../escaped2.xml": invalid relative path',
      '"/tmp/ci-triage-absolute.xml": absolute path',
      // yauzl reads a backslash as a separator, so this is `..` too.
      '"reports/../win.xml": invalid relative path',
      '"link.xml": symbolic link'
    ])
    expect(existsSync(join(base, 'out', 'escaped.xml'))).toBe(false)
    expect(existsSync(join(base, 'escaped2.xml'))).toBe(false)
    expect(existsSync('/tmp/ci-triage-absolute.xml')).toBe(false)
    expect(existsSync(join(target, 'link.xml'))).toBe(false)
  })

  it('stops at the entry cap and says so', async () => {
    const { result } = await extract(
      Array.from({ length: 5 }, (_, i) => ({
        name: `r${i}.xml`,
        data: REPORT
      })),
      { maxEntries: 3, maxBytes: 10 * 1024 * 1024 }
    )
    expect(result.files).toEqual(['r0.xml', 'r1.xml', 'r2.xml'])
    expect(result.refused).toEqual([
      'entries after the first 3: not extracted (entry cap)'
    ])
  })

  it('refuses entries past the uncompressed byte cap', async () => {
    const { result } = await extract(
      [
        { name: 'a.xml', data: REPORT },
        { name: 'b.xml', data: REPORT }
      ],
      { maxEntries: 100, maxBytes: REPORT.length + 10 }
    )
    expect(result.files).toEqual(['a.xml'])
    expect(result.refused).toEqual([
      `"b.xml": would pass the cap of ${REPORT.length + 10} uncompressed bytes`
    ])
  })

  it('rejects a file that is not a zip', async () => {
    const base = tempFolder()
    writeFileSync(join(base, 'not.zip'), REPORT)
    await expect(
      extractZip(join(base, 'not.zip'), join(base, 'out'))
    ).rejects.toThrow(/end of central directory/i)
  })
})
