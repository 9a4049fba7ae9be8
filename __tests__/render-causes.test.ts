import { describe, expect, it } from '@jest/globals'
import { analyze } from '../src/analyze/index.js'
import { emptyCase, emptySuite, type ReportFile } from '../src/model.js'
import { renderCauseSections } from '../src/render/causes.js'

function analysisWith(count: number, message: (i: number) => string) {
  const cases = Array.from({ length: count }, (_v, i) => {
    const test = emptyCase(`test_${i}`, 'tests.mod')
    test.status = 'failed'
    test.message = message(i)
    return test
  })
  const report: ReportFile = {
    path: 'r.xml',
    format: 'junit',
    producer: null,
    suites: [{ ...emptySuite('s'), cases }],
    warnings: [],
    error: null
  }
  return analyze([report], {
    thresholds: { minExecutionRate: 90, minPassRate: 50 }
  })
}

describe('renderCauseSections', () => {
  it('falls back to the hint when the source tree was not consulted', () => {
    const analysis = analysisWith(
      2,
      () => "ModuleNotFoundError: No module named 'yaml'"
    )
    const text = renderCauseSections(analysis).join('\n')
    expect(text).toContain(
      '- [ ] `yaml` (missing module): `yaml` cannot be imported.'
    )
    expect(text).toContain('(unblocks 2 tests)')
  })

  it('ranks the plan infrastructure first, then by the tests each fix makes run, and escapes actions', () => {
    const analysis = analysisWith(6, (i) =>
      i < 3
        ? 'AssertionError: assert 1 == 2'
        : i < 5
          ? "ModuleNotFoundError: No module named 'yaml'"
          : "AttributeError: type object 'UserFactory' has no attribute 'fetch'"
    )
    const helper = analysis.causes.find(
      (c) => c.category === 'missing-attribute'
    )
    if (!helper) throw new Error('the attribute cause was not found')
    helper.fix = {
      action: 'Rename `fetch` to `get` in <img src=x> @octocat',
      payoff: 'fixes 1 failing test and 4 hidden behind skips',
      unblocks: 5
    }
    const plan = renderCauseSections(analysis)
      .find((section) => section.startsWith('### Remediation plan'))
      ?.split('\n')
      .slice(2)
    expect(plan?.[0]).toMatch(/^- \[ \] `yaml` .*\(unblocks 2 tests\)$/)
    expect(plan?.[1]).toMatch(/^- \[ \] Rename `fetch` to `get` in /)
    expect(plan?.[1]).not.toContain('<img')
    expect(plan?.[1]).not.toContain(' @octocat')
    expect(plan?.[2]).toMatch(/\(fixes 3 tests\)$/)
  })

  it('gives a verdict, ranked causes, components, a plan and ticked criteria', () => {
    const analysis = analysisWith(
      3,
      (i) => `ModuleNotFoundError: No module named 'mod_${i % 2}'`
    )
    const text = renderCauseSections(analysis).join('\n\n')
    expect(text).toContain(
      '**Infrastructure, not product:** 3 of 3 non-passing tests come from 2 causes.'
    )
    expect(text.indexOf('`mod_0`')).toBeLessThan(text.indexOf('`mod_1`'))
    expect(text).toContain('### Missing components')
    expect(text).toContain('- [ ] `mod_0`')
    expect(text).toContain('- [x] Execution rate ≥ 90% (now 100.0%)')
    expect(text).toContain('- [ ] Pass rate ≥ 50% (now 0.0%)')
  })

  it('keys a refused service by its address and names the service beside it', () => {
    const analysis = analysisWith(2, (i) =>
      i === 0
        ? 'Error: connect ECONNREFUSED 127.0.0.1:5432'
        : 'dial tcp [::1]:5432: connect: connection refused'
    )
    const text = renderCauseSections(analysis).join('\n\n')
    expect(text).toContain(
      '`127.0.0.1:5432`**: service unavailable (PostgreSQL), 2 tests'
    )
    expect(text).toContain(
      '- `127.0.0.1:5432` (PostgreSQL service): blocks 2 tests'
    )
  })

  it('escapes report text', () => {
    const analysis = analysisWith(
      1,
      () => "ModuleNotFoundError: No module named 'x'\n@octocat <img src=x> #1"
    )
    const text = renderCauseSections(analysis).join('\n')
    expect(text).not.toContain('<img')
  })

  it('shrinks with each option and says how many causes were left out', () => {
    const analysis = analysisWith(
      300,
      (i) => `ModuleNotFoundError: No module named 'mod_${i}'`
    )
    const full = renderCauseSections(analysis).join('\n').length
    const fewer = renderCauseSections(analysis, { maxCauses: 3 }).join('\n')
    expect(fewer).toContain('… and 297 more causes covering 297 tests')
    expect(fewer.length).toBeLessThan(full)
    expect(
      renderCauseSections(analysis, { evidence: false }).join('\n').length
    ).toBeLessThan(full)
    expect(
      renderCauseSections(analysis, { maxTestsPerCause: 0 }).join('\n').length
    ).toBeLessThan(full)
  })
})
