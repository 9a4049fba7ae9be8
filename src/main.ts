/**
 * Wires the GitHub Action: inputs → collect (files, artifacts) → parse →
 * analyze → render → publish (comment, job summary, annotations, outputs,
 * check run) → gate. Publishing is best effort: a token that cannot write
 * costs a warning, never a red build; only the gate and an empty run fail.
 */
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { analyze } from './analyze/index.js'
import { artifactRunId, collectReports } from './collect/reports.js'
import { indexSource } from './collect/source.js'
import { readInputs } from './inputs.js'
import {
  emitStepAnnotations,
  failureAnnotations
} from './publish/annotations.js'
import { publishCheckRun } from './publish/check.js'
import {
  createClient,
  errorMessage,
  isReadOnlyToken,
  readOnlyWarning
} from './publish/client.js'
import { publishComments, type Publication } from './publish/comment.js'
import type { RunContext } from './publish/linked.js'
import { actionOutputs } from './publish/outputs.js'
import {
  renderComment,
  renderJobSummary,
  renderToBudget
} from './render/comment.js'
import { renderJson } from './render/json.js'
import { renderMarkdown } from './render/markdown.js'

export async function run(): Promise<void> {
  try {
    await runAction()
  } catch (err) {
    // A bad input (InputError) or an unexpected fault: one line either way.
    core.setFailed(
      `ci-triage: ${err instanceof Error ? err.message : String(err)}`
    )
  }
}

async function runAction(): Promise<void> {
  // Masked before anything else can fail and print.
  const token = core.getInput('github-token').trim()
  if (token) core.setSecret(token)
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const inputs = readInputs(workspace, context.workflow)
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
  const payload = context.payload as Record<string, unknown>

  // Collect and parse: local files, then artifacts.
  const { reports, looked } = await collectReports(
    {
      workspace,
      paths: inputs.paths,
      artifacts: inputs.artifacts,
      runId: artifactRunId(
        inputs.runId,
        context.eventName,
        payload,
        context.runId
      ),
      github: client ? { client, owner, repo } : null,
      artifactDir: join(outDir, 'artifacts')
    },
    { debug: core.debug, warning: core.warning }
  )
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
  const readable = reports.filter((report) => report.error === null).length
  // With fail-on-empty false a run without reports passes: thresholds meant
  // for runs that have tests must not turn it red through a rate of n/a.
  const thresholds =
    readable === 0 && !inputs.failOnEmpty ? {} : inputs.thresholds
  const analysis = analyze(reports, { thresholds, source })
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
    payload,
    ref: context.ref ?? '',
    sha: context.sha ?? '',
    graphqlUrl: process.env.GITHUB_GRAPHQL_URL || null
  }
  let published: Publication = {
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
        {
          mode: inputs.comment,
          issueNumber: inputs.issueNumber,
          key: inputs.commentKey,
          render: (previous, limit, headSha) =>
            renderComment(analysis, {
              key: inputs.commentKey,
              title,
              previous,
              runUrl,
              footer: `ci-triage · commit ${headSha.slice(0, 7)}`,
              limit
            }).text
        },
        { info: core.info, warning: core.warning }
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
  if (inputs.annotations) emitStepAnnotations(annotations)
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
