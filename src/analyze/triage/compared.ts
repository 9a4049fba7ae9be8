/**
 * Compared values: infrastructure wording inside the values an assertion
 * compared (`got: "connection refused"`) is data, not what stopped the test.
 */

/**
 * A line that shows compared values (`got: …`, `…, want "…"`, `+ actual`
 * (go-cmp indents its `-`/`+` lines: `+     "connection refused",`), `Expected: …`, XCTest's `XCTAssertEqual failed: ("…") is not equal to …`):
 * infrastructure wording inside it is data the test compared, not what
 * stopped the test. So are pytest's assert lines: the statement it shows
 * (`>       assert err == "connection refused"`), its `E   assert …` /
 * `E   AssertionError: assert …` line and the `E     - …` / `E     + …`
 * diff under it, where a quoted `No module named 'yaml'` is a value, not
 * the import that failed (pytest writes that one as `E   ModuleNotFoundError:`).
 */
const COMPARISON_LINE =
  /\b(?:got|want|wanted|expected|actual|received|but was)\b\s{0,20}[:=<]|, want\b|\bXCT\w{1,40} failed: |\bExpectation failed: |^\s{0,40}[+-]\s{1,10}['"`]|^#?\s{0,40}(?:got|expected|Expected|Received|Actual)\b|^[>E]?\s{0,40}(?:AssertionError: )?assert\s|^E\s{1,20}[+?-](?:\s|$)/i

/**
 * Headers under which frameworks print the compared values on indented lines
 * of their own: GoogleTest `Expected equality of these values:` / `Which is:`,
 * Catch2 `REQUIRE( … )` / `with expansion:`, AssertJ `Expecting actual:` / `to be equal to:`,
 * Rust `assertion `left == right` failed` (`left:`/`right:`), testify
 * `Not equal:`, PHPUnit `Failed asserting that` and its `--- Expected` diff,
 * Gomega `Expected` / `to equal` around `<type>: value` lines, doctest `values:`,
 * ExUnit's `code:` line (the assertion as written, before `left:`/`right:`),
 * go-cmp's `mismatch (-want +got):` above its diff, jest's `Expected pattern:` /
 * `Received string:` (a received string runs on over lines of its own; not
 * `Received message:`, which is what a call under `toThrow` really threw).
 */
const COMPARISON_HEADER =
  /^(?:\[FAILED\] |\s{0,40})Expected$|^\s{0,40}(?:not )?to [a-z]{1,20}(?: [a-z]{1,20}){0,3}$|^\s{0,40}values: |Expected equality of these values:|Which is: |Value of: |with expansion:|^\s{0,40}(?:REQUIRE|CHECK)(?:_[A-Z]{1,20})?\( |^\s{0,40}(?:Expecting(?: actual)?|to (?:be equal to|contain|match)|Expected|Actual|Which is|left|right):|assertion `left [=!]= right`|Not equal:|Failed asserting that|^--- Expected|^\s{0,40}[+-]'|^\s{0,40}code:\s{1,10}(?:assert|refute)\b|^\s{0,40}(?:Expected|Received) (?:string|substring|pattern|value):|\((?:-want \+got|-got \+want|-expected \+actual|-actual \+expected)\):/

/** How many lines above a value its comparison header may sit. */
const COMPARISON_BLOCK_LINES = 6

export function inComparedValue(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  const line = text.slice(
    start,
    Math.min(end === -1 ? text.length : end, start + 2_000)
  )
  if (COMPARISON_LINE.test(line) || COMPARISON_HEADER.test(line)) return true
  if (line.startsWith('    ') && inPytestSource(text, end)) return true
  // An indented value line belongs to the comparison header above it; an
  // unindented line (`connect 127.0.0.1:7313: Connection refused` after a
  // Catch2 CHECK) is output of its own.
  let lineStart = start
  let current = line
  for (let n = 0; n < COMPARISON_BLOCK_LINES && lineStart > 0; n++) {
    if (!/^\s/.test(current)) return false
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1
    current = text.slice(
      previousStart,
      Math.min(lineStart - 1, previousStart + 2_000)
    )
    if (COMPARISON_HEADER.test(current)) return true
    lineStart = previousStart
  }
  return false
}

/** How many lines pytest shows above the line it marks with `>`. */
const PYTEST_SOURCE_LINES = 20

/**
 * pytest shows the failing function's source above the line it marks
 * (`>       assert …`), each line indented: wording there is code the test
 * wrote (`fake.fail_with(ConnectionRefusedError(111, "Connection refused"))`),
 * not output. `lineEnd` is where the line in question ends; the lines after
 * it up to the `>` mark must all be indented source (or blank).
 */
function inPytestSource(text: string, lineEnd: number): boolean {
  if (lineEnd === -1) return false
  let start = lineEnd + 1
  for (let n = 0; n < PYTEST_SOURCE_LINES && start < text.length; n++) {
    const first = text[start]
    // pytest's mark is `>` then the line's indentation: three spaces or more.
    if (first === '>') return text.startsWith('   ', start + 1)
    if (first !== ' ' && first !== '\n') return false
    const end = text.indexOf('\n', start)
    if (end === -1) return false
    start = end + 1
  }
  return false
}
