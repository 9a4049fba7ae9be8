/**
 * Runs `node dist/index.js` the way the runner does: every input as
 * `INPUT_<NAME>` filled with action.yml's default unless given, the event
 * payload in a file, and the files behind GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY, against the stand-in's URLs.
 */
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { GitHubStandIn } from './github-stand-in.js'

/** Jest runs from the repository root. */
export const ROOT = process.cwd()

export interface ActionYml {
  inputs: Record<
    string,
    { description: string; default: string | null; required: boolean }
  >
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
  top: Record<string, string>
}

const unquote = (value: string): string => {
  const v = value.trim()
  if (v.startsWith("'") && v.endsWith("'"))
    return v.slice(1, -1).replace(/''/g, "'")
  if (v.startsWith('"') && v.endsWith('"')) return JSON.parse(v) as string
  return v
}

/**
 * Reads action.yml. It is written in a plain subset of YAML (two-space
 * indents, quoted scalars, `|` blocks), which this reader accepts and checks.
 */
export function readActionYml(path = join(ROOT, 'action.yml')): ActionYml {
  const result: ActionYml = { inputs: {}, outputs: {}, runs: {}, top: {} }
  const lines = readFileSync(path, 'utf8').split('\n')
  let section = ''
  let item: Record<string, unknown> | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    const top = /^([\w-]+):\s*(.*)$/.exec(line)
    if (top) {
      section = top[1]
      if (top[2] !== '') result.top[section] = unquote(top[2])
      continue
    }
    const key = /^ {2}([\w-]+):\s*(.*)$/.exec(line)
    if (key) {
      if (section === 'inputs' || section === 'outputs') {
        item =
          section === 'inputs'
            ? { description: '', default: null, required: false }
            : { description: '' }
        ;(result[section] as Record<string, unknown>)[key[1]] = item
      } else if (section === 'runs') {
        result.runs[key[1]] = unquote(key[2])
      }
      continue
    }
    const field = /^ {4}([\w-]+):\s*(.*)$/.exec(line)
    if (field && item) {
      let value: unknown = unquote(field[2])
      if (field[2].trim() === '|') {
        const block: string[] = []
        while (
          i + 1 < lines.length &&
          (lines[i + 1].startsWith('      ') || lines[i + 1].trim() === '')
        ) {
          i += 1
          block.push(lines[i].slice(6))
        }
        while (block.length > 0 && block[block.length - 1] === '') block.pop()
        value = `${block.join('\n')}\n`
      }
      if (field[1] === 'required') value = value === 'true'
      item[field[1]] = value
      continue
    }
    if (section === 'branding' && /^ {2}/.test(line)) continue
    throw new Error(
      `action.yml line ${i + 1} is outside the subset this reader knows: ${line}`
    )
  }
  return result
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
  workspace: string
}

export interface RunOptions {
  standIn: GitHubStandIn
  eventName: string
  payload: unknown
  /** Inputs by their action.yml name; the rest take action.yml's defaults. */
  inputs?: Record<string, string>
  /** Files to put in the workspace: workspace path → source file. */
  files?: Record<string, string>
  workspace?: string
  env?: Record<string, string>
  token?: string
}

/** `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    while (i + 1 < lines.length && lines[i + 1] !== m[2]) value.push(lines[++i])
    i += 1
    outputs[m[1]] = value.join('\n')
  }
  return outputs
}

/** The node that runs the action: Node 24 in CI when provided, else this one. */
export const ACTION_NODE = process.env.CI_TRIAGE_E2E_NODE || process.execPath

const runFolders: string[] = []

/** Removes the folders of every run so far (call it after each test). */
export function removeRunFolders(): void {
  for (const folder of runFolders.splice(0)) {
    rmSync(folder, { recursive: true, force: true })
  }
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const { standIn } = options
  const base = mkdtempSync(join(tmpdir(), 'ci-triage-e2e-'))
  runFolders.push(base)
  const workspace = options.workspace ?? join(base, 'workspace')
  const runnerTemp = join(base, 'runner-temp')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(runnerTemp, { recursive: true })
  for (const [target, source] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, target)), { recursive: true })
    copyFileSync(source, join(workspace, target))
  }
  const eventPath = join(base, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  const outputPath = join(base, 'output')
  const summaryPath = join(base, 'summary')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const token = options.token ?? standIn.token

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? base,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${standIn.owner}/${standIn.repo}`,
    GITHUB_REPOSITORY_OWNER: standIn.owner,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_RUN_ID: '7001',
    GITHUB_RUN_NUMBER: '12',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_JOB: 'triage',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: standIn.apiUrl,
    GITHUB_GRAPHQL_URL: `${standIn.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...options.env
  }
  const yml = readActionYml()
  for (const [name, input] of Object.entries(yml.inputs)) {
    const given = options.inputs?.[name]
    const fallback = (input.default ?? '').replace('${{ github.token }}', token)
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = given ?? fallback
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in yml.inputs)) throw new Error(`no input ${name} in action.yml`)
  }

  const child = spawn(ACTION_NODE, [join(ROOT, 'dist/index.js')], {
    cwd: workspace,
    env
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number>((resolvePromise) =>
    child.on('close', (c) => resolvePromise(c ?? -1))
  )
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    runnerTemp,
    workspace
  }
}

/** A real webhook payload from @octokit/webhooks-examples. */
export function webhookExample(
  event: string,
  pick: (payload: Record<string, unknown>) => boolean
): Record<string, unknown> {
  const all = JSON.parse(
    readFileSync(
      join(
        ROOT,
        'node_modules/@octokit/webhooks-examples/api.github.com/index.json'
      ),
      'utf8'
    )
  ) as Array<{ name: string; examples: Array<Record<string, unknown>> }>
  const found = all.find((entry) => entry.name === event)?.examples.find(pick)
  if (!found) throw new Error(`no ${event} example matches`)
  return structuredClone(found)
}
