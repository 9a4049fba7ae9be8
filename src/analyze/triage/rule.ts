/**
 * The shape of one entry in the rule catalog. Rules are data: a pattern with
 * named captures, the key and hint as templates over those captures, and a
 * literal needle that must occur before the pattern is even tried (one
 * combined scan finds every needle, so most rules never run on most tests).
 */
import type { CauseCategory } from '../types.js'

/** Which results a rule is tried on. */
export type RuleScope = 'any' | 'failure' | 'skip'

/**
 * How sure the rule is that it names the cause:
 * - `type`: anchored on an exception type or a tool's fixed wording;
 * - `text`: free-text heuristics, tried only when no `type` rule matched.
 */
export type RuleTier = 'type' | 'text'

/**
 * Named refinements a rule can ask for, implemented once in `classify.ts`:
 * - `helper`: keep the category only when the missing name or its owner looks
 *   like test code (a helper, fixture, test class); otherwise it is a `crash`
 *   in product code.
 * - `env`: keep the category only when the trace shows an environment lookup
 *   (`os.environ`, `ENV.fetch`, `process.env`); otherwise a `crash`.
 */
export type Refinement = 'helper' | 'env'

export interface Rule {
  /** Stable id: `<ecosystem>.<what>`, e.g. `py.module-not-found`. */
  id: string
  category: CauseCategory
  /**
   * Must be linear: no nested quantifiers, no unbounded repetition of groups
   * that can match the same text two ways. Named groups feed `key` and `hint`.
   */
  pattern: RegExp
  /**
   * A literal (or several: any of them) that occurs in every text the pattern
   * matches, compared without case. It is what makes the catalog cheap on
   * 20,000 failures. `''` means always tried: only for short skip reasons.
   */
  needle: string | string[]
  /** Key template over the captures, e.g. `{cls}.{attr}`; `{service}` and `{top}` are derived. */
  key: string
  /** What to do, one or two sentences; same templates as `key`, plus `{count}`. */
  hint: string
  scope?: RuleScope
  tier?: RuleTier
  refine?: Refinement
  /**
   * Tried with the assertion rules, before them, when a failure reads as an
   * assertion: an assertion whose own words say what is missing (jest's
   * snapshot that a CI run may not write).
   */
  beforeAssertions?: boolean
}
