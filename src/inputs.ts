/**
 * The action's inputs, read and validated in one place. A bad value stops the
 * step with one line naming the input, what it accepts and what it got.
 */
import { resolve } from 'node:path'
import * as core from '@actions/core'
import type { GateThresholds } from './analyze/gate.js'
import { COMMENT_MODES, type CommentMode } from './publish/linked.js'

export class InputError extends Error {}

export interface Inputs {
  token: string
  paths: string[]
  artifacts: string[]
  runId: number | null
  issueNumber: number | null
  comment: CommentMode
  commentKey: string
  sourceRoot: string
  thresholds: GateThresholds
  failOnEmpty: boolean
  jobSummary: boolean
  annotations: boolean
  checkName: string
}

/** Reads one input by its action.yml name; '' when unset. */
export type InputReader = (name: string) => string

/** Non-empty lines; `#` starts a comment line. */
export const inputLines = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))

function booleanInput(
  read: InputReader,
  name: string,
  fallback: boolean
): boolean {
  const raw = read(name).trim()
  const value = raw.toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(`input ${name} must be true or false, got "${raw}"`)
}

function percentInput(read: InputReader, name: string): number | undefined {
  const raw = read(name).trim()
  if (raw === '') return undefined
  const value = Number(raw.replace(/%$/, ''))
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new InputError(
      `input ${name} must be a percent between 0 and 100, got "${raw}"`
    )
  }
  return value
}

function wholeNumberInput(read: InputReader, name: string): number | null {
  const raw = read(name).trim()
  // `#861` is how people write an issue number.
  const digits = raw.replace(/^#/, '')
  if (digits === '') return null
  if (
    !/^\d+$/.test(digits) ||
    Number(digits) <= 0 ||
    !Number.isSafeInteger(Number(digits))
  ) {
    throw new InputError(
      `input ${name} must be a positive whole number, got "${raw}"`
    )
  }
  return Number(digits)
}

function commentInput(read: InputReader): CommentMode {
  const raw = read('comment').trim()
  const mode = (raw.toLowerCase() || 'auto') as CommentMode
  if (!COMMENT_MODES.includes(mode)) {
    throw new InputError(
      `input comment must be one of ${COMMENT_MODES.join(', ')}, got "${raw}"`
    )
  }
  return mode
}

export function readInputs(
  workspace: string,
  workflow: string,
  read: InputReader = (name) => core.getInput(name)
): Inputs {
  return {
    token: read('github-token').trim(),
    paths: inputLines(read('paths')),
    artifacts: inputLines(read('artifacts')),
    runId: wholeNumberInput(read, 'run-id'),
    issueNumber: wholeNumberInput(read, 'issue-number'),
    comment: commentInput(read),
    commentKey: read('comment-key').trim() || workflow || 'ci-triage',
    sourceRoot: resolve(workspace, read('source-root').trim() || '.'),
    thresholds: {
      minExecutionRate: percentInput(read, 'min-execution-rate'),
      minPassRate: percentInput(read, 'min-pass-rate'),
      maxSkipRate: percentInput(read, 'max-skip-rate'),
      failOnInfrastructure: booleanInput(read, 'fail-on-infrastructure', false)
    },
    failOnEmpty: booleanInput(read, 'fail-on-empty', true),
    jobSummary: booleanInput(read, 'job-summary', true),
    annotations: booleanInput(read, 'annotations', true),
    checkName: read('check-name').trim()
  }
}
