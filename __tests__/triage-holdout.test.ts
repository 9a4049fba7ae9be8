/**
 * The held-out score: labelled messages written before the rules and never
 * tuned against. The floor is the figure measured on first contact; a rule
 * change may raise it, never lower it.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { readLabelled, score } from './triage/score.js'

const HOLDOUT = fileURLToPath(new URL('./triage/holdout.tsv', import.meta.url))
/** Measured the first time the held-out set was scored: 51 of 52. */
const FIRST_CONTACT_RIGHT = 51

describe('held-out labelled messages', () => {
  it('categorises at least as many as on first contact, and prints the score', () => {
    const results = score(readLabelled(HOLDOUT))
    const right = results.filter((r) => r.gotCategory === r.category)
    const misses = results
      .filter((r) => r.gotCategory !== r.category)
      .map(
        (r) =>
          `line ${r.line}: want ${r.category}, got ${r.gotCategory} (${r.gotKey})`
      )
    process.stdout.write(
      `held-out: ${right.length} of ${results.length} categorised right\n${misses.join('\n')}\n`
    )
    expect(results.length).toBeGreaterThanOrEqual(50)
    expect(right.length).toBeGreaterThanOrEqual(FIRST_CONTACT_RIGHT)
  })
})
