/**
 * The triage: every failed, errored or skipped test is classified, tests
 * that share a category and key become one cause, causes are ranked by how
 * many tests they block, and the source tree (when given) adds what it shows.
 */
import { ownString, type ReportFile } from '../../model.js'
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

interface Group {
  cause: Cause
  /** Statuses seen, so the source can tell failures from skips. */
  failed: number
  skipped: number
  files: Set<string>
}

export function triage(
  reports: readonly ReportFile[],
  options: TriageOptions = {}
): Cause[] {
  // By category, then key: no joined id string to build and hash per test.
  const byCategory = new Map<string, Map<string, Group>>()
  const groups: Group[] = []
  const skippedFiles = new Set<string>()
  for (const report of reports) {
    if (report.error !== null) continue
    for (const suite of report.suites) {
      for (const test of suite.cases) {
        if (test.status === 'passed') continue
        const found = classify(test, suite)
        let byKey = byCategory.get(found.category)
        if (byKey === undefined) {
          byKey = new Map()
          byCategory.set(found.category, byKey)
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
            failed: 0,
            skipped: 0,
            files: new Set()
          }
          byKey.set(found.key, group)
          groups.push(group)
        }
        const entry: CauseTest = {
          suite: suite.name,
          classname: test.classname,
          name: test.name,
          file: test.file ?? suite.file
        }
        group.cause.tests.push(entry)
        group.cause.count++
        // Where tests live only matters when the source tree is consulted.
        if (test.status === 'skipped') {
          group.skipped++
          if (options.source)
            for (const path of testPaths(entry)) skippedFiles.add(path)
        } else {
          group.failed++
          if (options.source)
            for (const path of testPaths(entry)) group.files.add(path)
        }
        if (
          found.evidence !== '' &&
          group.cause.evidence.length < EVIDENCE_PER_CAUSE &&
          !group.cause.evidence.includes(found.evidence)
        ) {
          group.cause.evidence.push(ownString(found.evidence))
        }
      }
    }
  }
  // What was remembered per distinct failure text is only worth one run.
  forgetClassifications()
  // Ties are broken by the key's code units: stable across machines and
  // locales, and without the first-call cost of a collator (~7 ms).
  const ranked = groups.sort(
    (a, b) =>
      b.cause.count - a.cause.count ||
      Number(b.cause.infrastructure) - Number(a.cause.infrastructure) ||
      (a.cause.key < b.cause.key ? -1 : a.cause.key > b.cause.key ? 1 : 0)
  )
  if (options.source) {
    for (const group of ranked.slice(0, SOURCE_LOOKUPS)) {
      group.cause.source = describeSource(options.source, group.cause, {
        failed: group.failed,
        skipped: group.skipped,
        failedFiles: group.files,
        skippedFiles
      })
    }
  }
  return ranked.map((group) => group.cause)
}
