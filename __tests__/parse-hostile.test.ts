/**
 * Bad and hostile input: every such file is refused with one line (or read
 * past, where only text is damaged), and never costs the other files.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportTotals } from '../src/analyze/metrics.js'
import { LIMITS } from '../src/model.js'
import { parseReportText, readReport } from '../src/parse/index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-triage-hostile-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const ONE_TEST =
  '<testsuite name="s"><testcase name="t" classname="c"/></testsuite>'

describe('refused files', () => {
  it.each([
    ['an empty file', '', 'empty file'],
    ['only whitespace', '  \n\t ', 'empty file'],
    [
      'XML that is not a report',
      '<?xml version="1.0"?><project><build/></project>',
      'not a test report: unknown root element <project>'
    ],
    [
      'truncated XML',
      '<testsuites><testsuite name="s"><testcase name="t" classname="c">',
      'not well-formed XML (line 1, column 65): unclosed tag: testcase'
    ],
    [
      'mismatched tags',
      '<testsuite name="s">\n<testcase name="t"></testsuite>',
      'not well-formed XML (line 2, column 31): unexpected close tag.'
    ],
    [
      'an XML declaration alone',
      '<?xml version="1.0" encoding="UTF-8"?>',
      'not well-formed XML (line 1, column 38): document must contain a root element.'
    ]
  ])('refuses %s with one line', async (_, content, reason) => {
    const report = await readReport(write('bad.xml', content))
    expect(report.error).toBe(reason)
    expect(report.suites).toEqual([])
  })

  it('says where a large file breaks, many chunks in', async () => {
    // Positions are tracked only on a second read of a broken file: the
    // line must still be that of the break, well past the first chunk.
    const cases = '<testcase classname="c" name="passes"/>\n'.repeat(5_000)
    const content = `<testsuite name="s">\n${cases}<testcase name="t"></testsuite>`
    const report = await readReport(write('late-break.xml', content))
    expect(report.error).toBe(
      'not well-formed XML (line 5002, column 31): unexpected close tag.'
    )
  })

  it('refuses a binary file', async () => {
    const bytes = Buffer.alloc(4096)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 256
    const report = await readReport(write('image.xml', bytes))
    expect(report.error).toBe('binary file, not a test report')
  })

  it('refuses nesting deeper than the limit without overflowing', async () => {
    const depth = 100_000
    const xml = `<testsuites>${'<testsuite>'.repeat(depth)}${'</testsuite>'.repeat(depth)}</testsuites>`
    const report = await readReport(write('deep.xml', xml))
    expect(report.error).toBe(
      `XML nested deeper than ${LIMITS.depth} elements; refused`
    )
  })
})

describe('entities are never expanded', () => {
  it('keeps an external entity reference as text and reads the report (XXE)', async () => {
    const secret = write('secret.txt', 'TOP SECRET')
    const xml = `<?xml version="1.0"?>
<!DOCTYPE testsuite [<!ENTITY xxe SYSTEM "file://${secret}">]>
<testsuite name="s"><testcase name="t" classname="c"><failure message="m">&xxe;</failure></testcase></testsuite>`
    const report = await readReport(write('xxe.xml', xml))
    expect(report.error).toBeNull()
    const test = report.suites[0].cases[0]
    expect(test.details).toBe('&xxe;')
    expect(JSON.stringify(report)).not.toContain('TOP SECRET')
    expect(report.warnings[0]).toBe(
      'not well-formed XML, read past 1 problem (first: line 3, column 79: undefined entity); the structure is intact and DTD entities are never expanded'
    )
  })

  it('does not expand a billion laughs', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`
    ).join('\n')
    const xml = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol0 "lol">
${levels}]>
<testsuite name="s"><testcase name="t" classname="c"><failure message="&lol9;">&lol9;</failure></testcase></testsuite>`
    const report = parseReportText('lolz.xml', xml)
    expect(report.error).toBeNull()
    expect(report.suites[0].cases[0].details).toBe('&lol9;')
    expect(reportTotals(report)).toMatchObject({ tests: 1, failed: 1 })
  })
})

describe('damaged text inside an intact structure', () => {
  it('reads past raw control characters (ANSI colours in captured output)', () => {
    const report = parseReportText(
      'ansi.xml',
      `<testsuite name="s"><testcase name="t" classname="c"><failure message="m">\u001b[31mred\u001b[0m</failure></testcase></testsuite>`
    )
    expect(report.error).toBeNull()
    expect(report.suites[0].cases[0].details).toBe('\u001b[31mred\u001b[0m')
    expect(report.warnings).toHaveLength(1)
  })

  it('refuses a file with more damage than text', () => {
    const report = parseReportText(
      'noise.xml',
      `<testsuite name="s">${'\u0001'.repeat(2000)}</testsuite>`
    )
    expect(report.error).toBe(
      'not well-formed XML: more than 1000 bad characters or entity references'
    )
  })
})

describe('huge text', () => {
  it('keeps the head of a 20 MB message and body, saying what was cut', async () => {
    const huge = 'A'.repeat(20 * 1024 * 1024)
    const path = write(
      'huge.xml',
      `<testsuite name="s"><testcase name="t" classname="c"><failure message="${huge}">${huge}</failure><system-out>${huge}</system-out></testcase></testsuite>`
    )
    const report = await readReport(path)
    expect(report.error).toBeNull()
    const test = report.suites[0].cases[0]
    expect(test.message?.length).toBeLessThan(LIMITS.message + 60)
    expect(test.details?.length).toBeLessThan(LIMITS.details + 60)
    expect(test.systemOut?.length).toBeLessThan(LIMITS.output + 60)
    expect(
      test.details?.endsWith(
        `… [${huge.length - LIMITS.details} more characters cut]`
      )
    ).toBe(true)
  })
})

describe('one bad file among good ones', () => {
  it('reads the good files whatever the bad one is', async () => {
    const paths = [
      write('good-1.xml', ONE_TEST),
      write('bad.xml', '<testsuite name="s"><testcase'),
      write('good-2.xml', ONE_TEST)
    ]
    const reports = []
    for (const path of paths) reports.push(await readReport(path))
    expect(reports.map((report) => report.error === null)).toEqual([
      true,
      false,
      true
    ])
    expect(reports.map((report) => reportTotals(report).tests)).toEqual([
      1, 0, 1
    ])
  })
})
