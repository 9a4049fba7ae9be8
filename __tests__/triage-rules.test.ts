/**
 * The rule catalog: every rule has a labelled line and that line is decided by
 * it; the negatives stay product failures; every regex stays linear.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { emptyCase, type Suite, type TestStatus } from '../src/model.js'
import { classify } from '../src/analyze/triage/classify.js'
import { RULE_TABLES } from '../src/analyze/triage/catalog.js'
import { readLabelled, score } from './triage/score.js'

const RULES_FILE = fileURLToPath(new URL('./triage/rules.tsv', import.meta.url))
const NEGATIVES_FILE = fileURLToPath(
  new URL('./triage/negatives.tsv', import.meta.url)
)
const lines = readFileSync(RULES_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [rule, status, ...rest] = line.split('\t')
    return {
      rule,
      status: status as TestStatus,
      message: rest.join('\t').replace(/\\n/g, '\n')
    }
  })
const allRules = Object.values(RULE_TABLES).flat()

describe('rule catalog', () => {
  it('has unique ids, and every rule keeps a needle or is a skip rule', () => {
    const ids = allRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    const alwaysTried = allRules
      .filter((rule) =>
        (Array.isArray(rule.needle) ? rule.needle : [rule.needle]).every(
          (n) => n === ''
        )
      )
      .map((rule) => `${rule.id}: ${rule.scope ?? 'any'}`)
    expect(alwaysTried.filter((entry) => !entry.endsWith(': skip'))).toEqual([])
  })

  it.each(lines)(
    '$rule decides its labelled line',
    ({ rule, status, message }) => {
      const test = emptyCase('t', 'c')
      test.status = status
      test.message = message
      const suite: Suite = {
        name: 's',
        file: null,
        passed: 0,
        cases: [test],
        systemOut: null,
        systemErr: null
      }
      const found = classify(test, suite)
      const expected = allRules.find((r) => r.id === rule)
      expect(expected).toBeDefined()
      expect({ rule: found.rule, category: found.category }).toEqual({
        rule,
        category: expected?.category
      })
    }
  )

  it('has a labelled line for every rule (adding a rule is one entry plus one line)', () => {
    const covered = new Set(lines.map((line) => line.rule))
    process.stdout.write(
      `rules with a labelled line: ${covered.size} of ${allRules.length}\n`
    )
    expect(
      allRules.map((rule) => rule.id).filter((id) => !covered.has(id))
    ).toEqual([])
    // A line naming a rule that no longer exists is stale.
    expect(
      [...covered].filter((id) => !allRules.some((r) => r.id === id))
    ).toEqual([])
  })

  it('keeps the negatives product failures and the plain skips intentional', () => {
    const results = score(readLabelled(NEGATIVES_FILE))
    expect(results.length).toBeGreaterThanOrEqual(15)
    const wrong = results
      .filter((r) => r.gotCategory !== r.category)
      .map(
        (r) =>
          `line ${r.line}: want ${r.category}, got ${r.gotCategory} by ${r.rule}`
      )
    expect(wrong).toEqual([])
  })

  it('returns on pathological input for every rule (linear patterns)', () => {
    const attacks = [
      'a'.repeat(50_000),
      ' '.repeat(50_000),
      '1.'.repeat(25_000),
      `${'x:'.repeat(25_000)}`,
      `'${'a'.repeat(50_000)}`
    ]
    for (const rule of allRules) {
      for (const attack of attacks) expect(rule.pattern.exec(attack)).toBeNull()
    }
  })
})
