/**
 * Every real fixture: each non-passing test listed in its expected.json (written
 * from how the sample was broken) sits in exactly one cause in every report that
 * holds it, with the intended category, and for infrastructure causes with the
 * intended key.
 *
 * Where a report itself carries no evidence of the cause the sample was broken
 * to produce (a `<skipped/>` with no reason, an empty failure message), the
 * entry says what a careful human reading only that report would assign:
 * `reportShows` (a category, or a map from report path to category) and `why`
 * (what the report lacks). That category is accepted for that report only.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/analyze/index.js'
import { isInfrastructure } from '../src/analyze/triage/catalog.js'
import type { CauseCategory } from '../src/analyze/types.js'
import { readReport } from '../src/parse/index.js'
import { keysAgree } from './triage/score.js'

interface ExpectedTest {
  name: string
  classname: string
  number?: number
  /** The one report this entry belongs to, when the sample has several. */
  report?: string
  category: CauseCategory
  key: string
  reportShows?: CauseCategory | Record<string, CauseCategory>
  why?: string
}

const samples = [
  ...readdirSync('fixtures', { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        existsSync(join('fixtures', entry.name, 'expected.json'))
    )
    .map((entry) => join('fixtures', entry.name)),
  'examples/golden-path'
]

/** The category an entry must have in one report. */
function wanted(want: ExpectedTest, report: string): CauseCategory {
  const shows = want.reportShows
  if (shows === undefined) return want.category
  if (typeof shows === 'string') return shows
  return shows[report] ?? want.category
}

const tally = {
  tests: 0,
  right: 0,
  keyed: 0,
  keysRight: 0,
  keyMisses: [] as string[]
}
/**
 * Infrastructure keys that agree with the fixture authors' (compared as
 * `keysAgree` says). Measured; a change may raise it, never lower it. The
 * disagreements are printed: most are a different but defensible name (the
 * method that waited rather than the test).
 */
const KEYS_AGREEING_AT_LEAST = 225

describe.each(samples)('%s', (sample) => {
  const expected = JSON.parse(
    readFileSync(join(sample, 'expected.json'), 'utf8')
  ) as {
    reports: Record<string, unknown>
    tests: ExpectedTest[]
  }

  it('puts every non-passing test in exactly one cause of the intended category and key', async () => {
    const reportNames = Object.keys(expected.reports).filter((report) =>
      existsSync(join(sample, report))
    )
    const placedByReport = await Promise.all(
      reportNames.map(async (report) => {
        const { causes } = analyze([await readReport(join(sample, report))])
        return {
          report,
          placed: causes.flatMap((cause) =>
            cause.tests.map((test) => ({ test, cause }))
          )
        }
      })
    )
    const wrong: string[] = []
    for (const want of expected.tests) {
      expect(want.reportShows === undefined || want.why !== undefined).toBe(
        true
      )
      const name = want.name === '' ? `test ${want.number}` : want.name
      let seen = 0
      for (const { report, placed } of placedByReport) {
        if (want.report !== undefined && want.report !== report) continue
        const found = placed.filter(
          ({ test }) =>
            test.name === name ||
            `${test.classname} ${test.name}` === name ||
            test.name.endsWith(name)
        )
        if (found.length === 0) continue
        seen++
        // One cause per test in a report (jest-junit writes a suite that
        // failed to run twice, a rerun is the same test: one cause still).
        const causes = new Set(found.map((entry) => entry.cause))
        if (causes.size !== 1) {
          wrong.push(`${name} in ${report}: in ${causes.size} causes`)
          continue
        }
        const { cause } = found[0]
        const category = wanted(want, report)
        tally.tests++
        if (cause.category !== category) {
          wrong.push(
            `${name} in ${report}: want ${category}, got ${cause.category} (${cause.key})`
          )
          continue
        }
        tally.right++
        if (category === want.category && isInfrastructure(category)) {
          tally.keyed++
          // A timeout that names nothing but its budget is keyed by the
          // budget (one finding per budget), where fixtures may name the test.
          if (
            keysAgree(want.key, cause.key) ||
            (category === 'timeout' && /^test timeout \S/.test(cause.key))
          )
            tally.keysRight++
          else
            tally.keyMisses.push(
              `${sample} ${name} in ${report}: want key ${want.key}, got ${cause.key}`
            )
        }
      }
      expect({ name, seen: seen > 0 }).toEqual({ name, seen: true })
    }
    expect(wrong).toEqual([])
  })
})

describe('all fixtures', () => {
  it('prints the agreement figures', () => {
    process.stdout.write(
      `fixtures: ${tally.right} of ${tally.tests} test placements categorised right; ` +
        `keys: ${tally.keysRight} of ${tally.keyed} infrastructure keys agree\n` +
        tally.keyMisses.map((miss) => `  ${miss}\n`).join('')
    )
    expect(tally.right).toBe(tally.tests)
    expect(tally.keysRight).toBeGreaterThanOrEqual(KEYS_AGREEING_AT_LEAST)
  })
})
