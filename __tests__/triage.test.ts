import { describe, expect, it } from '@jest/globals'
import { analyze } from '../src/analyze/index.js'
import { triage } from '../src/analyze/triage/index.js'
import { emptyCase, type ReportFile, type TestCase } from '../src/model.js'
import { indexSource } from '../src/collect/source.js'
import { readReport } from '../src/parse/index.js'
import { renderCauseSections } from '../src/render/causes.js'

function report(cases: TestCase[]): ReportFile {
  return {
    path: 'r.xml',
    format: 'junit',
    producer: null,
    suites: [
      {
        name: 's',
        file: null,
        passed: 0,
        cases,
        systemOut: null,
        systemErr: null
      }
    ],
    warnings: [],
    error: null
  }
}

function failing(
  name: string,
  message: string,
  status: TestCase['status'] = 'failed'
): TestCase {
  const test = emptyCase(name, 'tests.mod')
  test.status = status
  test.message = message
  return test
}

describe('triage', () => {
  it('groups a missing module seen as a failure and as a skip into one finding', () => {
    const causes = triage([
      report([
        failing('a', "ModuleNotFoundError: No module named 'yaml'"),
        failing(
          'b',
          "could not import 'yaml': No module named 'yaml'",
          'skipped'
        ),
        failing('c', 'not implemented yet', 'skipped')
      ])
    ])
    expect(causes[0]).toMatchObject({
      category: 'missing-module',
      key: 'yaml',
      count: 2,
      infrastructure: true
    })
    expect(causes[1]).toMatchObject({
      category: 'skip-intentional',
      count: 1,
      infrastructure: false
    })
  })

  it('keys a refused service by its address, loopback spellings as one, and names the service', () => {
    const causes = triage([
      report([
        failing('a', 'Error: connect ECONNREFUSED 127.0.0.1:5432'),
        failing('b', 'dial tcp [::1]:5432: connect: connection refused')
      ])
    ])
    expect(causes).toHaveLength(1)
    expect(causes[0]).toMatchObject({
      category: 'service-unavailable',
      key: '127.0.0.1:5432',
      count: 2
    })
    expect(causes[0].hint).toContain('PostgreSQL')
  })

  it('keys a name that did not resolve by the name, not by the resolver that said so', () => {
    const causes = triage([
      report([
        failing(
          'a',
          'consumer_test.go:52: failed to dial: dial tcp: lookup kafka on 127.0.0.11:53: no such host'
        ),
        failing(
          'b',
          'store_test.go:19: Get "http://minio:9000/bucket": dial tcp: lookup minio on 10.0.0.2:53: server misbehaving'
        )
      ])
    ])
    expect(causes.map((cause) => [cause.category, cause.key])).toEqual([
      ['service-unavailable', 'kafka'],
      ['service-unavailable', 'minio:9000']
    ])
  })

  it('keeps assertions that mention timeouts or refused connections as product failures', () => {
    const causes = triage([
      report([
        failing('a', "AssertionError: assert 'connection refused' == 'ok'"),
        failing('b', "KeyError: 'customer_id'"),
        failing(
          'c',
          "AttributeError: 'Invoice' object has no attribute 'total_cents'"
        )
      ])
    ])
    expect(causes.map((c) => c.category).sort()).toEqual([
      'assertion',
      'crash',
      'crash'
    ])
  })

  it('reads a module pytest could not collect from its own words, whatever the reporter put first', () => {
    const module = (name: string, message: string): TestCase => {
      const test = failing(name, message, 'error')
      test.classname = ''
      return test
    }
    const causes = triage([
      report([
        module(
          'tests.test_tiles',
          '/home/runner/work/geo/geo/.venv/lib/python3.12/site-packages/_pytest/python.py:493: in importtestmodule\n    mod = import_path(\nE     File "/home/runner/work/geo/geo/tests/test_tiles.py", line 58\nE   SyntaxError: \'(\' was never closed'
        ),
        module(
          'tests.transforms.test_utils',
          "import file mismatch:\nimported module 'test_utils' has this __file__ attribute:\n  /builds/etl/tests/loaders/test_utils.py\nwhich is not the same as the test file we want to collect:\n  /builds/etl/tests/transforms/test_utils.py"
        ),
        module(
          'tests.test_reports',
          "ImportError while importing test module '/app/tests/test_reports.py'.\nTraceback:\ntests/test_reports.py:3: in <module>\n    import weasyprint\nE   ModuleNotFoundError: No module named 'weasyprint'"
        )
      ])
    ])
    expect(causes.map((cause) => [cause.category, cause.key]).sort()).toEqual([
      ['collection-error', 'tests/test_tiles'],
      ['collection-error', 'tests/transforms/test_utils'],
      // A more specific infrastructure cause inside the import wins.
      ['missing-module', 'weasyprint']
    ])
  })

  it('reads the lines of a go-cmp diff as compared values', () => {
    const causes = triage([
      report([
        failing(
          'TestClassifyDialError',
          '    errors_test.go:58: Classify(err) mismatch (-want +got):\n          errkind.Kind(\n        -     "timeout",\n        +     "connection refused",\n          )'
        )
      ])
    ])
    expect(causes[0].category).toBe('assertion')
  })

  it("reads pytest's assert statement, its E line and its diff as compared values", () => {
    const causes = triage([
      report([
        failing(
          'test_refusal_reported',
          "    def test_refusal_reported(gateway):\n>       assert gateway.probe().reason == \"upstream connection refused\"\nE       AssertionError: assert 'upstream timed out' == 'upstream connection refused'\nE         - upstream connection refused\nE         + upstream timed out"
        ),
        failing(
          'test_missing_dependency_message',
          "    def test_missing_dependency_message():\n>       assert message() == \"No module named 'yaml'\"\nE       AssertionError: assert 'halted' == \"No module named 'yaml'\""
        ),
        // The import that failed, as pytest writes it, is still the cause.
        failing(
          'test_loads_yaml',
          "    def test_loads_yaml():\n>       import yaml\nE       ModuleNotFoundError: No module named 'yaml'"
        ),
        // The source above the marked line is code the test wrote.
        failing(
          'test_gateway_error',
          '    def test_gateway_error(fake):\n        fake.fail_with(ConnectionRefusedError(111, "Connection refused"))\n>       assert str(err()) == "unreachable"\nE       AssertionError: assert \'timed out\' == \'unreachable\''
        ),
        // A plain traceback's indented source has no mark: its error is read.
        failing(
          'test_cache',
          '  File "/app/cache.py", line 12, in connect\n    sock.connect(("127.0.0.1", 6379))\nConnectionRefusedError: [Errno 111] Connection refused'
        )
      ])
    ])
    expect(causes.map((c) => [c.category, c.count]).sort()).toEqual([
      ['assertion', 1],
      ['assertion', 1],
      ['assertion', 1],
      ['missing-module', 1],
      ['service-unavailable', 1]
    ])
  })

  it('keys an unresolved host by its name and an HTTP error by the host it asked', () => {
    const causes = triage([
      report([
        failing(
          'a',
          'django.db.utils.OperationalError: could not translate host name "postgres" to address: Name or service not known'
        ),
        failing(
          'b',
          '    pull_test.go:58: pull base image: GET https://registry.ci.acme.dev/v2/base/manifests/3.20: unexpected status code 502 Bad Gateway'
        )
      ])
    ])
    expect(causes.map((c) => [c.category, c.key]).sort()).toEqual([
      ['service-unavailable', 'postgres'],
      ['service-unavailable', 'registry.ci.acme.dev']
    ])
  })

  it('names the refused service behind a timeout, unless the refusal is a compared value', () => {
    const causes = triage([
      report([
        failing(
          'TestReserve',
          '    client_test.go:44: reserve: rpc error: code = DeadlineExceeded desc = context deadline exceeded\n    client_test.go:45: last connection error: connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:50051: connect: connection refused"'
        ),
        failing(
          'test_checkout',
          'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00\nE   psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'
        ),
        failing(
          'TestPoll',
          '    poll_test.go:30: poll: context deadline exceeded\n    poll_test.go:31: last status "connection refused", want "ready"'
        ),
        // testify's NoError shows the wrapped error's later lines too.
        failing(
          'TestConsume',
          '    consumer_test.go:38: \n            Error Trace:    /src/consumer_test.go:38\n            Error:          Received unexpected error:\n                            wait for broker: context deadline exceeded\n                            last attempt: dial tcp 127.0.0.1:9092: connect: connection refused'
        )
      ])
    ])
    expect(causes.map((cause) => [cause.category, cause.key]).sort()).toEqual([
      ['service-unavailable', '127.0.0.1:50051'],
      ['service-unavailable', '127.0.0.1:5432'],
      ['service-unavailable', '127.0.0.1:9092'],
      ['timeout', 'poll']
    ])
  })

  it('groups unmatched failures by their normalised signature', () => {
    const causes = triage([
      report([
        failing('a', 'Widget 0x7f3a2b1c failed after 120ms on port 40123'),
        failing('b', 'Widget 0x55aa01ff failed after 80ms on port 40999')
      ])
    ])
    expect(causes).toHaveLength(1)
    expect(causes[0]).toMatchObject({ category: 'unknown', count: 2 })
  })

  it('reads the signature under banner lines, not the banner', () => {
    const causes = triage([
      report([
        failing('a', '==========\n----------\nWidget 17 lost its frame'),
        failing('b', '==========\nWidget 23 lost its frame')
      ])
    ])
    expect(causes.map((c) => [c.category, c.key, c.count])).toEqual([
      ['unknown', 'Widget <n> lost its frame', 2]
    ])
  })

  it("reads a file that did not load from vitest's FAIL line and pytest's module frame", () => {
    const causes = triage([
      report([
        failing(
          'vitest',
          'FAIL  src/utils/date.test.ts [ src/utils/date.test.ts ]\nError: Transform failed with 1 error:\nsrc/utils/date.ts:57:2: ERROR: Expected ";" but found "const"',
          'error'
        ),
        failing(
          'pytest',
          "/srv/app/tests/test_export.py:44: in <module>\n    ???\nE   SyntaxError: expected ':'",
          'error'
        ),
        // A test's own failure names its entry, not the file: no phase.
        failing(
          'vitest-test',
          "FAIL  src/utils/date.test.ts > formats > pads months\nAssertionError: expected '1' to be '01'"
        )
      ])
    ])
    // The vitest file is keyed by the file esbuild could not compile (one
    // it imports), the pytest module by where it lives.
    expect(causes.map((c) => [c.category, c.count]).sort()).toEqual([
      ['assertion', 1],
      ['collection-error', 1],
      ['collection-error', 1]
    ])
    expect(causes.map((c) => c.key)).toContain('src/utils/date.ts')
  })

  it('keys a test class the runner rejected by that class, one finding per class', () => {
    const rejected = (classname: string, message: string): TestCase => {
      const test = emptyCase('initializationError', classname)
      test.status = 'error'
      test.message = message
      return test
    }
    const noMethods =
      'java.lang.Exception: No runnable methods\n    at org.junit.runners.BlockJUnit4ClassRunner.validateInstanceMethods(BlockJUnit4ClassRunner.java:191)'
    const causes = triage([
      report([
        rejected('com.acme.ledger.LedgerTest', noMethods),
        rejected('com.acme.pricing.RuleEngineTest', noMethods),
        rejected(
          'com.acme.pricing.RuleEngineTest',
          'java.lang.Exception: Test class should have exactly one public zero-argument constructor'
        )
      ])
    ])
    expect(
      causes.map((cause) => [cause.category, cause.key, cause.count])
    ).toEqual([
      ['collection-error', 'com.acme.pricing.RuleEngineTest', 2],
      ['collection-error', 'com.acme.ledger.LedgerTest', 1]
    ])
  })

  it('reads the error under a line that only names the test', () => {
    const causes = triage([
      report([
        failing(
          'a',
          'Tests\\Unit\\OrderServiceTest::test_cancel_guest_order\nError: Call to a member function getId() on null'
        ),
        failing(
          'b',
          'Tests\\Unit\\OrderServiceTest::test_refund_guest_order\nError: Call to a member function getId() on null'
        ),
        failing(
          'c',
          '=== RUN   TestImport\n    import_test.go:12: Importer exploded'
        )
      ])
    ])
    expect(
      causes.map((cause) => [cause.category, cause.key, cause.count])
    ).toEqual([
      ['crash', 'Error: Call to a member function getId() on null', 2],
      ['unknown', 'import_test.go:<n>: Importer exploded', 1]
    ])
  })

  it('reads only a bounded part of a 20 MB message and still finds the cause', () => {
    const huge = `ModuleNotFoundError: No module named 'yaml'\n${'a'.repeat(20 * 1024 * 1024)}`
    const hostile = `${'1'.repeat(10 * 1024 * 1024)}:${'x'.repeat(10 * 1024 * 1024)}`
    const causes = triage([report([failing('a', huge), failing('b', hostile)])])
    expect(causes.find((c) => c.key === 'yaml')?.count).toBe(1)
    expect(causes.reduce((sum, c) => sum + c.count, 0)).toBe(2)
  })

  it('leaves source null without a source tree', () => {
    const causes = triage([
      report([failing('a', "ModuleNotFoundError: No module named 'yaml'")])
    ])
    expect(causes[0].source).toBeNull()
  })
})

describe('the golden path', () => {
  it('names the three missing modules, the missing helper, its real name and the hidden call sites', async () => {
    const parsed = await readReport('examples/golden-path/report/junit.xml')
    const source = await indexSource('examples/golden-path')
    const { causes } = analyze([parsed], { source })
    const byKey = new Map(causes.map((c) => [c.key, c]))
    expect(
      byKey.get('auth_service.auth_core.core.session_manager')?.count
    ).toBe(10)
    expect(
      byKey.get('auth_service.auth_core.tokens.refresh_store')?.count
    ).toBe(7)
    expect(byKey.get('jose')?.count).toBe(5)
    const helper = byKey.get('E2EAuthHelper.create_test_user_with_token')
    expect(helper).toMatchObject({ category: 'missing-attribute', count: 2 })
    expect(helper?.source).toContain('tests/helpers/e2e_auth_helper.py')
    expect(helper?.source).toContain(
      'the closest match is `create_test_user_with_auth(email, password, roles)`'
    )
    expect(helper?.source).toContain(
      '21 call sites in 3 files; 2 tests failed on it, 19 more are hidden behind skips'
    )
    expect(
      byKey.get('auth_service.auth_core.core.session_manager')?.source
    ).toContain('nearest existing module is `auth_service.auth_core.core`')
    expect(
      byKey.get('auth_service.auth_core.tokens.refresh_store')?.source
    ).toContain('nearest existing module is `auth_service.auth_core`')
    expect(byKey.get('jose')?.source).toContain(
      'requirements.txt does not list it'
    )
  })

  it('turns what the source tree showed into one concrete, ranked action per cause', async () => {
    const parsed = await readReport('examples/golden-path/report/junit.xml')
    const source = await indexSource('examples/golden-path')
    const analysis = analyze([parsed], { source })
    const plan = renderCauseSections(analysis)
      .find((section) => section.startsWith('### Remediation plan'))
      ?.split('\n')
      .slice(2)
    expect(plan).toEqual([
      '- [ ] Create `auth_service/auth_core/core/session_manager.py` or fix the import in tests/integration/test\\_sessions.py (unblocks 10 tests)',
      '- [ ] Create `auth_service/auth_core/tokens/refresh_store.py` or fix the import in tests/integration/test\\_token\\_refresh.py (unblocks 7 tests)',
      '- [ ] Add the package that provides `jose` to requirements.txt (unblocks 5 tests)',
      '- [ ] Rename `create_test_user_with_token` to `create_test_user_with_auth` at 21 call sites in 3 files, or add it to `E2EAuthHelper` (fixes 2 failing tests and 19 hidden behind skips)'
    ])
    const helper = analysis.causes.find(
      (c) => c.category === 'missing-attribute'
    )
    expect(helper?.fix?.unblocks).toBe(21)
  })
})
