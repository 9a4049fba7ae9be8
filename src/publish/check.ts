/**
 * A check run with the gate's conclusion on the head commit, so branch
 * protection can require it (also in `workflow_run` setups, where the job
 * itself does not run on the pull request's commit).
 */
import type { GitHubClient } from './client.js'
import type { FailureAnnotation } from './annotations.js'

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** Annotations sent at most; each further 50 cost one more write. */
export const MAX_CHECK_ANNOTATIONS = 500

export interface CheckRunRequest {
  owner: string
  repo: string
  name: string
  headSha: string
  conclusion: 'success' | 'failure'
  title: string
  /** Markdown, at most 65,535 characters. */
  summary: string
  annotations: FailureAnnotation[]
  detailsUrl: string | null
}

export interface CheckRunResult {
  url: string
  annotations: number
}

export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest
): Promise<CheckRunResult> {
  const placed = request.annotations
    .filter((a): a is FailureAnnotation & { path: string } => a.path !== null)
    .slice(0, MAX_CHECK_ANNOTATIONS)
    .map((a) => ({
      path: a.path,
      start_line: a.line ?? 1,
      end_line: a.line ?? 1,
      annotation_level: 'failure' as const,
      title: a.title,
      message: a.message
    }))
  const batches: (typeof placed)[] = []
  for (let i = 0; i < placed.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(placed.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const output = (batch: typeof placed | undefined) => ({
    title: request.title,
    summary: request.summary,
    ...(batch && batch.length > 0 ? { annotations: batch } : {})
  })
  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    output: output(batches[0])
  })
  // Annotations of later updates are appended to the earlier ones.
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner: request.owner,
      repo: request.repo,
      check_run_id: data.id,
      output: output(batch)
    })
  }
  return { url: data.html_url ?? '', annotations: placed.length }
}
