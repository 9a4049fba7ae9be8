import { describe, expect, it } from '@jest/globals'
import { evaluateGate } from '../src/analyze/gate.js'
import { rates, suiteTotals } from '../src/analyze/metrics.js'
import {
  addTest,
  emptyCase,
  emptySuite,
  isKept,
  testCount,
  type TestCase,
  type TestStatus
} from '../src/model.js'

function finished(
  name: string,
  status: TestStatus,
  extra: Partial<TestCase> = {}
): TestCase {
  return { ...emptyCase(name, 'c'), status, ...extra }
}

describe('addTest', () => {
  it('counts clean passes and keeps every other test in report order', () => {
    const suite = emptySuite('s')
    addTest(suite, finished('passes', 'passed'))
    addTest(suite, finished('fails', 'failed'))
    addTest(suite, finished('passes too', 'passed'))
    addTest(suite, finished('skips', 'skipped'))
    addTest(suite, finished('errs', 'error'))
    expect(suite.passed).toBe(2)
    expect(suite.cases.map((test) => test.name)).toEqual([
      'fails',
      'skips',
      'errs'
    ])
    expect(testCount(suite)).toBe(5)
  })

  it('keeps a pass that was flaky or retried, since it is worth naming', () => {
    const suite = emptySuite('s')
    addTest(suite, finished('flaky', 'passed', { flaky: true, retries: 1 }))
    addTest(suite, finished('rerun', 'passed', { retries: 2 }))
    expect(suite.passed).toBe(0)
    expect(suite.cases.map((test) => test.name)).toEqual(['flaky', 'rerun'])
    expect(isKept(finished('clean', 'passed'))).toBe(false)
  })
})

describe('suiteTotals', () => {
  it('adds the counted passes to the kept tests, kept passes included', () => {
    const suite = emptySuite('s')
    for (let i = 0; i < 3; i++) addTest(suite, finished(`p${i}`, 'passed'))
    addTest(suite, finished('flaky', 'passed', { flaky: true, retries: 1 }))
    addTest(suite, finished('fails', 'failed'))
    addTest(suite, finished('errs', 'error'))
    addTest(suite, finished('skips', 'skipped'))
    expect(suiteTotals(suite)).toEqual({
      tests: 7,
      passed: 4,
      failed: 1,
      errors: 1,
      skipped: 1
    })
  })
})

describe('rates', () => {
  it('measures the 27-test story: 5 of 27 attempted', () => {
    const r = rates({ tests: 27, passed: 3, failed: 2, errors: 0, skipped: 22 })
    expect(r.execution).toBeCloseTo(5 / 27)
    expect(r.skip).toBeCloseTo(22 / 27)
    expect(r.failure).toBeCloseTo(2 / 5)
    expect(r.pass).toBeCloseTo(3 / 27)
  })

  it('gives null, never NaN, for zero denominators', () => {
    expect(
      rates({ tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 })
    ).toEqual({
      execution: null,
      skip: null,
      failure: null,
      pass: null
    })
    expect(
      rates({ tests: 3, passed: 0, failed: 0, errors: 0, skipped: 3 }).failure
    ).toBeNull()
  })
})

describe('evaluateGate', () => {
  const story = rates({
    tests: 27,
    passed: 3,
    failed: 2,
    errors: 0,
    skipped: 22
  })

  it('fails below the minimum execution rate with a readable reason', () => {
    const gate = evaluateGate(story, { minExecutionRate: 80 })
    expect(gate.passed).toBe(false)
    expect(gate.reasons).toEqual([
      'execution rate 18.5% is below the minimum of 80%'
    ])
  })

  it('passes with no thresholds, and at the exact threshold', () => {
    expect(evaluateGate(story, {}).passed).toBe(true)
    const full = rates({
      tests: 4,
      passed: 2,
      failed: 0,
      errors: 0,
      skipped: 2
    })
    expect(
      evaluateGate(full, { minExecutionRate: 50, maxSkipRate: 50 }).passed
    ).toBe(true)
  })

  it('checks the skip ceiling, the pass floor and infrastructure causes', () => {
    const gate = evaluateGate(
      story,
      { maxSkipRate: 10, minPassRate: 90, failOnInfrastructure: true },
      2
    )
    expect(gate.reasons).toEqual([
      'pass rate 11.1% is below the minimum of 90%',
      'skip rate 81.5% is above the maximum of 10%',
      '2 infrastructure causes found'
    ])
  })

  it('never shows a missed threshold as met after rounding', () => {
    const almost = rates({
      tests: 2500,
      passed: 2499,
      failed: 1,
      errors: 0,
      skipped: 0
    })
    expect(evaluateGate(almost, { minPassRate: 100 }).reasons).toEqual([
      'pass rate 99.96% is below the minimum of 100%'
    ])
    const over = rates({
      tests: 30000,
      passed: 29999,
      failed: 0,
      errors: 0,
      skipped: 1
    })
    expect(evaluateGate(over, { maxSkipRate: 0 }).reasons).toEqual([
      'skip rate 0.003% is above the maximum of 0%'
    ])
  })
})
