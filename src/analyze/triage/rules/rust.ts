/** Rust: cargo test and cargo-nextest. */
import type { Rule } from '../rule.js'

export const RUST_RULES: Rule[] = [
  {
    id: 'rs.io-refused',
    category: 'service-unavailable',
    pattern:
      /kind: (?<kind>ConnectionRefused|TimedOut|AddrNotAvailable|ConnectionReset)|tcp connect error: Connection refused|Connection refused \(os error (?:111|61)\)/,
    needle: ['kind: ', 'Connection refused'],
    key: 'connection refused',
    hint: 'A service the tests need is not reachable. Start it in CI before the tests.'
  },
  {
    id: 'rs.sqlx-pool',
    category: 'service-unavailable',
    pattern: /pool timed out while waiting for an open connection/,
    needle: 'pool timed out',
    key: 'database connection pool',
    hint: 'No database connection could be opened: the database is unreachable or the pool is too small.'
  },
  {
    id: 'rs.env-not-present',
    category: 'missing-config',
    pattern: /on an `Err` value: NotPresent/,
    needle: 'NotPresent',
    key: 'environment variable',
    hint: 'A required environment variable is not set (the test source names it). Set it in the workflow `env:`.'
  },
  {
    id: 'rs.nextest-timeout',
    category: 'timeout',
    pattern:
      /^test timeout$|\bTIMEOUT\b|(?<!panic: )test timed out(?! after \d{1,12}ms)/m,
    needle: 'time',
    key: '',
    hint: 'Tests reached the nextest slow-timeout. Find what they wait on, or raise `slow-timeout`.'
  },
  {
    id: 'rs.abort',
    category: 'resource-exhausted',
    pattern: /^test abort$|memory allocation of \d{1,20} bytes failed/m,
    needle: ['test abort', 'memory allocation'],
    key: 'test process aborted',
    hint: 'The test process was killed by a signal (often out of memory).'
  },
  // Product signatures.
  {
    id: 'rs.assertion',
    category: 'assertion',
    pattern:
      /assertion `left [=!]= right` failed|assertion failed: |assertion failed!/,
    needle: 'assertion',
    key: '',
    hint: 'An expectation did not hold: look at the left and right values.'
  },
  {
    id: 'rs.panic',
    category: 'crash',
    pattern:
      /panicked at |called `(?:Option|Result)::unwrap\(\)` on an? `(?:None|Err)`/,
    needle: ['panicked at', 'unwrap()'],
    key: '',
    hint: 'A panic in the code under test.'
  }
]
