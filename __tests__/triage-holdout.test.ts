/**
 * The held-out scores: labelled messages written before the rules they are
 * scored with, and never tuned against. Each floor is the figure measured on
 * first contact; a rule change may raise a score, never lower it.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { keysAgree, readLabelled, score } from './triage/score.js'

const held = (name: string): string =>
  fileURLToPath(new URL(`./triage/${name}`, import.meta.url))

/** [file, lines it must hold at least, right on first contact]. */
const HELD_OUT_SETS: ReadonlyArray<[string, number, number]> = [
  // Scored the first time: 51 of 52.
  ['holdout.tsv', 50, 51],
  // Scored the first time, before any rule was changed against it: 33 of 37.
  ['holdout-2.tsv', 37, 33],
  // Scored the first time, before any rule was changed against it: 106 of
  // 126. Since then a tuning set: 125 of 126 (the miss, an NUnit OneTimeSetUp
  // that threw InvalidOperationException, is labelled collection-error; setup
  // code that fails on no infrastructure cause is a crash by design).
  ['holdout-3.tsv', 126, 125],
  // Written without sight of the rules, scored the first time after the rule
  // round that followed holdout-3: 119 of 127. Since then a tuning set: 127
  // of 127.
  ['holdout-4.tsv', 127, 127],
  // Written without sight of the rules, scored the first time after the
  // second rule round: 116 of 130. Since then a tuning set: 129 of 130 (the
  // miss, a bare node:test "cancelled by its parent", is labelled unknown;
  // the node-test fixture's junit report, which carries the same words,
  // expects collection-error).
  ['holdout-5.tsv', 130, 129],
  // Written without sight of the rules, scored the first time after the
  // third rule round: 126 of 132. Since then a tuning set: 132 of 132.
  ['holdout-6.tsv', 132, 132],
  // Written without sight of the rules, scored the first time with the rules
  // as they stood after the third round: 117 of 135. Most misses were in
  // ecosystems the catalog had barely seen (ExUnit, XCTest, Dart, ScalaTest);
  // the fourth round covered them as classes. Since then a tuning set: 135
  // of 135.
  ['holdout-7.tsv', 135, 135],
  // Written without sight of the rules, weighted like real CI traffic,
  // scored the first time after the fourth rule round: 127 of 139. The fifth
  // round covered its misses as classes (load and link errors, descriptors,
  // refusals behind timeouts and inside diffs). Since then a tuning set: 139
  // of 139.
  ['holdout-8.tsv', 139, 139],
  // Written without sight of the rules, weighted like real CI traffic,
  // scored the first time after the fifth rule round: 125 of 134. The sixth
  // round covered its misses as classes (missing config files and keys in
  // every ecosystem, mock verifications and C++ failure headers as
  // assertions, pytest's assert lines as compared values, a test worker
  // that exited). Since then a tuning set: 134 of 134.
  ['holdout-9.tsv', 134, 134],
  // Written without sight of the rules, weighted like real CI traffic,
  // scored the first time after the sixth rule round: 131 of 136 (96.3%).
  // The seventh round covered its misses as classes (fixture files of the
  // test runners, unset variables as test output words them, extension
  // requirements in skips, a project's own header missing as a build
  // failure, PHP engine errors under a test-name line). Since then a tuning
  // set: 136 of 136.
  ['holdout-10.tsv', 136, 136],
  // Written without sight of the rules, weighted like real CI traffic,
  // scored the first time after the seventh rule round: 126 of 137 (92.0%).
  // The eighth round covered its misses as classes (a pytest module frame
  // and vitest's `FAIL file [ file ]` as a file that did not load, the
  // source pytest shows above its mark as code, Docker clients refused the
  // socket, actor asks, Go's race report behind its banners, a refusal
  // behind testify's NoError deadline, PHPUnit 10's class-not-in-file, a
  // located Swift compiler error, a Dart import that could not be read).
  // Since then a tuning set: 137 of 137.
  ['holdout-11.tsv', 137, 137],
  // Written without sight of the rules, weighted like real CI traffic,
  // scored the first time after the eighth rule round: 133 of 138 (96.4%).
  ['holdout-12.tsv', 138, 133],
  // Quoted from public issue threads (101 of 139 lines; the rest written
  // from knowledge), written without sight of the rules, scored the first
  // time after the ninth rule round: 119 of 139 (85.6%).
  ['holdout-13.tsv', 139, 119]
]

describe.each(HELD_OUT_SETS)('held-out set %s', (file, size, floor) => {
  it('categorises at least as many as on first contact, and prints the score', () => {
    const results = score(readLabelled(held(file)))
    const right = results.filter((r) => r.gotCategory === r.category)
    const misses = results
      .filter((r) => r.gotCategory !== r.category)
      .map(
        (r) =>
          `line ${r.line}: want ${r.category}, got ${r.gotCategory} (${r.gotKey})`
      )
    // Keys are printed, not pinned: a label of `-` accepts any key.
    const keyed = right.filter((r) => r.key !== '-')
    const keyMisses = keyed
      .filter((r) => !keysAgree(r.key, r.gotKey))
      .map((r) => `line ${r.line}: want key ${r.key}, got ${r.gotKey}`)
    process.stdout.write(
      `${file}: ${right.length} of ${results.length} categorised right; keys: ${keyed.length - keyMisses.length} of ${keyed.length} agree\n${[...misses, ...keyMisses].join('\n')}\n`
    )
    expect(results.length).toBeGreaterThanOrEqual(size)
    expect(right.length).toBeGreaterThanOrEqual(floor)
  })
})
