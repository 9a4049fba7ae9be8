import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { InputError, readInputs } from '../src/inputs.js'
import { readActionYml } from './support/run-action.js'

const yml = readActionYml()

/** Inputs as the runner gives them: action.yml's defaults unless set. */
const reader =
  (given: Record<string, string>) =>
  (name: string): string => {
    if (!(name in yml.inputs)) throw new Error(`no input ${name} in action.yml`)
    return (
      given[name] ??
      (yml.inputs[name].default ?? '').replace('${{ github.token }}', 'tok')
    )
  }

const read = (given: Record<string, string> = {}) =>
  readInputs('/ws', 'CI', reader(given))

describe('readInputs', () => {
  it("takes action.yml's defaults", () => {
    expect(read()).toEqual({
      token: 'tok',
      paths: yml.inputs.paths.default?.trim().split('\n'),
      artifacts: [],
      runId: null,
      issueNumber: null,
      comment: 'auto',
      commentKey: 'CI',
      sourceRoot: '/ws',
      thresholds: {
        minExecutionRate: undefined,
        minPassRate: undefined,
        maxSkipRate: undefined,
        failOnInfrastructure: false
      },
      failOnEmpty: true,
      jobSummary: true,
      annotations: true,
      checkName: ''
    })
  })

  it('reads lists, numbers, percents, switches and paths', () => {
    const inputs = read({
      paths: 'a/*.xml\n\n# a comment\n  b.trx  ',
      artifacts: 'test-reports-*\r\ncoverage',
      'run-id': '123456789',
      'issue-number': '#861',
      comment: 'BOTH',
      'comment-key': ' nightly ',
      'source-root': 'src',
      'min-execution-rate': '90',
      'min-pass-rate': '99.5%',
      'max-skip-rate': '0',
      'fail-on-infrastructure': 'TRUE',
      'fail-on-empty': 'false',
      'job-summary': 'False',
      annotations: 'false',
      'check-name': 'tests'
    })
    expect(inputs).toMatchObject({
      paths: ['a/*.xml', 'b.trx'],
      artifacts: ['test-reports-*', 'coverage'],
      runId: 123456789,
      issueNumber: 861,
      comment: 'both',
      commentKey: 'nightly',
      sourceRoot: join('/ws', 'src'),
      thresholds: {
        minExecutionRate: 90,
        minPassRate: 99.5,
        maxSkipRate: 0,
        failOnInfrastructure: true
      },
      failOnEmpty: false,
      jobSummary: false,
      annotations: false,
      checkName: 'tests'
    })
  })

  it('empty paths mean no local files; an empty key falls back to the workflow name', () => {
    expect(read({ paths: '', 'comment-key': '' })).toMatchObject({
      paths: [],
      commentKey: 'CI'
    })
    expect(
      readInputs('/ws', '', reader({ 'comment-key': '' })).commentKey
    ).toBe('ci-triage')
  })

  it.each([
    [
      { 'min-execution-rate': '150' },
      'input min-execution-rate must be a percent between 0 and 100, got "150"'
    ],
    [
      { 'max-skip-rate': '-1' },
      'input max-skip-rate must be a percent between 0 and 100, got "-1"'
    ],
    [
      { 'min-pass-rate': 'high' },
      'input min-pass-rate must be a percent between 0 and 100, got "high"'
    ],
    [
      { 'run-id': 'latest' },
      'input run-id must be a positive whole number, got "latest"'
    ],
    [
      { 'issue-number': '0' },
      'input issue-number must be a positive whole number, got "0"'
    ],
    [
      { 'issue-number': '12.5' },
      'input issue-number must be a positive whole number, got "12.5"'
    ],
    [
      { comment: 'slack' },
      'input comment must be one of auto, issue, pr, both, off, got "slack"'
    ],
    [
      { annotations: 'yes' },
      'input annotations must be true or false, got "yes"'
    ],
    [
      { 'job-summary': '1' },
      'input job-summary must be true or false, got "1"'
    ],
    [
      { 'fail-on-infrastructure': 'on' },
      'input fail-on-infrastructure must be true or false, got "on"'
    ]
  ])('refuses %j with one clear line', (given, message) => {
    expect(() => read(given)).toThrow(new InputError(message))
  })
})
