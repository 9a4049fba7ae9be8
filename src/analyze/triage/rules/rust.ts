/** Rust: cargo test and cargo-nextest. */
import type { Rule } from '../rule.js'

export const RUST_RULES: Rule[] = [
  {
    id: 'rs.reqwest-refused',
    category: 'service-unavailable',
    // reqwest's Debug output spells the URL out as a struct: the host and
    // port it could not reach are fields of it.
    pattern:
      /\bhost: Some\((?:Domain|Ipv4|Ipv6)\("?(?<host>[^")\n]{1,200})"?\)\), port: Some\((?<port>\d{1,5})\)[^\n]{0,600}?(?:kind: ConnectionRefused|tcp connect error|Connection refused)/,
    needle: 'port: Some(',
    key: '{address}',
    hint: '{service} at `{host}:{port}` refused connections. Start it in CI before the tests.'
  },
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
    id: 'rs.env-var-named',
    category: 'missing-config',
    // `env::var("X").expect("X must be set")` panics with `X must be set: NotPresent`.
    pattern: /\b(?<var>[A-Z][A-Z0-9_]{1,100})\b[^\n]{0,100}?: NotPresent\b/,
    needle: 'NotPresent',
    key: '{var}',
    hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets.'
  },
  {
    id: 'rs.env-not-present',
    category: 'missing-config',
    pattern: /on an `Err` value: NotPresent|environment variable not found/,
    needle: ['NotPresent', 'environment variable not found'],
    key: 'environment variable',
    hint: 'A required environment variable is not set (the test source names it). Set it in the workflow `env:`.'
  },
  {
    id: 'rs.compile-file-not-found',
    category: 'build-failure',
    // rustc could not read a source file the crate compiles (a `#[path]`
    // module, an `include!`d `.rs`): the build is broken. A data file read by
    // `include_str!` is a missing fixture, the `os error 2` rule's.
    pattern:
      /^error: couldn't read [`"]?(?<path>[^`"\n]{1,300}\.rs)[`"]?: [^\n]{0,120}(?:\n {0,10}--> (?<file>[\w./-]{1,300}):\d)?/m,
    needle: "couldn't read",
    key: '{file}',
    hint: 'The crate did not compile: the source file `{path}` does not exist. Commit it or fix the module path.'
  },
  {
    id: 'rs.no-such-file',
    category: 'missing-fixture',
    // io::Error prints `No such file or directory (os error 2)` after the
    // path the caller named (`include_str!`, `fs::read_to_string(…).expect(…)`).
    pattern:
      /(?<![\w./~-])[`'"]?(?<path>[\w./~-]{1,300}?)[`'"]?: No such file or directory \(os error 2\)|kind: NotFound, message: "No such file or directory"/,
    needle: ['os error 2', 'kind: NotFound'],
    key: '{path}',
    hint: 'The test reads `{path}`, which does not exist in CI: commit the fixture file, generate it in a setup step, or fix the path (relative paths resolve from the crate root).'
  },
  {
    id: 'rs.permission-denied',
    category: 'permission-denied',
    // io::Error after the path the caller named, as `rs.no-such-file`.
    pattern:
      /(?<![\w./~-])[`'"]?(?<path>\/[\w./~-]{1,300}?)[`'"]?: (?:Permission denied \(os error 13\)|Os \{ code: 13, kind: PermissionDenied)|kind: PermissionDenied, message: "Permission denied"/,
    // `Os { code: 13, … }` is io::Error's Debug form, after the path the caller named.
    needle: ['os error 13', 'kind: PermissionDenied'],
    key: '{path}',
    hint: 'The runner may not write `{path}`. Use a temporary directory (`tempfile`, `env::temp_dir()`) or fix the ownership.'
  },
  {
    id: 'rs.tokio-elapsed',
    category: 'timeout',
    // tokio::time::timeout's error: `Elapsed(())` unwrapped, or its Display.
    pattern: /\bElapsed\(\(\)\)|\bdeadline has elapsed\b/,
    needle: ['Elapsed(())', 'deadline has elapsed'],
    key: '',
    hint: 'A `tokio::time::timeout` ran out, usually waiting on a dependency that is not there. Find the wait or raise the timeout.'
  },
  {
    id: 'rs.unresolved-import',
    category: 'missing-module',
    // rustc could not find a crate or module the code imports: a dependency
    // missing from Cargo.toml (or a feature not enabled).
    pattern:
      /^error\[E0432\]: unresolved import `(?<module>[\w:]{1,300})`|^error\[E0463\]: can't find crate for `(?<crate>\w{1,100})`/m,
    needle: ['unresolved import', "can't find crate"],
    key: '{module}{crate}',
    hint: '`{module}{crate}` cannot be imported, so the crate did not compile. Add the dependency (or its feature) to `Cargo.toml`, or fix the path.'
  },
  {
    id: 'rs.could-not-compile',
    category: 'build-failure',
    pattern: /error: could not compile `(?<crate>[\w-]{1,100})`/,
    needle: 'could not compile',
    key: '{crate}',
    hint: 'The crate `{crate}` or its tests did not compile, so none of its tests ran. Fix the first compiler error.'
  },
  {
    id: 'rs.compile-error',
    category: 'build-failure',
    pattern: /^error\[E(?<code>\d{4})\]: /m,
    needle: 'error[e',
    key: '',
    hint: 'The code did not compile (E{code}), so none of its tests ran. Fix the first compiler error.'
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
      /assertion `left [=!]= right` failed|assertion failed: |assertion failed!|note: test did not panic as expected|panic did not contain expected string/,
    needle: ['assertion', 'did not panic', 'panic did not contain'],
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
