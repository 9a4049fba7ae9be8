import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectFiles } from '../src/collect/files.js'
import { readReport } from '../src/parse/index.js'

const PYTEST = 'fixtures/pytest/reports/junit-xunit2.xml'

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-triage-collect-'))
  mkdirSync(join(dir, 'reports/nested'), { recursive: true })
  mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true })
  writeFileSync(join(dir, 'reports/junit.xml'), readFileSync(PYTEST))
  writeFileSync(
    join(dir, 'reports/nested/pom.xml'),
    '<project><modelVersion>4.0.0</modelVersion></project>'
  )
  writeFileSync(join(dir, 'reports/package.json'), '{"name": "app"}')
  writeFileSync(join(dir, 'node_modules/pkg/junit.xml'), readFileSync(PYTEST))
  return dir
}

describe('collectFiles', () => {
  it('searches folders and globs, never inside node_modules, in a stable order', async () => {
    const dir = workspace()
    const byFolder = await collectFiles(['reports'], dir)
    expect(byFolder.files).toEqual([
      'reports/junit.xml',
      'reports/nested/pom.xml',
      'reports/package.json'
    ])
    expect([...byFolder.searched]).toEqual(byFolder.files)
    const byGlob = await collectFiles(['**/junit.xml'], dir)
    expect(byGlob.files).toEqual(['reports/junit.xml'])
  })

  it('searches the folders a glob matches, as it does a folder named outright', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'out/test-results/unit'), { recursive: true })
    mkdirSync(join(dir, 'out/node_modules/pkg'), { recursive: true })
    writeFileSync(
      join(dir, 'out/test-results/unit/junit.xml'),
      readFileSync(PYTEST)
    )
    writeFileSync(join(dir, 'out/node_modules/pkg/junit.xml'), '<x/>')
    const collected = await collectFiles(['out/*'], dir)
    expect(collected.files).toEqual(['out/test-results/unit/junit.xml'])
    expect([...collected.searched]).toEqual(collected.files)
    expect(collected.missing).toEqual([])
  })

  it('reads paths written with Windows backslashes', async () => {
    const dir = workspace()
    const named = await collectFiles(['reports\\junit.xml'], dir)
    expect(named.files).toEqual(['reports/junit.xml'])
    expect(named.missing).toEqual([])
    const globbed = await collectFiles(['reports\\**\\*.xml'], dir)
    expect(globbed.files).toEqual([
      'reports/junit.xml',
      'reports/nested/pom.xml'
    ])
  })

  it('keeps files named one by one apart from searched ones, and reports what matched nothing', async () => {
    const dir = workspace()
    const collected = await collectFiles(
      ['reports/package.json', 'reports', 'missing.xml', 'none/**/*.trx'],
      dir
    )
    expect(collected.files[0]).toBe('reports/package.json')
    expect(collected.searched.has('reports/package.json')).toBe(false)
    expect(collected.searched.has('reports/junit.xml')).toBe(true)
    expect(collected.missing).toEqual([
      'missing.xml: no such file or folder',
      'none/**/*.trx: no file matches'
    ])
  })

  it('marks files that are no test report at all, so searches can leave them out', async () => {
    const dir = workspace()
    const pom = await readReport(join(dir, 'reports/nested/pom.xml'))
    expect(pom.notAReport).toBe(true)
    expect(pom.error).toMatch(
      /^not a test report: unknown root element <project>/
    )
    const truncated = join(dir, 'truncated.xml')
    writeFileSync(truncated, readFileSync(PYTEST).subarray(0, 900))
    const broken = await readReport(truncated)
    expect(broken.error).not.toBeNull()
    expect(broken.notAReport).toBeUndefined()
  })
})

describe('readReport encodings', () => {
  it.each([
    ['utf-16le', Buffer.from([0xff, 0xfe])],
    ['utf-16be', Buffer.from([0xfe, 0xff])]
  ])(
    'reads a %s report that starts with a byte-order mark',
    async (encoding, bom) => {
      const text = readFileSync(PYTEST, 'utf8')
      let body = Buffer.from(text, 'utf16le')
      if (encoding === 'utf-16be') body = Buffer.from(body).swap16()
      const path = join(
        mkdtempSync(join(tmpdir(), 'ci-triage-enc-')),
        'junit.xml'
      )
      writeFileSync(path, Buffer.concat([bom, body]))
      const utf16 = await readReport(path)
      const utf8 = await readReport(PYTEST)
      expect(utf16.error).toBeNull()
      const tests = (report: typeof utf8) =>
        report.suites.map((s) => [
          s.name,
          s.passed,
          s.cases.map((c) => [c.name, c.status])
        ])
      expect(tests(utf16)).toEqual(tests(utf8))
    }
  )
})
