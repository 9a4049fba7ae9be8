import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/analyze/index.js'
import type { Analysis } from '../src/analyze/types.js'
import { readReport } from '../src/parse/index.js'
import {
  commentMarker,
  encodeTrendData,
  readTrendData,
  renderComment,
  renderJobSummary,
  renderToBudget,
  renderTrend,
  trendData,
  type TrendData
} from '../src/render/comment.js'

/** Every real report in the repository: many suites, many formats. */
async function allReports(): Promise<Analysis> {
  const files = [
    'examples/golden-path/report/junit.xml',
    '__tests__/support/many-failures/junit.xml'
  ]
  for (const sample of readdirSync('fixtures', { withFileTypes: true })) {
    if (!sample.isDirectory()) continue
    const dir = join('fixtures', sample.name, 'reports')
    try {
      for (const file of readdirSync(dir)) files.push(join(dir, file))
    } catch {
      // A sample whose reports are not generated yet.
    }
  }
  return analyze(await Promise.all(files.map((file) => readReport(file))))
}

const golden = async (): Promise<Analysis> =>
  analyze([await readReport('examples/golden-path/report/junit.xml')])

function trend(overrides: Partial<TrendData>): TrendData {
  const causes = overrides.causes ?? [
    'missing-module:jose',
    'missing-attribute:E2EAuthHelper.create'
  ]
  return {
    version: 1,
    totals: { tests: 27, passed: 3, failed: 2, errors: 0, skipped: 22 },
    rates: { execution: 5 / 27, skip: 22 / 27, failure: 2 / 5, pass: 3 / 27 },
    causes,
    causeCount: causes.length,
    run: null,
    ...overrides
  }
}

describe('trend data', () => {
  it('round-trips through the hidden comment', async () => {
    const data = trendData(
      await golden(),
      'https://github.com/o/r/actions/runs/1'
    )
    expect(readTrendData(`text\n${encodeTrendData(data)}\n`)).toEqual(data)
  })

  it('ignores missing, malformed and wrongly shaped data', () => {
    expect(readTrendData('no data here')).toBeNull()
    expect(readTrendData('<!-- ci-triage-data:!!!! -->')).toBeNull()
    const bad = Buffer.from(
      JSON.stringify({ version: 1, totals: {} })
    ).toString('base64')
    expect(readTrendData(`<!-- ci-triage-data:${bad} -->`)).toBeNull()
  })

  it('shows rates with arrows, and causes fixed and new', () => {
    const lines = renderTrend(
      trend({}),
      trend({
        totals: { tests: 27, passed: 27, failed: 0, errors: 0, skipped: 0 },
        rates: { execution: 1, skip: 0, failure: 0, pass: 1 },
        causes: ['missing-attribute:E2EAuthHelper.create', 'timeout:db:5432']
      })
    )
    expect(lines).toContain('- Execution rate: 18.5% → 100.0% ▲')
    expect(lines).toContain('- Skip rate: 81.5% → 0.0% ▼')
    expect(lines).toContain('- Tests: 27 → 27 (unchanged)')
    expect(lines).toContain('- ✅ Causes fixed (1): `missing-module:jose`')
    expect(lines).toContain('- 🆕 Causes new (1): `timeout:db:5432`')
  })

  it('stores a bounded list of causes and counts them all', async () => {
    const many = analyze([
      await readReport('__tests__/support/many-failures/junit.xml')
    ])
    const stored = trendData(many, null)
    expect(stored.causeCount).toBe(5000)
    expect(stored.causes.length).toBeGreaterThan(50)
    expect(stored.causes.length).toBeLessThanOrEqual(200)
    expect(encodeTrendData(stored).length).toBeLessThan(12_000)
    expect(trendData(many, null, false).causes).toHaveLength(5000)
  })

  it('does not call causes new when the earlier run stored only some of its causes', () => {
    const lines = renderTrend(
      trend({ causes: ['missing-module:jose'], causeCount: 900 }),
      trend({ causes: ['timeout:db:5432'] })
    )
    expect(lines).toContain('- ✅ Causes fixed (1): `missing-module:jose`')
    expect(lines).not.toContain('Causes new')
    expect(lines).toContain('- Causes: 900 → 1')
  })

  it('reads figures stored before the cause count was', () => {
    const old = { ...trend({}), causeCount: undefined }
    const body = `<!-- ci-triage-data:${Buffer.from(JSON.stringify(old)).toString('base64')} -->`
    expect(readTrendData(body)?.causeCount).toBe(2)
  })

  it('has no trend on the first run', async () => {
    expect(renderTrend(null, trendData(await golden(), null))).toBeNull()
  })
})

describe('renderComment', () => {
  it('starts with the marker and ends with the figures', async () => {
    const { text } = renderComment(await golden(), {
      key: 'CI',
      previous: null,
      runUrl: 'https://github.com/o/r/actions/runs/1',
      footer: 'ci-triage · commit abc1234'
    })
    const lines = text.trimEnd().split('\n')
    expect(lines[0]).toBe('<!-- ci-triage:CI -->')
    expect(lines[lines.length - 1]).toMatch(
      /^<!-- ci-triage-data:[A-Za-z0-9+/=]+ -->$/
    )
    expect(text).toContain(
      '[run details](https://github.com/o/r/actions/runs/1)'
    )
  })

  it('keeps a hostile key inside the marker', () => {
    expect(commentMarker('x --> <script>')).toBe(
      '<!-- ci-triage:x -_ _script_ -->'
    )
    expect(commentMarker('  ')).toBe('<!-- ci-triage:default -->')
  })
})

describe('renderToBudget', () => {
  it('renders everything when it fits', async () => {
    const analysis = await allReports()
    const full = renderToBudget(analysis, { limit: 10_000_000 })
    expect(full.omitted).toEqual([])
    expect(full.text).not.toContain('Shortened')
  })

  it('drops detail before the summary, whole tables only, and says what it left out', async () => {
    const analysis = await allReports()
    expect(analysis.suites.length).toBeGreaterThan(20)
    const full = renderToBudget(analysis, { limit: 10_000_000 }).text
    const limit = Math.min(full.length - 1, 4_000)
    const short = renderToBudget(analysis, {
      limit,
      fullReportUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(short.text.length).toBeLessThanOrEqual(limit)
    expect(short.omitted.length).toBeGreaterThan(0)
    expect(short.text).toContain(
      "[the run's job summary](https://github.com/o/r/actions/runs/1)"
    )
    // The summary stays.
    expect(short.text).toContain('### Key metrics')
    expect(short.text).toContain('- **Execution rate:')
    // A table present is whole: header, rows, then the totals row.
    const table = short.text.split('\n').filter((line) => line.startsWith('|'))
    const whole =
      table.length === 0 ||
      (/^\| Suite \|/.test(table[0]) &&
        /^\| \*\*All suites\*\* \|/.test(table[table.length - 1]))
    expect(whole).toBe(true)
    // Code fences are balanced.
    expect((short.text.match(/^```/gm) ?? []).length % 2).toBe(0)
  })

  it('keeps as many causes as fit: hundreds in the job summary, fewer in the comment', async () => {
    const many = analyze([
      await readReport('__tests__/support/many-failures/junit.xml')
    ])
    const causesShown = (text: string): number =>
      (text.match(/^\*\*\d+\. /gm) ?? []).length
    const summary = renderJobSummary(many, { previous: null })
    expect(Buffer.byteLength(summary.text)).toBeLessThanOrEqual(1024 * 1024)
    const inSummary = causesShown(summary.text)
    expect(inSummary).toBeGreaterThan(100)
    expect(inSummary).toBeLessThan(5000)
    expect(summary.omitted).toContain(`${5000 - inSummary} causes`)
    const comment = renderComment(many, {
      key: 'CI',
      previous: null,
      runUrl: null
    })
    expect(comment.text.length).toBeLessThanOrEqual(65_536)
    expect(causesShown(comment.text)).toBeLessThan(inSummary)
    expect(causesShown(comment.text)).toBeGreaterThan(0)
  })

  it('counts bytes when asked to (the job summary limit is in bytes)', async () => {
    const analysis = await golden()
    const chars = renderToBudget(analysis, { limit: 10_000_000 }).text
    const bytes = Buffer.byteLength(chars)
    expect(bytes).toBeGreaterThan(chars.length)
    const fitted = renderToBudget(analysis, {
      limit: chars.length,
      measure: (text) => Buffer.byteLength(text)
    })
    expect(Buffer.byteLength(fitted.text)).toBeLessThanOrEqual(chars.length)
  })
})
