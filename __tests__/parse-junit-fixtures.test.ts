/**
 * Every XML report a real framework wrote into fixtures/<sample>/reports/
 * is read and its totals compared with the sample's expected.json, which
 * is written from how the sample was broken, not from our output. One test
 * per <testcase>: where the framework's own count differs from what the
 * file holds, expected.json gives the file's count as `fileTotals`.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { reportTotals } from '../src/analyze/metrics.js'
import type { Totals } from '../src/model.js'
import { readReport } from '../src/parse/index.js'

interface Expectation {
  reports: Record<
    string,
    {
      /** What the framework itself counted. */
      totals: Totals
      /**
       * What the file holds, when the reporter left tests out of it or
       * wrote one test as several testcases (mocha-junit-reporter drops
       * pending tests; jest-junit writes a todo like a passed test).
       */
      fileTotals?: Totals
    }
  >
}

const fixtures = join(import.meta.dirname, '..', 'fixtures')

/** [sample, report path relative to the sample] for every XML report. */
function xmlReports(): [string, string][] {
  const found: [string, string][] = []
  for (const sample of readdirSync(fixtures).sort()) {
    const reports = join(fixtures, sample, 'reports')
    if (!existsSync(reports)) continue
    for (const file of readdirSync(reports).sort()) {
      if (file.endsWith('.xml')) found.push([sample, `reports/${file}`])
    }
  }
  return found
}

const reports = xmlReports()

describe('fixtures written by real frameworks', () => {
  it('has XML reports to check', () => {
    expect(reports.length).toBeGreaterThan(0)
  })

  it.each(reports)(
    '%s/%s counts as expected.json says',
    async (sample, path) => {
      const expectation = JSON.parse(
        readFileSync(join(fixtures, sample, 'expected.json'), 'utf8')
      ) as Expectation
      const expected = expectation.reports[path]
      // A committed report without an expectation is a mistake in the fixture.
      expect(expected).toBeDefined()
      const report = await readReport(join(fixtures, sample, path))
      expect(report.error).toBeNull()
      expect(reportTotals(report)).toEqual(
        expected.fileTotals ?? expected.totals
      )
    }
  )
})
