/**
 * The triage: every failed, errored or skipped test is classified, tests
 * that share a category and key become one cause, causes are ranked by how
 * many tests they block, and the source tree (when given) adds what it shows.
 */
import { ownString, type ReportFile, type Suite } from '../../model.js'
import type { Cause, CauseTest } from '../types.js'
import { isInfrastructure } from './catalog.js'
import { classify, forgetClassifications } from './classify.js'
import { describeSource, testPaths, type SourceTree } from './source.js'

export interface TriageOptions {
  /** The indexed source tree; without it every cause's `source` is null. */
  source?: SourceTree | null
}

/** Raw excerpts kept per cause. */
const EVIDENCE_PER_CAUSE = 3
/** Causes the source tree is consulted for (the biggest first). */
const SOURCE_LOOKUPS = 50

export function triage(
  reports: readonly ReportFile[],
  options: TriageOptions = {}
): Cause[] {
  const grouper = new CauseGrouper()
  const suites: Suite[] = []
  for (const report of reports) {
    if (report.error !== null) continue
    for (const suite of report.suites) {
      grouper.add(suite)
      suites.push(suite)
    }
  }
  return finishCauses(grouper.done(), suites, options.source ?? null)
}

/**
 * One cause while suites are still being added. Its tests are held as
 * positions (`members`), so that grouping needs nothing of a suite once it
 * has been added, and can run apart from the reports (triage-worker.ts).
 */
export interface CauseGroup {
  /** The cause, its `tests` still empty. */
  cause: Cause
  /** Per test: the suite's number in the order added, then its index in `cases`. */
  members: number[]
}

/**
 * Classifies the tests of each suite added and gathers those that share a
 * category and key, in the order added.
 */
export class CauseGrouper {
  // By category, then key: no joined id string to build and hash per test.
  private readonly byCategory = new Map<string, Map<string, CauseGroup>>()
  private readonly groups: CauseGroup[] = []
  private added = 0

  add(suite: Suite): void {
    const number = this.added++
    const { cases } = suite
    for (let index = 0; index < cases.length; index++) {
      const test = cases[index]
      if (test.status === 'passed') continue
      const found = classify(test, suite)
      let byKey = this.byCategory.get(found.category)
      if (byKey === undefined) {
        byKey = new Map()
        this.byCategory.set(found.category, byKey)
      }
      let group = byKey.get(found.key)
      if (group === undefined) {
        group = {
          cause: {
            category: found.category,
            infrastructure: isInfrastructure(found.category),
            key: ownString(found.key),
            count: 0,
            tests: [],
            message: ownString(found.message),
            evidence: [],
            hint: ownString(found.hint),
            source: null
          },
          members: []
        }
        byKey.set(found.key, group)
        this.groups.push(group)
      }
      group.members.push(number, index)
      group.cause.count++
      // The excerpt is worked out only while the cause still wants one.
      const { evidence } = group.cause
      if (evidence.length < EVIDENCE_PER_CAUSE) {
        const excerpt = found.evidence
        if (excerpt !== '' && !evidence.includes(excerpt)) {
          evidence.push(ownString(excerpt))
        }
      }
    }
  }

  /** The groups in order of first appearance. */
  done(): CauseGroup[] {
    // What was remembered per distinct failure text is only worth one run.
    forgetClassifications()
    return this.groups
  }
}

/**
 * Names each group's tests (`suites` in the order they were added), ranks
 * causes by tests blocked, and asks the source tree about the biggest.
 */
export function finishCauses(
  groups: CauseGroup[],
  suites: readonly Suite[],
  source: SourceTree | null
): Cause[] {
  const order = ranked(groups)
  const looked = source === null ? [] : order.slice(0, SOURCE_LOOKUPS)
  // Where tests live only matters when the source tree is consulted.
  const skippedFiles = new Set<string>()
  const sides = new Map<CauseGroup, Side>()
  for (const group of looked) {
    sides.set(group, { failed: 0, skipped: 0, files: new Set() })
  }
  for (const group of groups) {
    const side = sides.get(group)
    const tests: CauseTest[] = group.cause.tests
    const { members } = group
    for (let at = 0; at < members.length; at += 2) {
      const suite = suites[members[at]]
      const test = suite.cases[members[at + 1]]
      const entry: CauseTest = {
        suite: suite.name,
        classname: test.classname,
        name: test.name,
        file: test.file ?? suite.file
      }
      tests.push(entry)
      if (source === null) continue
      if (test.status === 'skipped') {
        for (const path of testPaths(entry)) skippedFiles.add(path)
        if (side) side.skipped++
      } else if (side) {
        side.failed++
        for (const path of testPaths(entry)) side.files.add(path)
      }
    }
  }
  if (source !== null) {
    for (const group of looked) {
      const side = sides.get(group) as Side
      group.cause.source = describeSource(source, group.cause, {
        failed: side.failed,
        skipped: side.skipped,
        failedFiles: side.files,
        skippedFiles
      })
    }
  }
  return order.map((group) => group.cause)
}

/** What the source lookup needs of a cause's tests. */
interface Side {
  failed: number
  skipped: number
  files: Set<string>
}

function ranked(groups: readonly CauseGroup[]): CauseGroup[] {
  // Ties are broken by the key's code units: stable across machines and
  // locales, and without the first-call cost of a collator (~7 ms).
  return [...groups].sort(
    (a, b) =>
      b.cause.count - a.cause.count ||
      Number(b.cause.infrastructure) - Number(a.cause.infrastructure) ||
      (a.cause.key < b.cause.key ? -1 : a.cause.key > b.cause.key ? 1 : 0)
  )
}
