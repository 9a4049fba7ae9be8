/**
 * Every report of the run: files from the workspace's globs, then the files
 * of matching artifacts. A searched file that is no test report is left out
 * quietly; a named one that cannot be read stays in (its error is reported).
 */
import { join, relative, resolve } from 'node:path'
import type { ReportFile } from '../model.js'
import { errorMessage, type GitHubClient } from '../publish/client.js'
import { downloadArtifacts } from './artifacts.js'
import { collectFiles } from './files.js'
import { readCollected } from './read.js'

export interface CollectLog {
  debug: (message: string) => void
  warning: (message: string) => void
}

export interface ReportSources {
  workspace: string
  /** Globs, files or folders in the workspace. */
  paths: string[]
  /** Artifact-name globs. */
  artifacts: string[]
  /** The run whose artifacts are read. */
  runId: number
  /** Needed for artifacts; null when there is no token or repository. */
  github: { client: GitHubClient; owner: string; repo: string } | null
  /** Folder the artifacts are extracted into. */
  artifactDir: string
}

export interface CollectedReports {
  reports: ReportFile[]
  /** Where reports were looked for, for the "no report found" message. */
  looked: string[]
}

/**
 * The run whose artifacts to read: the input, else on `workflow_run` the run
 * that triggered this one, else this run.
 */
export function artifactRunId(
  input: number | null,
  eventName: string,
  payload: Record<string, unknown>,
  currentRunId: number
): number {
  if (input !== null) return input
  const triggering = payload.workflow_run as { id?: unknown } | undefined
  return eventName === 'workflow_run' && typeof triggering?.id === 'number'
    ? triggering.id
    : currentRunId
}

export async function collectReports(
  sources: ReportSources,
  log: CollectLog
): Promise<CollectedReports> {
  const reports: ReportFile[] = []
  const looked: string[] = []
  if (sources.paths.length > 0) {
    const collected = await collectFiles(sources.paths, sources.workspace)
    for (const line of collected.missing) log.debug(`paths: ${line}`)
    reports.push(
      ...(await readCollected(
        collected,
        sources.workspace,
        (f) => f,
        log.debug
      ))
    )
    looked.push(`paths (${sources.paths.join(', ')})`)
  }
  if (sources.artifacts.length === 0) return { reports, looked }

  const { runId } = sources
  looked.push(`artifacts of run ${runId} (${sources.artifacts.join(', ')})`)
  if (!sources.github) {
    log.warning(
      'ci-triage: artifacts need a github-token and GITHUB_REPOSITORY; none were read.'
    )
    return { reports, looked }
  }
  const { client, owner, repo } = sources.github
  try {
    const downloaded = await downloadArtifacts(client, {
      owner,
      repo,
      runId,
      patterns: sources.artifacts,
      destination: sources.artifactDir
    })
    for (const warning of downloaded.warnings) log.warning(warning)
    for (const artifact of downloaded.artifacts) {
      const collected = await collectFiles([artifact.dir], artifact.dir)
      // Reports are named by artifact and path inside it, never the temp folder.
      const label = (file: string): string =>
        join(artifact.name, relative(artifact.dir, resolve(artifact.dir, file)))
      reports.push(
        ...(await readCollected(collected, artifact.dir, label, log.debug))
      )
    }
  } catch (err) {
    log.warning(
      `ci-triage: artifacts of run ${runId} could not be listed: ${errorMessage(err)}`
    )
  }
  return { reports, looked }
}
