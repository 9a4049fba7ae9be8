/** JavaScript and TypeScript: node, jest, vitest, mocha, ts-jest. */
import type { Rule } from '../rule.js'

export const JAVASCRIPT_RULES: Rule[] = [
  {
    id: 'js.snapshot-not-written',
    category: 'missing-fixture',
    // jest does not write a missing snapshot under `--ci` (the default on
    // CI): the snapshot the test compares against was never committed.
    pattern:
      /\bNew snapshot was not written\. The update flag must be explicitly passed to write a new snapshot\b/,
    needle: 'New snapshot was not written',
    key: 'snapshots not written in CI',
    hint: 'Snapshots these tests compare against were never committed, and CI does not write them. Run the tests locally with `-u` and commit the snapshot files.',
    beforeAssertions: true
  },
  {
    id: 'js.transform-failed',
    category: 'collection-error',
    // esbuild (vite, vitest, tsx) could not compile a test file or what it
    // imports: a syntax error, so the file never ran.
    pattern:
      /\bTransform failed with \d{1,5} errors?:\n(?<path>[^\n:]{1,300}):\d{1,7}:\d{1,5}: ERROR: /,
    needle: 'Transform failed with',
    key: '{path}',
    hint: '`{path}` does not compile (esbuild stopped on a syntax error), so its tests never ran. Fix the error at the line shown.'
  },
  {
    id: 'js.ts2307',
    category: 'missing-module',
    pattern: /TS2307: Cannot find module '(?<module>[^'\n]{1,300})'/,
    needle: 'TS2307',
    key: '{module}',
    hint: 'TypeScript cannot find `{module}`. Install it (and its `@types` package) or fix the path.'
  },
  {
    id: 'js.cannot-find-module-from',
    category: 'missing-module',
    pattern:
      /Cannot find module '(?<module>[^'\n]{1,300})' from '(?<from>[^'\n]{1,300})'/,
    needle: 'Cannot find module',
    key: '{module}',
    hint: '`{from}` imports `{module}`, which does not resolve. A relative path means the file moved or was renamed; a package name means it is missing from `package.json` or was not installed (`npm ci`).'
  },
  {
    id: 'js.cannot-find-module',
    category: 'missing-module',
    pattern: /Cannot find (?:module|package) '(?<module>[^'\n]{1,300})'/,
    needle: 'Cannot find',
    key: '{module}',
    hint: '`{module}` does not resolve. Add it to `package.json` and install it, or fix the path if it is a file of this repository.'
  },
  {
    id: 'js.vite-failed-to-resolve',
    category: 'missing-module',
    pattern:
      /Failed to resolve import "(?<module>[^"\n]{1,300})" from "(?<from>[^"\n]{1,300})"/,
    needle: 'Failed to resolve import',
    key: '{module}',
    hint: '`{from}` imports `{module}`, which does not resolve. Check that the file exists and the `resolve.alias` configuration.'
  },
  {
    id: 'js.module-mapper',
    category: 'missing-config',
    pattern: /Could not locate module (?<module>\S{1,300}) mapped as/,
    needle: 'Could not locate module',
    key: 'moduleNameMapper {module}',
    hint: 'The jest `moduleNameMapper` entry for `{module}` points nowhere. Fix the mapping or the tsconfig paths.'
  },
  {
    id: 'js.esm-missing-export',
    category: 'missing-attribute',
    // An ES module imports a name its target does not export, in each
    // engine's words: Node, Bun and WebKit, esbuild (vite), Rollup.
    pattern:
      /The requested module '(?<module>[^'\n]{1,300})' does not provide an export named '(?<member>[\w$]{1,200})'|\bExport named '(?<member2>[\w$]{1,200})' not found in module '(?<module2>[^'\n]{1,300})'|\bImporting binding name '(?<member3>[\w$]{1,200})' is not found|No matching export in "(?<module4>[^"\n]{1,300})" for import "(?<member4>[\w$]{1,200})"|"(?<member5>[\w$]{1,200})" is not exported by "(?<module5>[^"\n]{1,300})"/,
    // Bun's and WebKit's shapes share the catalog's `not found`: every new
    // needle lengthens the scan every failure goes through.
    needle: [
      'does not provide an export named',
      'not found',
      'No matching export in',
      'is not exported by'
    ],
    key: '{module}.{member}',
    hint: '`{module}` does not export `{member}`: it was renamed or removed. Restore the export or update the import.'
  },
  {
    id: 'js.esm-interop',
    category: 'collection-error',
    // Node could not link a test file because of how a module is packaged,
    // not because a name is missing: `require()` of an ES module, a named
    // import from CommonJS, an extension no loader is registered for.
    pattern:
      /\brequire\(\) of ES Module [^\s]{0,300}?\/node_modules\/(?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,100})\/|\brequire\(\) of ES Module (?<path>[^\s]{1,300}) from |Named export '[\w$]{1,200}' not found\. The requested module '(?<module2>[^'\n]{1,300})' is a CommonJS module|\[ERR_UNKNOWN_FILE_EXTENSION\]: Unknown file extension "(?<ext>\.[\w]{1,10})" for (?<path2>[^\s]{1,300})/,
    needle: ['require() of ES Module', 'not found', 'extension'],
    key: '{module}{path}',
    hint: 'Node could not load the test file: `{module}{path}` is packaged as the other module system, or no loader handles its extension. Use a dynamic `import()` or the default import, or register the loader (`tsx`, `ts-node/esm`) or transform it.'
  },
  {
    id: 'js.package-path-not-exported',
    category: 'missing-module',
    // The package is installed but its `exports` map has no such entry:
    // usually a major upgrade that closed a deep import.
    pattern:
      /Package subpath '(?:\.\/)?(?<sub>[^'\n]{1,200})' is not defined by "exports" in [^\s]{0,300}?node_modules\/(?<pkg>(?:@[\w.-]{1,100}\/)?[\w.-]{1,100})\/package\.json/,
    needle: 'is not defined',
    key: '{pkg}/{sub}',
    hint: '`{pkg}` does not export the subpath `{sub}` (its `exports` map has no such entry). Import what the package exports now, or pin the version the test was written for.'
  },
  {
    id: 'js.no-tests-in-file',
    category: 'collection-error',
    // The file loaded but declared no tests: vitest names it, jest says it
    // under `Test suite failed to run`.
    pattern:
      /\bNo test suite found in file (?<path>[^\s]{1,300})|Your test suite must contain at least one test\./,
    needle: ['No test suite found in file', 'must contain at least one test'],
    key: '{path}',
    hint: 'The test file declared no tests, so it ran nothing: a `describe`/`it` left out, tests behind a condition that is false in CI, or a file the test glob picks up by mistake.'
  },
  {
    id: 'js.ts-missing-types',
    category: 'missing-module',
    // The compiler names the type package a test runner's globals or a
    // `types` entry need: it is not installed, not a type error of the tests.
    pattern:
      /error TS(?:2582|2593|2867|2868): Cannot find name '[\w$]{1,100}'\. Do you need to install type definitions for [^?\n]{1,100}\? Try `npm i --save-dev (?<module>@types\/[\w.-]{1,100})`|error TS2688: Cannot find type definition file for '(?<types>[^'\n]{1,200})'/,
    // Both shapes contain the compiler's `error TS`: no needle of their own.
    needle: 'error TS',
    key: '{module}{types}',
    hint: 'The type definitions `{module}{types}` are not installed, so the tests do not compile. Add the `@types` package to `devDependencies` or fix `types` in `tsconfig.json`.'
  },
  {
    id: 'js.ts-compile-error',
    category: 'build-failure',
    // A TypeScript diagnostic (ts-jest, vitest typecheck, tsc) that is not a
    // missing module or member: the test code did not compile. Tried before
    // the missing-member rules, so a file that also fails on a changed
    // signature is a build failure, and one that only misses a name is that
    // name (as Go's compiler errors are read).
    pattern:
      /(?:(?<file>[\w./\\@-]{1,300}\.[cm]?tsx?)[:(]\d{1,7}[:,]\d{1,5}(?:\): | - ))?error TS(?<code>(?!(?:2305|2307|2339|2551|2614|2724|2792)\b)\d{4,5}): /,
    needle: 'error TS',
    key: '{file}',
    hint: 'The TypeScript of the tests or the code they import does not compile (TS{code}), so none of their tests ran. Fix the first type error.'
  },
  {
    id: 'js.ts-no-exported-member',
    category: 'missing-attribute',
    pattern:
      /Module '"(?<module>[^"\n]{1,300})"' has no exported member '(?<member>[\w$]{1,200})'/,
    needle: 'has no exported member',
    key: '{module}.{member}',
    hint: '`{module}` does not export `{member}`: it was renamed or removed. Restore the export or update the import.'
  },
  {
    id: 'js.ts-property-missing',
    category: 'missing-attribute',
    pattern:
      /Property '(?<prop>[\w$]{1,200})' does not exist on type '(?<type>[^'\n]{1,300})'/,
    needle: 'does not exist on type',
    key: '{type}.{prop}',
    hint: '`{prop}` does not exist on `{type}`: the helper or API was renamed. Update the test or restore the member.'
  },
  {
    id: 'js.import-not-a-function',
    category: 'missing-attribute',
    // The Babel/TypeScript interop form: `(0 , _module.name) is not a function`
    // means the import itself is undefined, i.e. the export does not exist.
    pattern:
      /\(0 ?, ?_?(?<obj>[\w$]{1,200})\.(?<fn>[\w$]{1,200})\) is not a function/,
    needle: 'is not a function',
    key: '{fn}',
    hint: '`{fn}` is not exported by the module the test imports it from (missing or renamed). Export it or fix the import.'
  },
  {
    id: 'js.member-not-a-function',
    category: 'missing-attribute',
    pattern:
      /(?<![\w$.])(?<obj>[\w$]{1,200})\.(?<fn>[\w$]{1,200}) is not a function/,
    needle: 'is not a function',
    key: '{obj}.{fn}',
    hint: '`{obj}.{fn}` does not exist. Add the helper or update the callers.',
    refine: 'helper'
  },
  {
    id: 'js.env-var-lib',
    category: 'missing-config',
    // env-var, envalid and t3-env/zod report a variable the process lacks.
    pattern:
      /env-var: "(?<var>[A-Za-z_][\w]{1,100})" is a required variable|Missing environment variables?:\s{1,40}(?<var2>[A-Z][A-Z0-9_]{1,100}):|Invalid environment variables:?\s{0,20}\{?\s{0,20}(?<var3>[A-Z][A-Z0-9_]{1,100}):/,
    needle: ['env-var:', 'environment variable'],
    key: '{var}',
    hint: 'The environment variable `{var}` is required and not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
  },
  {
    id: 'js.config-property-missing',
    category: 'missing-config',
    // The `config` package: a property no file for this NODE_ENV defines;
    // dotenv-safe: variables the example file lists that are not set.
    pattern:
      /Configuration property "(?<prop>[^"\n]{1,200})" is not defined|MissingEnvVarsError: The following variables were defined in [^\n]{1,200} but are not present in the environment:\s{0,20}(?<var>[A-Z][A-Z0-9_]{1,100})/,
    needle: ['Configuration property', 'MissingEnvVarsError'],
    key: '{prop}{var}',
    hint: 'The configuration value `{prop}{var}` is not set for the tests. Add it to the test config file (`config/test.json`) or the environment.'
  },
  {
    id: 'js.econnrefused',
    category: 'service-unavailable',
    pattern:
      /(?:connect )?ECONNREFUSED (?<host>\[?[\da-fA-F:.]{1,60}\]?):(?<port>\d{1,5})/,
    needle: 'ECONNREFUSED',
    key: '{address}',
    hint: 'Nothing listens on `{host}:{port}` ({service}). Start it in CI before the tests; on Node 20+ also check `localhost` versus `127.0.0.1`.'
  },
  {
    id: 'js.econnrefused-bare',
    category: 'service-unavailable',
    // Ruby's `Errno::ECONNREFUSED` is the Ruby rules' (they read the address).
    pattern: /(?<!Errno::)\bECONNREFUSED\b/,
    needle: 'ECONNREFUSED',
    key: 'connection refused',
    hint: 'A service the tests need refused connections. Start it in CI before the tests.'
  },
  {
    id: 'js.etimedout',
    category: 'service-unavailable',
    pattern: /connect ETIMEDOUT (?<host>[\da-fA-F:.]{1,60}):(?<port>\d{1,5})/,
    needle: 'ETIMEDOUT',
    key: '{address}',
    hint: 'Connecting to `{host}:{port}` ({service}) timed out: a firewall, missing egress or a service that is not up.'
  },
  {
    id: 'js.getaddrinfo',
    category: 'service-unavailable',
    pattern: /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,200})/,
    needle: 'getaddrinfo',
    key: '{host}',
    hint: '`{host}` does not resolve in CI. Use the service alias the CI network provides, or mock the call.'
  },
  {
    id: 'js.connection-reset',
    category: 'service-unavailable',
    pattern: /\bread ECONNRESET\b|\bsocket hang up\b|TypeError: fetch failed/,
    needle: ['ECONNRESET', 'socket hang up', 'fetch failed'],
    key: 'connection reset',
    hint: 'A connection to a dependency was dropped. Check that the service is healthy before the tests start.'
  },
  {
    id: 'js.jest-timeout',
    category: 'timeout',
    pattern:
      /Exceeded timeout of (?<budget>(?<ms>[\d.]{1,12}) ?m?s) for a (?<what>test|hook)/,
    needle: 'Exceeded timeout of',
    key: '',
    hint: 'Tests exceeded the {ms} ms {what} timeout, often while waiting on a service that is not there. Otherwise raise it per test or with `testTimeout`.'
  },
  {
    id: 'js.jest-async-timeout',
    category: 'timeout',
    pattern:
      /Async callback was not invoked within the (?<budget>(?<ms>\d{1,12}) ?ms) timeout/,
    needle: 'Async callback was not invoked',
    key: '',
    hint: 'Tests exceeded the {ms} ms timeout. Find what they wait on, or raise the timeout.'
  },
  {
    id: 'js.vitest-timeout',
    category: 'timeout',
    pattern: /(?<what>Test|Hook) timed out in (?<budget>(?<ms>\d{1,12})ms)/,
    needle: 'timed out in',
    key: '',
    hint: 'A {what} exceeded {ms} ms, often while waiting on a service that is not there. Otherwise raise `testTimeout`/`hookTimeout`.'
  },
  {
    id: 'js.mocha-timeout',
    category: 'timeout',
    pattern: /Timeout of (?<budget>(?<ms>\d{1,12})ms) exceeded/,
    needle: 'Timeout of',
    key: '',
    hint: 'Tests exceeded the {ms} ms mocha timeout: a callback or promise never settled. Find what they wait on, or raise `this.timeout()`.'
  },
  {
    id: 'js.playwright-timeout',
    category: 'timeout',
    pattern:
      /\b(?<what>Test|hook|[Ff]ixture "[^"\n]{1,100}"|teardown) timeout of (?<budget>(?<ms>\d{1,12})ms) exceeded/,
    needle: 'timeout of',
    key: '',
    hint: 'A Playwright {what} ran past its {ms} ms timeout, usually waiting for a page or service that never answered. Find the wait or raise `timeout`.'
  },
  {
    id: 'js.node-test-timeout',
    category: 'timeout',
    // node:test; Go's `panic: test timed out after` is go.timeout.
    pattern:
      /(?<!panic: |\(ExUnit\.TimeoutError\) )\btest timed out after (?<budget>\d{1,12}ms)/,
    needle: 'test timed out after',
    key: '',
    hint: 'The test exceeded its {budget} `timeout` option, often while waiting on a service that is not there. Find the wait or raise the timeout.'
  },
  {
    id: 'js.node-test-cancelled',
    category: 'collection-error',
    // node:test cancels the tests of a suite whose hook failed; the junit
    // reporter leaves the hook's error out, so the suite is what failed.
    pattern: /test did not finish before its parent and was cancelled/,
    needle: 'did not finish before its parent',
    key: '',
    hint: "The suite around these tests failed (usually its `before` hook) and node:test cancelled them. Read the suite's error in the TAP or spec output."
  },
  {
    id: 'js.jest-worker',
    category: 'resource-exhausted',
    pattern: /Jest worker encountered \d{1,6} child process exceptions/,
    needle: 'Jest worker encountered',
    key: 'jest workers crashed',
    hint: 'Jest workers crashed, usually out of memory. Use `--maxWorkers=50%` or `--workerIdleMemoryLimit`, or a larger runner.'
  },
  {
    id: 'js.heap-out-of-memory',
    category: 'resource-exhausted',
    pattern: /JavaScript heap out of memory/,
    needle: 'heap out of memory',
    key: 'out of memory',
    hint: 'Node ran out of heap. Raise `--max-old-space-size` or shard the tests.'
  },
  {
    id: 'js.vitest-worker',
    category: 'resource-exhausted',
    pattern: /\[vitest-worker\]: Timeout calling "(?<method>[^"\n]{1,100})"/,
    needle: 'vitest-worker',
    key: 'vitest worker',
    hint: 'A vitest worker stopped answering (overloaded runner). Reduce the number of workers.'
  },
  {
    id: 'js.playwright-browser',
    category: 'missing-module',
    pattern: /Executable doesn't exist at (?<path>\S{1,300})/,
    needle: "Executable doesn't exist",
    key: 'playwright browsers',
    hint: 'The Playwright browsers are not installed: run `npx playwright install --with-deps` in CI.'
  },
  {
    id: 'js.playwright-unknown-fixture',
    category: 'missing-fixture',
    // A test or fixture destructures a fixture no `test.extend` defines: the
    // spec imports the base `test` instead of the extended one, or the
    // fixture was renamed.
    pattern:
      /\b(?:Test|Fixture "(?<parent>[^"\n]{1,100})") has unknown parameter "(?<fixture>[^"\n]{1,100})"/,
    needle: 'has unknown parameter',
    key: '{fixture}',
    hint: 'No fixture named `{fixture}` is defined for this test. Import `test` from the file that extends it with `{fixture}`, or fix the name.'
  },
  {
    id: 'js.playwright-host-deps',
    category: 'missing-module',
    pattern: /Host system is missing dependencies to run browsers/,
    needle: 'Host system is missing dependencies',
    key: 'playwright browser dependencies',
    hint: 'The runner lacks the system libraries the Playwright browsers need: run `npx playwright install --with-deps` in CI.'
  },
  {
    id: 'js.playwright-webserver-timeout',
    category: 'timeout',
    pattern: /Timed out waiting (?<budget>\d{1,12}ms) from config\.webServer/,
    needle: 'from config.webServer',
    key: 'webServer',
    hint: 'The application under test did not answer within {budget} of starting (`webServer`). Check that it starts in CI and listens on the configured `url` or `port`.'
  },
  {
    id: 'js.cypress-file-missing',
    category: 'missing-fixture',
    // `cy.fixture()` lists the paths it tried (the first is the name the test
    // wrote, under the fixtures folder); `cy.readFile()` and `cy.selectFile()`
    // print the one path. Tried before the retry timeout the message opens with.
    pattern:
      /A fixture file could not be found at any of the following paths:[ \t]{0,10}\n{1,4}[ \t]{0,10}> (?:cypress\/fixtures\/)?(?<fixture>[^\s]{1,300})|failed because the file does not exist at the following path:[ \t]{0,10}\n{1,4}[ \t]{0,10}(?<path>[^\s]{1,300})/,
    needle: ['A fixture file could not be found', 'file does not exist at'],
    key: '{fixture}{path}',
    hint: 'The Cypress spec reads `{fixture}{path}`, which does not exist in CI: commit the fixture file, generate it before the run, or fix the name.'
  },
  {
    id: 'js.cypress-visit',
    category: 'service-unavailable',
    // cy.visit/cy.request got no response at all (a 4xx/5xx response is the
    // page answering, not this).
    pattern:
      /cy\.(?:visit|request)\(\)`? failed trying to load:[\s\S]{0,600}?(?:the request failed without a response|We received this error at the network level)/,
    needle: 'failed trying to load',
    key: 'the application under test',
    hint: 'The application under test did not answer: start it and wait until it does (`start-server-and-test`, `wait-on`) before Cypress runs.'
  },
  {
    id: 'js.eacces',
    category: 'permission-denied',
    pattern:
      /EACCES: permission denied, (?<op>\w{1,30}) '(?<path>[^'\n]{1,300})'/,
    needle: 'EACCES',
    key: '{path}',
    hint: 'The runner cannot {op} `{path}`. Write to a temporary directory or fix the permissions.'
  },
  {
    id: 'js.file-watchers',
    category: 'resource-exhausted',
    // ENOSPC here is the kernel's inotify limit, not a full disk.
    pattern: /ENOSPC: System limit for number of file watchers reached/,
    needle: 'ENOSPC',
    key: 'file watchers',
    hint: 'The runner ran out of inotify file watchers. Run the tests without watch mode in CI (`--watch=false`, `CI=true`) or raise `fs.inotify.max_user_watches`.'
  },
  {
    id: 'js.enospc',
    category: 'resource-exhausted',
    pattern: /\bENOSPC\b/,
    needle: 'ENOSPC',
    key: 'disk full',
    hint: 'The runner disk is full. Free space (caches, images) before the tests.'
  },
  {
    id: 'js.syntax-config',
    category: 'collection-error',
    pattern:
      /Jest encountered an unexpected token|SyntaxError: Cannot use import statement outside a module/,
    needle: ['unexpected token', 'Cannot use import statement'],
    key: 'transform configuration',
    hint: 'A test file could not be transformed: add the ESM package to `transformIgnorePatterns` or configure ESM support.'
  },
  {
    id: 'js.non-error-thrown',
    category: 'unknown',
    // The test threw (or rejected with) something that is not an Error: the
    // report has no message or stack to say what failed.
    pattern: /\bwas thrown, throw an Error :\)|^\s{0,10}thrown: /m,
    needle: ['throw an error', 'thrown: '],
    key: '',
    hint: 'The test threw a value that is not an `Error` (a plain object, a string), so the report carries no message or stack. Throw or reject with an `Error` to see the cause.',
    tier: 'text'
  },
  {
    id: 'js.object-as-message',
    category: 'unknown',
    // An error built from a plain object (`new Error(obj)`, a rejection with
    // `{…}` stringified): the message is all the report has, and it says
    // nothing. Only the whole first line, so a value shown in a diff is not it.
    pattern:
      /^(?:Uncaught |Unhandled (?:rejection|error):? )?(?:(?:[A-Z][\w ]{0,40})?Error: )?\[object Object\]\s{0,10}(?:\n|$)/,
    needle: '[object Object]',
    key: '',
    hint: 'The test failed with an error whose message is `[object Object]`: an object was thrown or passed to `new Error()`, so the report carries no cause. Throw an `Error` with a message (or log the object) to see it.',
    tier: 'text'
  },
  // Product signatures.
  {
    id: 'js.expect',
    category: 'assertion',
    // jest/vitest `expect(received)`, Playwright `expect(locator).toHaveText(expected) failed`,
    // chai, Jasmine `Expected 3 to equal 4.`, AVA's difference block,
    // node-tap's `found:`/`wanted:` diagnostics.
    pattern:
      /expect\((?:received|jest\.fn\(\))\)|\bexpect\((?:locator|page|response|received|value)\)\.(?:not\.)?to\w{1,40}\(|AssertionError(?: \[ERR_ASSERTION\])?:|^\s*Expected:|\b[Ee]xpected .{0,200} to (?:be|equal|have|include|deep|match|contain|throw)|^\s*Difference \(- actual, \+ expected\):|^\s{0,20}found: [^\n]{0,300}\n\s{0,20}wanted: /m,
    needle: ['expect', 'Difference', 'wanted: '],
    key: '',
    hint: 'An expectation did not hold: look at the expected and received values.'
  },
  {
    id: 'js.cypress-uncaught',
    category: 'crash',
    pattern:
      /The following error originated from your application code, not from Cypress/,
    needle: 'originated from your application code',
    key: '',
    hint: 'The application under test threw an uncaught error while Cypress drove it.'
  },
  {
    id: 'js.exception',
    category: 'crash',
    pattern:
      /\b(?<type>TypeError|ReferenceError|RangeError): (?:Cannot read propert|Cannot set propert|\S{1,200} is not)/,
    needle: 'Error',
    key: '',
    hint: 'An uncaught `{type}` in the code under test.'
  }
]
