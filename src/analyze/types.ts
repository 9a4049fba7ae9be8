/** What the analysis produces from the reports; the renderers read only this. */
import type { Rates, ReportFile, Totals } from '../model.js'
import type { GateResult, GateThresholds } from './gate.js'

export type CauseCategory =
  // infrastructure
  | 'missing-module'
  | 'missing-attribute'
  | 'missing-fixture'
  | 'service-unavailable'
  | 'timeout'
  | 'missing-config'
  | 'collection-error'
  | 'build-failure'
  | 'permission-denied'
  | 'resource-exhausted'
  // product
  | 'assertion'
  | 'crash'
  // other
  | 'skip-intentional'
  | 'unknown'

export interface CauseTest {
  suite: string
  classname: string
  name: string
  file: string | null
}

/** Many non-passing tests that share one root cause, as one finding. */
export interface Cause {
  category: CauseCategory
  infrastructure: boolean
  /** What the cause names: a module, `Class.method`, `host:port`, a variable. */
  key: string
  count: number
  tests: CauseTest[]
  /** One representative message, normalised. */
  message: string
  /** A few raw excerpts, bounded. */
  evidence: string[]
  /** What to do, one or two sentences. */
  hint: string
  /** What the source tree showed, or null when it was not consulted. */
  source: string | null
  /**
   * The one concrete action the source tree points to, or null (or absent)
   * when the tree was not consulted or showed nothing to act on; the hint is
   * the fallback then.
   */
  fix?: Fix | null
}

/** A remediation step grounded in the source tree. */
export interface Fix {
  /** One imperative sentence; names and paths in `code` spans. */
  action: string
  /** What doing it buys, e.g. "unblocks 5 tests". */
  payoff: string
  /** Tests it lets run or pass, counting call sites hidden behind skips. */
  unblocks: number
}

export interface SuiteSummary {
  name: string
  file: string | null
  /** The report file the suite came from. */
  report: string
  totals: Totals
  rates: Rates
}

export interface Analysis {
  reports: ReportFile[]
  totals: Totals
  rates: Rates
  suites: SuiteSummary[]
  causes: Cause[]
  gate: GateResult
  /** The thresholds the gate was evaluated against (the success criteria). */
  thresholds?: GateThresholds
  /** Refused files and parser warnings, one line each, naming the file. */
  warnings: string[]
}
