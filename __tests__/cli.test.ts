/**
 * The command line as users and automated checks call it: the bundled
 * dist/cli.js (built by `npm test` before jest runs), its JSON contract,
 * its markdown report and its exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const pytestReport = join(
  root,
  'fixtures',
  'pytest',
  'reports',
  'junit-xunit2.xml'
)

let dir: string
let truncated: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-triage-cli-'))
  truncated = join(dir, 'truncated.xml')
  writeFileSync(
    truncated,
    '<testsuites><testsuite name="cut"><testcase name="t"'
  )
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function run(...args: string[]): {
  code: number | null
  stdout: string
  stderr: string
} {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8'
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const totalsShape = {
  tests: expect.any(Number),
  passed: expect.any(Number),
  failed: expect.any(Number),
  errors: expect.any(Number),
  skipped: expect.any(Number)
}

describe('ci-triage --json', () => {
  it('prints the documented document, one report per input in order', () => {
    const { code, stdout } = run('--json', truncated, pytestReport)
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    // 20 tests: 6 passed, 6 failed, 4 errors, 4 skipped (pytest's summary).
    expect(doc.totals).toEqual({
      tests: 20,
      passed: 6,
      failed: 6,
      errors: 4,
      skipped: 4
    })
    expect(doc.rates).toEqual({
      execution: 16 / 20,
      skip: 4 / 20,
      failure: 10 / 16,
      pass: 6 / 20
    })
    expect(doc.suites).toEqual([
      expect.objectContaining({
        name: 'pytest',
        file: null,
        totals: doc.totals,
        rates: doc.rates
      })
    ])
    expect(doc.reports).toEqual([
      expect.objectContaining({
        path: truncated,
        format: null,
        totals: { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 },
        error: expect.stringMatching(/^not well-formed XML .*unclosed tag/)
      }),
      expect.objectContaining({
        path: pytestReport,
        format: 'junit',
        totals: doc.totals,
        error: null
      })
    ])
    expect(doc.reports[0].error).not.toContain('\n')
    expect(Array.isArray(doc.causes)).toBe(true)
    expect(doc.gate).toEqual({ passed: true, reasons: [] })
  })

  it('gives null rates, never NaN, when nothing was counted', () => {
    const empty = join(dir, 'empty-suite.xml')
    writeFileSync(
      empty,
      '<testsuites><testsuite name="none" tests="0"/></testsuites>'
    )
    const doc = JSON.parse(run('--json', empty).stdout)
    expect(doc.totals).toEqual({
      tests: 0,
      passed: 0,
      failed: 0,
      errors: 0,
      skipped: 0
    })
    expect(doc.rates).toEqual({
      execution: null,
      skip: null,
      failure: null,
      pass: null
    })
    expect(doc.suites).toEqual([
      expect.objectContaining({
        name: 'none',
        totals: expect.objectContaining(totalsShape)
      })
    ])
  })
})

describe('exit codes', () => {
  it('exits 1 when a gate threshold fails, and says which', () => {
    const { code, stdout } = run(
      '--json',
      '--min-pass-rate',
      '90',
      pytestReport
    )
    expect(code).toBe(1)
    expect(JSON.parse(stdout).gate).toEqual({
      passed: false,
      reasons: ['pass rate 30.0% is below the minimum of 90%']
    })
  })

  it('exits 0 when every threshold holds', () => {
    const { code } = run(
      '--min-execution-rate',
      '80',
      '--max-skip-rate',
      '20',
      pytestReport
    )
    expect(code).toBe(0)
  })

  it.each([
    ['both output formats', ['--json', '--markdown', pytestReport]],
    ['an unknown option', ['--frobnicate', pytestReport]],
    ['a percent out of range', ['--min-pass-rate', '120', pytestReport]]
  ])('exits 2 on bad usage: %s', (_, args) => {
    const { code, stderr } = run(...args)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^ci-triage: /)
  })

  it('exits 2 when no report could be read', () => {
    const { code, stderr } = run('--json', truncated)
    expect(code).toBe(2)
    expect(stderr).toContain('no readable test report')
  })
})

describe('ci-triage --markdown', () => {
  it('prints the suite table, the execution rate and the refused file', () => {
    const { code, stdout } = run(pytestReport, truncated)
    expect(code).toBe(0)
    expect(stdout).toContain(
      '| Suite | Total | Passed | Failed | Errors | Skipped | Success rate |'
    )
    expect(stdout).toMatch(/\| pytest \| 20 \| 6 \| 6 \| 4 \| 4 \|/)
    expect(stdout).toContain('16 of 20 tests attempted')
    expect(stdout).toContain('truncated.xml')
  })
})
