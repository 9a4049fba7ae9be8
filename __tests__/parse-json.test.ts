import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { reportTotals } from '../src/analyze/metrics.js'
import type { ReportFile, TestCase, Totals } from '../src/model.js'
import { parseReportText, readReport } from '../src/parse/index.js'

interface Expected {
  reports: Record<string, { totals: Totals }>
}

function expectedTotals(sample: string, report: string): Totals {
  const expected = JSON.parse(
    readFileSync(`fixtures/${sample}/expected.json`, 'utf8')
  ) as Expected
  return expected.reports[report].totals
}

function allCases(report: ReportFile): TestCase[] {
  return report.suites.flatMap((suite) => suite.cases)
}

function caseNamed(report: ReportFile, name: string): TestCase {
  const found = allCases(report).find((test) => test.name === name)
  if (!found) throw new Error(`no test named ${name}`)
  return found
}

describe('JSON reports written by real frameworks', () => {
  it.each([
    ['jest', 'reports/jest.json', 'jest-json'],
    ['jest', 'reports/ctrf.json', 'ctrf'],
    ['vitest', 'reports/vitest.json', 'jest-json'],
    ['mocha', 'reports/mocha.json', 'mocha-json'],
    ['rspec', 'reports/rspec.json', 'rspec-json'],
    ['rspec', 'reports/rspec-load-error.json', 'rspec-json'],
    ['go', 'reports/go-test.json', 'go-json']
  ])('%s %s counts as expected.json says', async (sample, path, format) => {
    const report = await readReport(`fixtures/${sample}/${path}`)
    expect(report.error).toBeNull()
    expect(report.format).toBe(format)
    expect(reportTotals(report)).toEqual(expectedTotals(sample, path))
  })

  it('jest: a file that failed to run is one erroring test with the missing module', async () => {
    const report = await readReport('fixtures/jest/reports/jest.json')
    const broken = allCases(report).filter((test) => test.status === 'error')
    expect(broken.map((test) => test.file)).toEqual([
      '/home/runner/work/app/app/test/pricing.test.js',
      '/home/runner/work/app/app/test/returns.test.js'
    ])
    expect(broken[0].name).toBe('Test suite failed to run')
    expect(broken[0].phase).toBe('collection')
    expect(broken[0].message).toContain(
      "Cannot find module '../src/coupons' from 'test/pricing.test.js'"
    )
    expect(broken[1].failureType).toBe('SyntaxError')
    expect(report.producer).toBe('jest')
    // Suites are named by test file, below the files' common folder.
    expect(report.suites.map((suite) => suite.name)).toContain('stock.test.js')
  })

  it('jest: keeps the message before the stack, the line and the ancestors', async () => {
    const report = await readReport('fixtures/jest/reports/jest.json')
    const test = caseNamed(report, 'applies the bulk discount from ten items')
    expect(test.status).toBe('failed')
    expect(test.classname).toBe('Cart')
    expect(test.message).toContain('Expected: 100')
    expect(test.message).not.toContain('    at ')
    expect(test.details).toContain('    at ')
    expect(test.line).toEqual(expect.any(Number))
  })

  it('vitest: its jest-shaped JSON is told apart by producer', async () => {
    const report = await readReport('fixtures/vitest/reports/vitest.json')
    expect(report.producer).toBe('vitest')
    const broken = allCases(report).filter((test) => test.status === 'error')
    expect(broken.map((test) => test.message)).toEqual([
      expect.stringContaining('Failed to parse source for import analysis'),
      expect.any(String)
    ])
  })

  it('mocha: a failing "before all" hook is one failed test in the setup phase', async () => {
    const report = await readReport('fixtures/mocha/reports/mocha.json')
    const hook = caseNamed(
      report,
      '"before all" hook for "renders the invoice number"'
    )
    expect(hook.status).toBe('failed')
    expect(hook.phase).toBe('setup')
    expect(hook.classname).toBe('invoices')
    expect(report.warnings.join('\n')).toContain('outside any test (hooks)')
  })

  it('rspec: a load error is no test, but its text is kept on the suite and warned about', async () => {
    const report = await readReport(
      'fixtures/rspec/reports/rspec-load-error.json'
    )
    expect(allCases(report)).toHaveLength(0)
    const suite = report.suites.find(
      (s) => s.name === './spec/legacy/invoice_export_spec.rb'
    )
    expect(suite?.systemErr).toContain('invoice_exporter')
    expect(report.warnings.join('\n')).toContain('outside of examples')
  })

  it('rspec: exception class, message and pending reasons', async () => {
    const report = await readReport('fixtures/rspec/reports/rspec.json')
    const failed = allCases(report).filter((t) => t.status === 'failed')
    expect(failed.every((t) => t.failureType !== null)).toBe(true)
    expect(failed.every((t) => t.file?.startsWith('./spec/'))).toBe(true)
    const skipped = allCases(report).filter((t) => t.status === 'skipped')
    expect(skipped.some((t) => t.message?.includes('xit'))).toBe(true)
  })

  it('go: a test the -timeout panic killed failed, and says why', async () => {
    const report = await readReport('fixtures/go/reports/go-test.json')
    const test = caseNamed(report, 'TestWaitForDispatch')
    expect(test.status).toBe('failed')
    expect(test.message).toBe(
      'test did not finish: panic: test timed out after 5s'
    )
    expect(test.classname).toBe('example.com/inventory/watcher')
    const panicked = caseNamed(report, 'TestRenderNewSite')
    expect(panicked.failureType).toBe('panic')
    expect(panicked.details).toContain('nil pointer dereference')
  })

  it('go: a failing assertion carries its file, line and log message', async () => {
    const report = await readReport('fixtures/go/reports/go-test.json')
    const test = caseNamed(report, 'TestReserveMoreThanAvailable')
    expect(test.file).toBe('stock_test.go')
    expect(test.line).toBe(30)
    expect(test.message).not.toBeNull()
    expect(test.details).not.toContain('=== RUN')
  })
})

describe('go test -json event streams', () => {
  const event = (fields: Record<string, unknown>) => JSON.stringify(fields)

  it('a package that failed to build (Go 1.24 build events) is one erroring test', () => {
    // Shape of Go 1.24's `go test -json`: build-output events per ImportPath,
    // then the package's fail with FailedBuild.
    const text = [
      event({
        ImportPath: 'example.com/shop/pay [example.com/shop/pay.test]',
        Action: 'build-output',
        Output: '# example.com/shop/pay [example.com/shop/pay.test]\n'
      }),
      event({
        ImportPath: 'example.com/shop/pay [example.com/shop/pay.test]',
        Action: 'build-output',
        Output: './pay_test.go:9:2: undefined: NewGateway\n'
      }),
      event({
        ImportPath: 'example.com/shop/pay [example.com/shop/pay.test]',
        Action: 'build-fail'
      }),
      event({
        Action: 'start',
        Package: 'example.com/shop/pay'
      }),
      event({
        Action: 'output',
        Package: 'example.com/shop/pay',
        Output: 'FAIL\texample.com/shop/pay [build failed]\n'
      }),
      event({
        Action: 'fail',
        Package: 'example.com/shop/pay',
        Elapsed: 0,
        FailedBuild: 'example.com/shop/pay [example.com/shop/pay.test]'
      }),
      event({
        Action: 'run',
        Package: 'example.com/shop/cart',
        Test: 'TestAdd'
      }),
      event({
        Action: 'pass',
        Package: 'example.com/shop/cart',
        Test: 'TestAdd',
        Elapsed: 0.01
      }),
      event({ Action: 'pass', Package: 'example.com/shop/cart', Elapsed: 0.02 })
    ].join('\n')
    const report = parseReportText('go.json', text)
    expect(report.error).toBeNull()
    expect(reportTotals(report)).toEqual({
      tests: 2,
      passed: 1,
      failed: 0,
      errors: 1,
      skipped: 0
    })
    const build = caseNamed(report, '[build failed]')
    expect(build.phase).toBe('collection')
    expect(build.message).toBe('./pay_test.go:9:2: undefined: NewGateway')
    expect(report.warnings.join('\n')).toContain('failed outside any test')
  })

  it('subtests count as tests, as go test counts them', () => {
    const text = [
      event({ Action: 'run', Package: 'p', Test: 'TestSKU' }),
      event({ Action: 'run', Package: 'p', Test: 'TestSKU/lower' }),
      event({
        Action: 'output',
        Package: 'p',
        Test: 'TestSKU/lower',
        Output: '    sku_test.go:47: got "abc" want "ABC"\n'
      }),
      event({
        Action: 'fail',
        Package: 'p',
        Test: 'TestSKU/lower',
        Elapsed: 0
      }),
      event({ Action: 'run', Package: 'p', Test: 'TestSKU/upper' }),
      event({
        Action: 'skip',
        Package: 'p',
        Test: 'TestSKU/upper',
        Elapsed: 0
      }),
      event({ Action: 'fail', Package: 'p', Test: 'TestSKU', Elapsed: 0 }),
      event({ Action: 'fail', Package: 'p', Elapsed: 0.1 })
    ].join('\n')
    const report = parseReportText('go.json', text)
    expect(reportTotals(report)).toEqual({
      tests: 3,
      passed: 0,
      failed: 2,
      errors: 0,
      skipped: 1
    })
    expect(caseNamed(report, 'TestSKU/lower').message).toBe(
      'got "abc" want "ABC"'
    )
  })
})

describe('dart and flutter JSON reporter', () => {
  // Shape of `dart test --reporter json` (test 1.x, protocol 0.1.1).
  const lines = [
    {
      protocolVersion: '0.1.1',
      runnerVersion: '1.24.9',
      type: 'start',
      time: 0
    },
    {
      suite: { id: 0, platform: 'vm', path: 'test/cart_test.dart' },
      type: 'suite',
      time: 0
    },
    {
      test: {
        id: 1,
        name: 'loading test/cart_test.dart',
        suiteID: 0,
        groupIDs: [],
        metadata: { skip: false, skipReason: null },
        line: null,
        column: null,
        url: null
      },
      type: 'testStart',
      time: 1
    },
    {
      testID: 1,
      result: 'success',
      skipped: false,
      hidden: true,
      type: 'testDone',
      time: 300
    },
    {
      group: {
        id: 2,
        suiteID: 0,
        parentID: null,
        name: null,
        metadata: { skip: false, skipReason: null },
        testCount: 4
      },
      type: 'group',
      time: 301
    },
    {
      group: {
        id: 3,
        suiteID: 0,
        parentID: 2,
        name: 'Cart',
        metadata: { skip: false, skipReason: null },
        testCount: 4,
        line: 5,
        column: 3,
        url: 'file:///src/app/test/cart_test.dart'
      },
      type: 'group',
      time: 301
    },
    {
      test: {
        id: 4,
        name: 'Cart sums lines',
        suiteID: 0,
        groupIDs: [2, 3],
        metadata: { skip: false, skipReason: null },
        line: 6,
        column: 5,
        url: 'file:///src/app/test/cart_test.dart'
      },
      type: 'testStart',
      time: 302
    },
    {
      testID: 4,
      result: 'success',
      skipped: false,
      hidden: false,
      type: 'testDone',
      time: 310
    },
    {
      test: {
        id: 5,
        name: 'Cart applies discount',
        suiteID: 0,
        groupIDs: [2, 3],
        metadata: { skip: false, skipReason: null },
        line: 10,
        column: 5,
        url: 'file:///src/app/test/cart_test.dart'
      },
      type: 'testStart',
      time: 311
    },
    {
      testID: 5,
      error: 'Expected: <90>\n  Actual: <100>\n',
      stackTrace:
        'package:matcher  expect\ntest/cart_test.dart 12:7  main.<fn>.<fn>\n',
      isFailure: true,
      type: 'error',
      time: 320
    },
    {
      testID: 5,
      result: 'failure',
      skipped: false,
      hidden: false,
      type: 'testDone',
      time: 321
    },
    {
      test: {
        id: 6,
        name: 'Cart talks to the price service',
        suiteID: 0,
        groupIDs: [2, 3],
        metadata: { skip: false, skipReason: null },
        line: 15,
        column: 5,
        url: 'file:///src/app/test/cart_test.dart'
      },
      type: 'testStart',
      time: 322
    },
    {
      testID: 6,
      messageType: 'print',
      message: 'calling http://127.0.0.1:9090',
      type: 'print',
      time: 323
    },
    {
      testID: 6,
      error:
        'SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = 127.0.0.1, port = 9090',
      stackTrace: 'dart:io  _Socket.connect\n',
      isFailure: false,
      type: 'error',
      time: 330
    },
    {
      testID: 6,
      result: 'error',
      skipped: false,
      hidden: false,
      type: 'testDone',
      time: 331
    },
    {
      test: {
        id: 7,
        name: 'Cart exports CSV',
        suiteID: 0,
        groupIDs: [2, 3],
        metadata: { skip: true, skipReason: 'CSV export is not built yet' },
        line: 20,
        column: 5,
        url: 'file:///src/app/test/cart_test.dart'
      },
      type: 'testStart',
      time: 332
    },
    {
      testID: 7,
      result: 'success',
      skipped: true,
      hidden: false,
      type: 'testDone',
      time: 333
    },
    { success: false, type: 'done', time: 340 }
  ]
  const text = lines.map((line) => JSON.stringify(line)).join('\n')

  it('counts visible tests: error kept apart from failure, skips with reasons', () => {
    const report = parseReportText('dart.json', text)
    expect(report.error).toBeNull()
    expect(report.format).toBe('dart-json')
    expect(report.producer).toBe('dart test 1.24.9')
    expect(reportTotals(report)).toEqual({
      tests: 4,
      passed: 1,
      failed: 1,
      errors: 1,
      skipped: 1
    })
    expect(report.suites.map((suite) => suite.name)).toEqual([
      'test/cart_test.dart'
    ])
    const error = caseNamed(report, 'talks to the price service')
    expect(error.classname).toBe('Cart')
    expect(error.failureType).toBe('SocketException')
    expect(error.systemOut).toContain('127.0.0.1:9090')
    expect(error.file).toBe('/src/app/test/cart_test.dart')
    expect(error.line).toBe(15)
    expect(caseNamed(report, 'applies discount').failureType).toBe(
      'TestFailure'
    )
    expect(caseNamed(report, 'exports CSV').message).toBe(
      'CSV export is not built yet'
    )
  })

  it('a test with no testDone (the run was cut) is an error', () => {
    const cut = lines.slice(0, 10).map((line) => JSON.stringify(line))
    const report = parseReportText('dart.json', cut.join('\n'))
    expect(caseNamed(report, 'applies discount').status).toBe('error')
    expect(report.warnings.join('\n')).toContain('never finished')
  })
})

describe('CTRF', () => {
  // Shape of a CTRF report (ctrf.io schema 1.0, as jest-ctrf-json-reporter writes it).
  const document = {
    results: {
      tool: { name: 'playwright', version: '1.48.0' },
      summary: {
        tests: 5,
        passed: 2,
        failed: 1,
        pending: 0,
        skipped: 1,
        other: 1,
        start: 0,
        stop: 1
      },
      tests: [
        {
          name: 'logs in',
          status: 'passed',
          duration: 120,
          suite: 'auth',
          filePath: 'e2e/auth.spec.ts'
        },
        {
          name: 'retries flaky',
          status: 'passed',
          duration: 50,
          flaky: true,
          retries: 2,
          suite: 'auth',
          filePath: 'e2e/auth.spec.ts'
        },
        {
          name: 'checks out',
          status: 'failed',
          duration: 900,
          message: 'TimeoutError: locator.click: Timeout 5000ms exceeded',
          trace: 'at e2e/cart.spec.ts:12:5',
          suite: 'cart',
          filePath: 'e2e/cart.spec.ts',
          line: 12
        },
        { name: 'exports', status: 'skipped', duration: 0, suite: 'cart' },
        {
          name: 'was interrupted',
          status: 'other',
          rawStatus: 'interrupted',
          duration: 3
        }
      ]
    }
  }

  it('maps statuses, flaky retries and durations in milliseconds', () => {
    const report = parseReportText('ctrf.json', JSON.stringify(document))
    expect(report.format).toBe('ctrf')
    expect(report.producer).toBe('playwright 1.48.0')
    expect(reportTotals(report)).toEqual({
      tests: 5,
      passed: 2,
      failed: 1,
      errors: 1,
      skipped: 1
    })
    const flaky = caseNamed(report, 'retries flaky')
    expect(flaky).toMatchObject({ flaky: true, retries: 2, duration: 0.05 })
    // The flaky pass is kept; the clean one is only counted.
    const auth = report.suites.find((suite) => suite.name === 'auth')
    expect(auth?.passed).toBe(1)
    expect(auth?.cases.map((test) => test.name)).toEqual(['retries flaky'])
    const failed = caseNamed(report, 'checks out')
    expect(failed).toMatchObject({
      failureType: 'TimeoutError',
      line: 12,
      file: 'e2e/cart.spec.ts'
    })
    expect(report.warnings).toEqual([])
  })

  it('warns when the summary disagrees with the tests', () => {
    const wrong = structuredClone(document)
    wrong.results.summary.tests = 7
    const report = parseReportText('ctrf.json', JSON.stringify(wrong))
    expect(report.warnings).toEqual([
      'CTRF summary says 7 tests but the report holds 5; counted the tests'
    ])
  })
})

describe('JSON that is not a test report', () => {
  it('refuses JSON of unknown shape with a one-line reason', () => {
    const report = parseReportText(
      'package.json',
      '{"name": "x", "version": "1.0.0"}'
    )
    expect(report.error).toBe('not a test report: JSON of unknown shape')
  })

  it('refuses broken JSON', () => {
    const report = parseReportText('broken.json', '{"stats": {"tests": 1},')
    expect(report.error).toMatch(/^not valid JSON: /)
    expect(report.error).not.toContain('\n')
  })

  it('refuses an array that is not an event stream', () => {
    expect(parseReportText('a.json', '[1, 2, 3]').error).toBe(
      'not a test report: JSON of unknown shape'
    )
  })

  it('bounds a huge failure message', () => {
    const huge = 'x'.repeat(5_000_000)
    const document = {
      stats: { tests: 1 },
      tests: [
        {
          title: 't',
          fullTitle: 't',
          file: 'a.js',
          err: { message: huge, stack: huge }
        }
      ],
      pending: [],
      failures: [],
      passes: []
    }
    const report = parseReportText('mocha.json', JSON.stringify(document))
    const test = allCases(report)[0]
    expect(test.message?.length).toBeLessThan(5_000)
    expect(test.details?.length).toBeLessThan(17_000)
    expect(test.message).toContain('more characters cut')
  })
})
