import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { reportTotals } from '../src/analyze/metrics.js'
import type { ReportFile, TestCase, Totals } from '../src/model.js'
import { parseReportText, readReport } from '../src/parse/index.js'
import { looksLikeTap } from '../src/parse/tap.js'

function expectedTotals(report: string): Totals {
  const expected = JSON.parse(
    readFileSync('fixtures/tap/expected.json', 'utf8')
  ) as { reports: Record<string, { totals: Totals }> }
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

const tap = (lines: string[]): ReportFile =>
  parseReportText('t.tap', `${lines.join('\n')}\n`)

describe('TAP written by Perl Test::More under prove', () => {
  it.each(['reports/auth.tap', 'reports/cart.tap', 'reports/client.tap'])(
    '%s counts as expected.json says',
    async (path) => {
      const report = await readReport(`fixtures/tap/${path}`)
      expect(report.error).toBeNull()
      expect(report.format).toBe('tap')
      expect(reportTotals(report)).toEqual(expectedTotals(path))
    }
  )

  it('reads the diagnostics after a failing test: file, line and explanation', async () => {
    const report = await readReport('fixtures/tap/reports/client.tap')
    const test = caseNamed(report, 'connects to the carrier service')
    expect(test).toMatchObject({
      status: 'failed',
      file: 't/client.t',
      line: 9,
      message:
        'cannot connect to carrier at 127.0.0.1:7070: IO::Socket::INET: connect: Connection refused'
    })
    expect(caseNamed(report, 'test 7').message).toBe(
      'postgres unavailable at 127.0.0.1:5432: IO::Socket::INET: connect: Connection refused'
    )
  })

  it('planned tests that never ran are errors carrying what the script printed last', async () => {
    const report = await readReport('fixtures/tap/reports/cart.tap')
    const missing = allCases(report).filter(
      (test) => test.name === 'test 6' || test.name === 'test 7'
    )
    expect(missing).toHaveLength(2)
    for (const test of missing) {
      expect(test.status).toBe('error')
      expect(test.message).toBe(
        'planned but not run: Can\'t call method "price" on an undefined value at lib/Inventory/Cart.pm line 21.'
      )
    }
    expect(report.warnings.join('\n')).toContain(
      '2 planned tests never reported'
    )
    // The failing TODO test is an expected failure.
    expect(caseNamed(report, 'rounds half up').status).toBe('skipped')
  })
})

describe('TAP 13 with YAML diagnostics (node-tap)', () => {
  it('takes message, location and stack from the YAML block', () => {
    const report = tap([
      'TAP version 13',
      'ok 1 - adds',
      'not ok 2 - subtracts',
      '  ---',
      '  message: should be equal',
      '  severity: fail',
      '  at:',
      '    line: 8',
      '    column: 5',
      '    file: test/math.js',
      '  stack: |',
      '    Test.<anonymous> (test/math.js:8:5)',
      '  ...',
      'ok 3 - divides # SKIP no divider yet',
      '1..3'
    ])
    expect(reportTotals(report)).toEqual({
      tests: 3,
      passed: 1,
      failed: 1,
      errors: 0,
      skipped: 1
    })
    const failed = caseNamed(report, 'subtracts')
    expect(failed).toMatchObject({
      message: 'should be equal',
      file: 'test/math.js',
      line: 8
    })
    expect(failed.details).toContain('Test.<anonymous> (test/math.js:8:5)')
    expect(caseNamed(report, 'divides').message).toBe('no divider yet')
    expect(report.warnings).toEqual([])
  })

  it('refuses a plan that sits between test points', () => {
    const report = tap(['TAP version 13', 'ok 1', '1..3', 'ok 2', 'ok 3'])
    expect(report.error).toBe(
      'not valid TAP: the plan sits between test points (it must come first or last)'
    )
  })

  it('1..0 with a skip reason is an empty run, with a warning', () => {
    const report = tap(['TAP version 13', '1..0 # skip no database driver'])
    expect(report.error).toBeNull()
    expect(reportTotals(report).tests).toBe(0)
    expect(report.warnings).toEqual([
      'TAP plan 1..0: every test skipped (no database driver)'
    ])
  })

  it('an escaped # is part of the description, not a directive', () => {
    const report = tap(['1..1', 'not ok 1 - issue \\# 42 is fixed'])
    expect(caseNamed(report, 'issue # 42 is fixed').status).toBe('failed')
  })
})

describe('Bail out!', () => {
  it('after a failure: the remaining planned tests are not counted; the reason is kept', () => {
    const report = tap([
      'TAP version 13',
      '1..50',
      'ok 1 - connects',
      'not ok 2 - migrates',
      'Bail out! Could not reach the database.'
    ])
    expect(reportTotals(report)).toEqual({
      tests: 2,
      passed: 1,
      failed: 1,
      errors: 0,
      skipped: 0
    })
    expect(report.suites[0].systemErr).toBe(
      'Bail out! Could not reach the database.'
    )
    expect(report.warnings).toEqual([
      'TAP run bailed out: Could not reach the database.'
    ])
  })

  it('with no failure before it, the bail-out itself is one error', () => {
    const report = tap(['1..5', 'ok 1', 'Bail out! disk full'])
    expect(reportTotals(report)).toMatchObject({ tests: 2, errors: 1 })
    expect(caseNamed(report, 'Bail out!').message).toBe('disk full')
  })
})

describe('TAP 14 subtests as node:test writes them', () => {
  // Output of `node --test --test-reporter=tap` on Node 20.20.
  const text = [
    'TAP version 13',
    '# Subtest: cart',
    '    # Subtest: sums',
    '    ok 1 - sums',
    '      ---',
    '      duration_ms: 0.650407',
    '      ...',
    '    # Subtest: discounts',
    '    not ok 2 - discounts',
    '      ---',
    '      duration_ms: 1.006946',
    "      location: '/tmp/nt/cart.test.mjs:5:3'",
    "      failureType: 'testCodeFailure'",
    '      error: |-',
    '        Expected values to be strictly equal:',
    '        ',
    '        90 !== 100',
    '        ',
    "      code: 'ERR_ASSERTION'",
    "      name: 'AssertionError'",
    '      expected: 100',
    '      actual: 90',
    "      operator: 'strictEqual'",
    '      stack: |-',
    '        TestContext.<anonymous> (file:///tmp/nt/cart.test.mjs:5:32)',
    '        Test.runInAsyncScope (node:async_hooks:206:9)',
    '      ...',
    '    # Subtest: exports',
    '    ok 3 - exports # SKIP',
    '      ---',
    '      duration_ms: 0.110254',
    '      ...',
    '    # Subtest: coupons',
    '    ok 4 - coupons # TODO',
    '      ---',
    '      duration_ms: 0.088281',
    '      ...',
    '    1..4',
    'not ok 1 - cart',
    '  ---',
    '  duration_ms: 11.128047',
    "  type: 'suite'",
    "  location: '/tmp/nt/cart.test.mjs:3:1'",
    "  failureType: 'subtestsFailed'",
    "  error: '1 subtest failed'",
    "  code: 'ERR_TEST_FAILURE'",
    '  ...',
    '# Subtest: payments',
    '    # Subtest: captures',
    '    not ok 1 - captures',
    '      ---',
    '      duration_ms: 0',
    "      location: '/tmp/nt/cart.test.mjs:11:3'",
    "      failureType: 'cancelledByParent'",
    "      error: 'test did not finish before its parent and was cancelled'",
    "      code: 'ERR_TEST_FAILURE'",
    '      ...',
    '    1..1',
    'not ok 2 - payments',
    '  ---',
    '  duration_ms: 5.482387',
    "  type: 'suite'",
    "  location: '/tmp/nt/cart.test.mjs:9:1'",
    "  failureType: 'hookFailed'",
    "  error: 'connect ECONNREFUSED 127.0.0.1:5432'",
    "  code: 'ERR_TEST_FAILURE'",
    '  stack: |-',
    '    SuiteContext.<anonymous> (file:///tmp/nt/cart.test.mjs:10:24)',
    '  ...',
    '1..2',
    '# tests 5',
    '# suites 2',
    '# pass 1',
    '# fail 1',
    '# cancelled 1',
    '# skipped 1',
    '# todo 1'
  ]

  it('counts leaf tests; describe blocks become suites', () => {
    const report = tap(text)
    expect(report.error).toBeNull()
    expect(reportTotals(report)).toEqual({
      tests: 5,
      passed: 1,
      failed: 1,
      errors: 1,
      skipped: 2
    })
    expect(report.suites.map((suite) => suite.name)).toEqual([
      'cart',
      'payments'
    ])
    expect(report.warnings).toEqual([])
  })

  it('reads the node:test diagnostic fields', () => {
    const test = caseNamed(tap(text), 'discounts')
    expect(test).toMatchObject({
      status: 'failed',
      classname: 'cart',
      failureType: 'AssertionError',
      file: '/tmp/nt/cart.test.mjs',
      line: 5,
      message: 'Expected values to be strictly equal:\n\n90 !== 100'
    })
    expect(test.duration).toBeCloseTo(0.001006946)
  })

  it('a test cancelled by its suite\u2019s failing hook carries the hook\u2019s error', () => {
    const test = caseNamed(tap(text), 'captures')
    expect(test).toMatchObject({
      status: 'error',
      phase: 'setup',
      message: 'connect ECONNREFUSED 127.0.0.1:5432'
    })
  })
})

describe('telling TAP from other text', () => {
  it('recognises TAP by its version line, plan or test points', () => {
    expect(looksLikeTap('TAP version 14\n1..0\n')).toBe(true)
    expect(looksLikeTap('# comment\nok 1 - x\n')).toBe(true)
    expect(looksLikeTap('hello world\nthis is a log\n')).toBe(false)
    expect(looksLikeTap('okay then\n')).toBe(false)
  })

  it('refuses text that is not TAP with a one-line reason', () => {
    const report = parseReportText('notes.txt', 'just some notes\n')
    expect(report.error).toBe('not a test report: neither XML, JSON nor TAP')
  })
})
