/** Go: go test through go-junit-report or gotestsum (the text is in the body). */
import type { Rule } from '../rule.js'

export const GO_RULES: Rule[] = [
  {
    id: 'go.no-required-module',
    category: 'missing-module',
    pattern: /no required module provides package (?<pkg>[^\s;]{1,300})/,
    needle: 'no required module provides package',
    key: '{pkg}',
    hint: '`{pkg}` is not in `go.mod`. Run `go get {pkg}` (or `go mod tidy`) and commit `go.mod` and `go.sum`.'
  },
  {
    id: 'go.cannot-find-package',
    category: 'missing-module',
    pattern:
      /cannot find package "(?<pkg>[^"\n]{1,300})"|missing go\.sum entry for module providing package (?<pkg2>[^\s;]{1,300})|package (?<pkg3>\S{1,300}) is not in (?:GOROOT|std)/,
    needle: 'package',
    key: '{pkg}{pkg2}{pkg3}',
    hint: 'Go cannot find the package. Run `go mod tidy` and commit `go.mod` and `go.sum`.'
  },
  {
    id: 'go.compile-error',
    category: 'build-failure',
    // The compiler's own diagnostics (`file.go:line:col: …`) other than a
    // missing name: tried before `undefined:` and `has no field or method`,
    // so a package that fails on a changed signature as well is a build
    // failure, and one that only misses a name is that name. Missing packages
    // above name a more specific cause. A `//go:embed` pattern that matches
    // no file is the compiler's file not found.
    pattern:
      /^(?:vet: )?(?<file>[\w./-]{1,300}\.go):\d{1,7}:\d{1,5}: (?:syntax error|cannot use|declared and not used|"[^"\n]{1,200}" imported and not used|too many arguments|not enough arguments|missing return|invalid operation|cannot convert|assignment mismatch|no new variables|[\w.]{1,200} redeclared|pattern [^\n:]{1,300}: no matching files found)/m,
    needle: '.go:',
    key: '{file}',
    hint: 'The package does not compile (`{file}`), so none of its tests ran. Fix the first compiler error.'
  },
  {
    id: 'go.no-field-or-method',
    category: 'missing-attribute',
    pattern:
      /\(type \*?(?<type>[\w.[\]]{1,200}) has no field or method (?<name>\w{1,200})/,
    needle: 'has no field or method',
    key: '{type}.{name}',
    hint: 'The code calls `{name}` on `{type}`, which does not define it. Add the method or update the callers.'
  },
  {
    id: 'go.undefined',
    category: 'missing-attribute',
    pattern: /\.go:\d{1,7}:\d{1,5}: undefined: (?<sym>[\w.]{1,200})/,
    needle: 'undefined:',
    key: '{sym}',
    hint: '`{sym}` is not defined: the helper or function was removed or renamed. Restore it or update the callers.'
  },
  {
    id: 'go.build-failed',
    category: 'build-failure',
    pattern:
      /^FAIL\s{1,20}(?<pkg>[\w./-]{1,300})\s{1,20}\[(?<stage>build|setup) failed\]|^go: (?:updates to go\.mod needed|inconsistent vendoring)/m,
    needle: ['failed]', 'go: '],
    key: '{pkg}',
    hint: 'The test binary was never built, so none of the package tests ran. Fix the first error above the `FAIL` line (a compiler, vet or `go.mod` error).'
  },
  {
    id: 'go.envconfig-required',
    category: 'missing-config',
    // kelseyhightower/envconfig.
    pattern: /required key (?<var>[A-Z][A-Z0-9_]{1,100}) missing value/,
    needle: 'missing value',
    key: '{var}',
    hint: 'The environment variable `{var}` is required and not set. Set it in the workflow `env:` or secrets.'
  },
  {
    id: 'go.viper-config-not-found',
    category: 'missing-config',
    // spf13/viper's ConfigFileNotFoundError.
    pattern: /Config File "(?<file>[^"\n]{1,200})" Not Found in "/,
    needle: 'Not Found in',
    key: '{file}',
    hint: 'Viper found no config file `{file}` on its search paths in CI. Commit a test config, set the path the tests read, or let the settings come from the environment.'
  },
  {
    id: 'go.timeout',
    category: 'timeout',
    // Go 1.21+ names the tests still running: they are what hung.
    pattern:
      /panic: test timed out after (?<budget>(?<dur>[\dhmsµn.]{1,30}))(?:\n\s{0,20}running tests:\n\s{0,20}(?<running>[^\s(]{1,300}))?/,
    needle: 'test timed out after',
    key: '{running}',
    hint: 'The test binary hung for {dur}, usually waiting on a dependency that is not there. Find the wait or set `-timeout`.'
  },
  {
    id: 'go.deadline-exceeded',
    category: 'timeout',
    // Go wraps errors as `Op: detail: cause`; the first segment names what timed out.
    pattern:
      /_test\.go:\d{1,7}: (?:(?<op>[\w.]{1,100}): )?[^\n]{0,300}?\bcontext deadline exceeded/,
    needle: 'context deadline exceeded',
    key: '{op}',
    hint: 'The call ran past its context deadline, usually waiting on a dependency that is not there. Start it before the tests or find the wait.'
  },
  {
    id: 'go.dial-refused',
    category: 'service-unavailable',
    pattern:
      /dial (?:tcp|udp)\d? (?<host>\[?[\w.:-]{1,200}?\]?):(?<port>\d{1,5}): (?:connect: )?(?<reason>connection refused|network is unreachable|connection timed out|i\/o timeout)/,
    needle: 'dial',
    key: '{address}',
    hint: '{service} at `{host}:{port}` is not reachable ({reason}). Start it in CI before the tests.'
  },
  {
    id: 'go.dial-unix',
    category: 'service-unavailable',
    pattern:
      /dial unix (?<socket>\S{1,300}): connect: (?:no such file or directory|connection refused)/,
    needle: 'dial unix',
    key: '{socket}',
    hint: 'Nothing listens on the socket `{socket}`. Start the service (or the Docker daemon) in CI.'
  },
  {
    id: 'go.dns',
    category: 'service-unavailable',
    pattern:
      /dial tcp: lookup (?<host>[\w.-]{1,200})(?: on \S{1,100})?: (?:no such host|server misbehaving|i\/o timeout)/,
    needle: 'lookup',
    key: '{host}',
    hint: '`{host}` does not resolve in CI. Use the service alias the CI network provides, or mock the call.'
  },
  {
    id: 'go.pgx-connect',
    category: 'service-unavailable',
    pattern:
      /failed to connect to `(?:host=)?(?<host>[^\s`]{1,200}) (?:user=\S{1,100} )?[^`\n]{0,200}`/,
    needle: 'failed to connect to',
    key: 'PostgreSQL',
    hint: 'PostgreSQL is not reachable. Add a postgres service with a health check and check the connection string.'
  },
  {
    id: 'go.out-of-memory',
    category: 'resource-exhausted',
    pattern: /fatal error: runtime: out of memory|signal: killed/,
    needle: ['out of memory', 'signal: killed'],
    key: 'out of memory',
    hint: 'The test process ran out of memory or was killed. Lower `-p`/`-parallel` or use a larger runner.'
  },
  // Product signatures.
  {
    id: 'go.nil-panic',
    category: 'crash',
    // The runtime's own panics, and any panic followed by its goroutine trace.
    pattern:
      /panic: (?<type>runtime error: [^\n[]{1,200}|assignment to entry in nil map|send on closed channel|close of (?:closed|nil) channel)|fatal error: (?<type2>concurrent map (?:writes|read and map write)|all goroutines are asleep - deadlock!)|panic: (?<type3>[^\n]{1,200})\n\s{0,4}\ngoroutine \d{1,9} \[running\]:/,
    needle: ['panic:', 'fatal error:'],
    key: '',
    hint: 'A panic in the code under test: {type}{type2}{type3}.'
  },
  {
    id: 'go.ginkgo-panicked',
    category: 'crash',
    pattern: /\[PANICKED!\] (?<type>[^\n]{0,200})/,
    needle: '[PANICKED!]',
    key: '',
    hint: 'A spec panicked in the code under test: {type}.'
  },
  {
    id: 'go.data-race',
    category: 'crash',
    // Go's race detector reports between `==================` banners and
    // fails the test that ran it: a concurrency bug in the code, whatever
    // else the test printed. (C++'s ThreadSanitizer is `cpp.sanitizer`.)
    pattern: /^WARNING: DATA RACE$|\brace detected during execution of test\b/m,
    needle: ['DATA RACE', 'race detected during'],
    key: 'data race',
    hint: 'The race detector saw two goroutines touch the same memory without synchronisation: the stacks it printed name both accesses.'
  },
  {
    id: 'go.mock-verification',
    category: 'assertion',
    // gomock: a call the test expected was never made, or one it did not expect was.
    pattern:
      /\bmissing call\(s\) to |\baborting test due to missing call\(s\)|\bUnexpected call to \*?[\w.]{1,200}\.\w{1,100}\(|\bhas already been called the max number of times|\bthere are no expected calls of the method/,
    needle: [
      'missing call(s)',
      'Unexpected call to',
      'max number of times',
      'no expected calls'
    ],
    key: '',
    hint: 'A call the test expects on a mock was not made as expected: look at the missing and unexpected calls.'
  },
  {
    id: 'go.assertion',
    category: 'assertion',
    // testify, `t.Errorf` got/want, and Gomega's `Expected\n    <int>: 404\nto equal`.
    pattern:
      /Error Trace:|Error:\s{1,20}Not equal|_test\.go:\d{1,7}: [^\n]{0,300}\b(?:got|want|expected|wanted)\b|(?:^|\n)(?:\[FAILED\] |\s{1,20})?Expected\n\s{1,40}<[^>\n]{1,200}>: [^\n]{0,2000}\n\s{0,20}(?:not )?to \w/,
    needle: ['Error Trace', 'Not equal', '_test.go', 'Expected'],
    key: '',
    hint: 'An expectation did not hold: look at the got and want values.'
  }
]
