/**
 * Wires the GitHub Action: inputs → collect (files, artifacts) → parse →
 * analyze → render → publish (comment, job summary, annotations, outputs,
 * check run) → gate. Publishing is best effort: a token that cannot write
 * costs a warning, never a red build; only the gate and an empty run fail.
 */
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { analyze } from './analyze/index.js'
import type { GateThresholds } from './analyze/gate.js'
import type { Analysis } from './analyze/types.js'
import { downloadArtifacts } from './collect/artifacts.js'
import { collectFiles, type CollectedFiles } from './collect/files.js'
import { indexSource } from './collect/source.js'
import type { ReportFile } from './model.js'
import { readReport } from './parse/index.js'
import {
  failureAnnotations,
  STEP_ANNOTATION_LIMIT,
  type FailureAnnotation
} from './publish/annotations.js'
import { publishCheckRun } from './publish/check.js'
import {
  createClient,
  errorMessage,
  isReadOnlyToken,
  type GitHubClient
} from './publish/client.js'
import { upsertComment, whoAmI } from './publish/comment.js'
import {
  COMMENT_MODES,
  resolveTargets,
  type CommentMode,
  type RunContext
} from './publish/linked.js'
import { actionOutputs } from './publish/outputs.js'
import {
  readTrendData,
  renderComment,
  renderJobSummary,
  renderToBudget,
  type TrendData
} from './render/comment.js'
import { renderJson } from './render/json.js'
import { renderMarkdown } from './render/markdown.js'

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

const lines = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(
    `input ${name} must be true or false, got "${core.getInput(name)}"`
  )
}

function percentInput(name: string): number | undefined {
  const raw = core.getInput(name).trim()
  if (raw === '') return undefined
  const value = Number(raw.replace(/%$/, ''))
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new InputError(
      `input ${name} must be a percent between 0 and 100, got "${raw}"`
    )
  }
  return value
}

function numberInput(name: string): number | null {
  const raw = core.getInput(name).trim().replace(/^#/, '')
  if (raw === '') return null
  if (
    !/^\d+$/.test(raw) ||
    Number(raw) <= 0 ||
    !Number.isSafeInteger(Number(raw))
  ) {
    throw new InputError(
      `input ${name} must be a positive whole number, got "${core.getInput(name).trim()}"`
    )
  }
  return Number(raw)
}

export function readInputs(workspace: string, workflow: string): Inputs {
  const comment = (core.getInput('comment').trim().toLowerCase() ||
    'auto') as CommentMode
  if (!COMMENT_MODES.includes(comment)) {
    throw new InputError(
      `input comment must be one of ${COMMENT_MODES.join(', ')}, got "${core.getInput('comment').trim()}"`
    )
  }
  return {
    token: core.getInput('github-token').trim(),
    paths: lines(core.getInput('paths')),
    artifacts: lines(core.getInput('artifacts')),
    runId: numberInput('run-id'),
    issueNumber: numberInput('issue-number'),
    comment,
    commentKey: core.getInput('comment-key').trim() || workflow || 'ci-triage',
    sourceRoot: resolve(workspace, core.getInput('source-root').trim() || '.'),
    thresholds: {
      minExecutionRate: percentInput('min-execution-rate'),
      minPassRate: percentInput('min-pass-rate'),
      maxSkipRate: percentInput('max-skip-rate'),
      failOnInfrastructure: booleanInput('fail-on-infrastructure', false)
    },
    failOnEmpty: booleanInput('fail-on-empty', true),
    jobSummary: booleanInput('job-summary', true),
    annotations: booleanInput('annotations', true),
    checkName: core.getInput('check-name').trim()
  }
}

/** The warning for a token that may not write, with the fix. */
function readOnlyWarning(what: string, repo: string): string {
  return (
    `ci-triage could not write ${what} to ${repo}: the token is read-only ` +
    `(403 "Resource not accessible by integration"). Pull requests from forks ` +
    `and Dependabot get a read-only GITHUB_TOKEN: upload the test reports as an ` +
    `artifact and run ci-triage in a separate workflow on "workflow_run" with ` +
    `"artifacts:" set (see the README, "Pull requests from forks"). Otherwise ` +
    `grant "issues: write", "pull-requests: write" and "checks: write" in "permissions:". ` +
    `The job summary and outputs were still written.`
  )
}

async function readReports(
  collected: CollectedFiles,
  base: string,
  label: (file: string) => string
): Promise<ReportFile[]> {
  const reports: ReportFile[] = []
  for (const file of collected.files) {
    const report = await readReport(resolve(base, file))
    if (report.notAReport && collected.searched.has(file)) {
      core.debug(`${label(file)}: not a test report, left out`)
      continue
    }
    reports.push({ ...report, path: label(file) })
  }
  return reports
}

function eventPayload(): Record<string, unknown> {
  return context.payload as Record<string, unknown>
}

interface Publication {
  commentUrl: string
  previous: TrendData | null
}

async function publishComments(
  client: GitHubClient,
  ctx: RunContext,
  inputs: Inputs,
  analysis: Analysis,
  runUrl: string,
  title: string
): Promise<Publication & { headSha: string; readOnly: boolean }> {
  const result = { commentUrl: '', previous: null as TrendData | null }
  const targets = await resolveTargets(client, ctx, {
    mode: inputs.comment,
    issueNumber: inputs.issueNumber
  })
  for (const note of targets.notes) core.info(note)
  if (targets.threads.length === 0) {
    core.info(
      inputs.comment === 'off'
        ? 'Comment: off.'
        : 'Comment: no linked issue or pull request; the job summary carries the report.'
    )
    return { ...result, headSha: targets.headSha, readOnly: false }
  }
  const viewer = await whoAmI(client, ctx.graphqlUrl, core.info)
  const shortSha = targets.headSha.slice(0, 7)
  for (const thread of targets.threads) {
    try {
      const written = await upsertComment(
        client,
        { owner: ctx.owner, repo: ctx.repo, number: thread.number },
        inputs.commentKey,
        viewer,
        (previousBody, limit) => {
          const previous = previousBody ? readTrendData(previousBody) : null
          result.previous ??= previous
          return renderComment(analysis, {
            key: inputs.commentKey,
            title,
            previous,
            runUrl,
            footer: `ci-triage · commit ${shortSha}`,
            limit
          }).text
        }
      )
      core.info(
        `Comment ${written.action} on #${thread.number} (${thread.kind}, ${thread.reason}): ${written.url}`
      )
      if (!result.commentUrl) result.commentUrl = written.url
    } catch (err) {
      if (isReadOnlyToken(err)) {
        core.warning(readOnlyWarning('the comment', `${ctx.owner}/${ctx.repo}`))
        return { ...result, headSha: targets.headSha, readOnly: true }
      }
      core.warning(
        `ci-triage could not comment on #${thread.number}: ${errorMessage(err)}`
      )
    }
  }
  return { ...result, headSha: targets.headSha, readOnly: false }
}

function emitAnnotations(annotations: FailureAnnotation[]): void {
  for (const annotation of annotations.slice(0, STEP_ANNOTATION_LIMIT)) {
    core.error(annotation.message, {
      title: annotation.title,
      ...(annotation.path ? { file: annotation.path } : {}),
      ...(annotation.path && annotation.line
        ? { startLine: annotation.line }
        : {})
    })
  }
  if (annotations.length > STEP_ANNOTATION_LIMIT) {
    core.info(
      `Annotated the first ${STEP_ANNOTATION_LIMIT} of ${annotations.length} failures (the runner shows ${STEP_ANNOTATION_LIMIT} per step).`
    )
  }
}

export async function run(): Promise<void> {
  try {
    await runAction()
  } catch (err) {
    core.setFailed(
      err instanceof InputError
        ? `ci-triage: ${err.message}`
        : `ci-triage: ${err instanceof Error ? err.message : String(err)}`
    )
  }
}

async function runAction(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const inputs = readInputs(workspace, context.workflow)
  if (inputs.token) core.setSecret(inputs.token)
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir()
  await mkdir(runnerTemp, { recursive: true })
  const outDir = await mkdtemp(join(runnerTemp, 'ci-triage-'))
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  const hasRepo = !!owner && !!repo
  const client =
    inputs.token && hasRepo
      ? createClient(inputs.token, { log: core.info })
      : null
  if (
    !client &&
    (inputs.artifacts.length > 0 ||
      inputs.comment !== 'off' ||
      inputs.checkName)
  ) {
    core.info(
      hasRepo
        ? 'No github-token: nothing is read from or written to GitHub.'
        : 'GITHUB_REPOSITORY is not set: nothing is read from or written to GitHub.'
    )
  }

  // Collect: local files, then artifacts.
  const reports: ReportFile[] = []
  const looked: string[] = []
  if (inputs.paths.length > 0) {
    const collected = await collectFiles(inputs.paths, workspace)
    for (const line of collected.missing) core.debug(`paths: ${line}`)
    reports.push(...(await readReports(collected, workspace, (f) => f)))
    looked.push(`paths (${inputs.paths.join(', ')})`)
  }
  if (inputs.artifacts.length > 0) {
    const payloadRun = eventPayload().workflow_run as
      { id?: unknown } | undefined
    const runId =
      inputs.runId ??
      (context.eventName === 'workflow_run' &&
      typeof payloadRun?.id === 'number'
        ? payloadRun.id
        : context.runId)
    looked.push(`artifacts of run ${runId} (${inputs.artifacts.join(', ')})`)
    if (!client) {
      core.warning(
        'ci-triage: artifacts need a github-token and GITHUB_REPOSITORY; none were read.'
      )
    } else {
      try {
        const downloaded = await downloadArtifacts(client, {
          owner,
          repo,
          runId,
          patterns: inputs.artifacts,
          destination: join(outDir, 'artifacts')
        })
        for (const warning of downloaded.warnings) core.warning(warning)
        for (const artifact of downloaded.artifacts) {
          const collected = await collectFiles([artifact.dir], artifact.dir)
          reports.push(
            ...(await readReports(collected, artifact.dir, (f) =>
              join(
                artifact.name,
                relative(artifact.dir, resolve(artifact.dir, f))
              )
            ))
          )
        }
      } catch (err) {
        core.warning(
          `ci-triage: artifacts of run ${runId} could not be listed: ${errorMessage(err)}`
        )
      }
    }
  }
  core.info(
    `Read ${reports.length} report file${reports.length === 1 ? '' : 's'}.`
  )

  // Analyze and render the full documents.
  // The source tree gives the causes their fix hints; a missing one costs only the hints.
  const sourceInfo = await stat(inputs.sourceRoot).catch(() => null)
  if (!sourceInfo?.isDirectory()) {
    core.warning(
      `ci-triage: source-root ${inputs.sourceRoot} is not a folder; causes get no source hints`
    )
  }
  const source = sourceInfo?.isDirectory()
    ? await indexSource(inputs.sourceRoot)
    : null
  const analysis = analyze(reports, { thresholds: inputs.thresholds, source })
  for (const warning of analysis.warnings) core.warning(warning)
  const title = `Test triage: ${inputs.commentKey}`
  const jsonPath = join(outDir, 'report.json')
  const markdownPath = join(outDir, 'report.md')
  await writeFile(jsonPath, renderJson(analysis))
  await writeFile(markdownPath, renderMarkdown(analysis, { title }))

  // Publish.
  const serverUrl = (
    process.env.GITHUB_SERVER_URL || 'https://github.com'
  ).replace(/\/$/, '')
  const runUrl = `${serverUrl}/${repository}/actions/runs/${context.runId}`
  const ctx: RunContext = {
    owner,
    repo,
    eventName: context.eventName,
    payload: eventPayload(),
    ref: context.ref ?? '',
    sha: context.sha ?? '',
    graphqlUrl: process.env.GITHUB_GRAPHQL_URL || null
  }
  let published: Publication & { headSha: string; readOnly: boolean } = {
    commentUrl: '',
    previous: null,
    headSha: ctx.sha,
    readOnly: false
  }
  if (client) {
    try {
      published = await publishComments(
        client,
        ctx,
        inputs,
        analysis,
        runUrl,
        title
      )
    } catch (err) {
      core.warning(
        isReadOnlyToken(err)
          ? readOnlyWarning('the comment', repository)
          : `ci-triage could not publish the comment: ${errorMessage(err)}`
      )
    }
  }
  if (inputs.jobSummary) {
    try {
      const summary = renderJobSummary(analysis, {
        title,
        previous: published.previous
      })
      await core.summary.addRaw(summary.text).write()
    } catch (err) {
      core.warning(
        `ci-triage could not write the job summary: ${errorMessage(err)}`
      )
    }
  }
  const annotations = failureAnnotations(analysis, workspace)
  if (inputs.annotations) emitAnnotations(annotations)
  if (inputs.checkName && client && !published.readOnly) {
    try {
      const check = await publishCheckRun(client, {
        owner,
        repo,
        name: inputs.checkName,
        headSha: published.headSha,
        conclusion: analysis.gate.passed ? 'success' : 'failure',
        title: analysis.gate.passed
          ? `${analysis.totals.tests} tests, gate passed`
          : `Gate failed: ${analysis.gate.reasons.join('; ')}`.slice(0, 255),
        summary: renderToBudget(analysis, {
          title,
          limit: 65_000,
          fullReportUrl: runUrl
        }).text,
        annotations: inputs.annotations ? annotations : [],
        detailsUrl: runUrl
      })
      core.info(
        `Check run "${inputs.checkName}" on ${published.headSha}: ${check.url} (${check.annotations} annotations)`
      )
    } catch (err) {
      core.warning(
        isReadOnlyToken(err)
          ? readOnlyWarning('the check run', repository)
          : `ci-triage could not create the check run: ${errorMessage(err)}`
      )
    }
  }
  const outputs = actionOutputs(analysis, {
    commentUrl: published.commentUrl,
    json: jsonPath,
    markdown: markdownPath
  })

  // Gate: after everything is published.
  const readable = reports.filter((report) => report.error === null).length
  if (readable === 0 && inputs.failOnEmpty) {
    outputs.gate = 'failed'
    for (const [name, value] of Object.entries(outputs))
      core.setOutput(name, value)
    core.setFailed(
      `ci-triage: no test report found in ${looked.length > 0 ? looked.join(' and ') : 'nothing (paths and artifacts are both empty)'}`
    )
    return
  }
  for (const [name, value] of Object.entries(outputs))
    core.setOutput(name, value)
  if (!analysis.gate.passed) {
    core.setFailed(`ci-triage gate failed: ${analysis.gate.reasons.join('; ')}`)
  }
}
