import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readActionYml } from './support/run-action.js'

const yml = readActionYml()

/** Rows of the first table after a README heading, as arrays of cells. */
function readmeTable(heading: string): string[][] {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf(`\n${heading}\n`)
  if (start === -1) throw new Error(`README has no "${heading}"`)
  const lines = readme.slice(start).split('\n')
  const first = lines.findIndex((line) => line.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim())
    )
  }
  return rows
}

const defaultCell = (value: string | null): string =>
  !value
    ? '_(empty)_'
    : value
        .trimEnd()
        .split('\n')
        .map((line) => `\`${line}\``)
        .join('<br>')

describe('action.yml', () => {
  it('runs dist/index.js on node24 and has name, description and branding', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(yml.top.name).toBe('ci-triage')
    expect(yml.top.description).not.toBe('')
    expect(readFileSync('action.yml', 'utf8')).toMatch(
      /\nbranding:\n {2}icon: '[\w-]+'\n {2}color: '\w+'\n/
    )
  })

  it('has the contracted inputs and outputs', () => {
    expect(Object.keys(yml.inputs).sort()).toEqual(
      [
        'github-token',
        'paths',
        'artifacts',
        'run-id',
        'issue-number',
        'comment',
        'comment-key',
        'source-root',
        'min-execution-rate',
        'min-pass-rate',
        'max-skip-rate',
        'fail-on-infrastructure',
        'fail-on-empty',
        'job-summary',
        'annotations',
        'check-name'
      ].sort()
    )
    expect(Object.keys(yml.outputs).sort()).toEqual(
      [
        'total',
        'passed',
        'failed',
        'errors',
        'skipped',
        'execution-rate',
        'skip-rate',
        'failure-rate',
        'pass-rate',
        'infrastructure-causes',
        'gate',
        'comment-url',
        'json',
        'markdown'
      ].sort()
    )
    expect(yml.inputs['github-token'].default).toBe('${{ github.token }}')
    expect(yml.inputs.comment.default).toBe('auto')
    expect(yml.inputs['fail-on-infrastructure'].default).toBe('false')
    expect(yml.inputs['fail-on-empty'].default).toBe('true')
    expect(yml.inputs.paths.default).toContain('**/TEST-*.xml')
  })
})

describe('the README', () => {
  it('lists every input with its default and description, as action.yml', () => {
    expect(readmeTable('### Inputs')).toEqual(
      Object.entries(yml.inputs).map(([name, input]) => [
        `\`${name}\``,
        defaultCell(input.default),
        input.description
      ])
    )
  })

  it('lists every output with its description, as action.yml', () => {
    expect(readmeTable('### Outputs')).toEqual(
      Object.entries(yml.outputs).map(([name, output]) => [
        `\`${name}\``,
        output.description
      ])
    )
  })
})
