/**
 * Where the comment goes: the issue(s) the work is about, else the pull
 * request. Order: the `issue-number` input, the pull request's closing
 * references (GraphQL), closing keywords in its body, an issue number in the
 * branch name, then the pull request itself. On `workflow_run` the pull
 * request is found from the run that triggered this one.
 */
import { errorMessage, errorStatus, type GitHubClient } from './client.js'

export type CommentMode = 'auto' | 'issue' | 'pr' | 'both' | 'off'
export const COMMENT_MODES: readonly CommentMode[] = [
  'auto',
  'issue',
  'pr',
  'both',
  'off'
]

/** What the workflow run knows about itself (from the runner's environment). */
export interface RunContext {
  owner: string
  repo: string
  eventName: string
  payload: Record<string, unknown>
  /** GITHUB_REF, e.g. `refs/heads/issue-861-login`. */
  ref: string
  sha: string
  /** Absolute GraphQL endpoint, when the runner names one. */
  graphqlUrl: string | null
}

export interface PullRequestInfo {
  number: number
  headSha: string | null
  headRef: string | null
  body: string
}

export interface Thread {
  number: number
  kind: 'issue' | 'pull request'
  /** How it was found, for the log. */
  reason: string
}

export interface Targets {
  threads: Thread[]
  pullRequest: PullRequestInfo | null
  /** The commit the results belong to (a check run goes there). */
  headSha: string
  /** What happened on the way, one line each, for the log. */
  notes: string[]
}

/** A cap on threads commented per run, so one PR cannot fan out widely. */
const MAX_LINKED_ISSUES = 5

type Json = Record<string, unknown>
const obj = (value: unknown): Json | null =>
  typeof value === 'object' && value !== null ? (value as Json) : null
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0
    ? value
    : null
const str = (value: unknown): string | null =>
  typeof value === 'string' ? value : null

function fromPayloadPullRequest(value: unknown): PullRequestInfo | null {
  const pr = obj(value)
  const number = num(pr?.number)
  if (!pr || number === null) return null
  return {
    number,
    headSha: str(obj(pr.head)?.sha),
    headRef: str(obj(pr.head)?.ref),
    body: str(pr.body) ?? ''
  }
}

async function fetchPullRequest(
  client: GitHubClient,
  ctx: RunContext,
  number: number
): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({
    owner: ctx.owner,
    repo: ctx.repo,
    pull_number: number
  })
  return {
    number,
    headSha: data.head.sha,
    headRef: data.head.ref,
    body: data.body ?? ''
  }
}

/** The pull request of the run that triggered a `workflow_run`. */
async function triggeringPullRequest(
  client: GitHubClient,
  ctx: RunContext,
  notes: string[]
): Promise<PullRequestInfo | null> {
  const run = obj(ctx.payload.workflow_run)
  if (!run) return null
  const repositoryId = obj(ctx.payload.repository)?.id
  // Same-repository pull requests are listed on the run; forks never are.
  for (const entry of Array.isArray(run.pull_requests)
    ? run.pull_requests
    : []) {
    const pr = obj(entry)
    const baseRepoId = obj(obj(pr?.base)?.repo)?.id
    const number = num(pr?.number)
    if (number !== null && baseRepoId === repositoryId) {
      return fetchPullRequest(client, ctx, number)
    }
  }
  const headBranch = str(run.head_branch)
  const headOwner = str(obj(obj(run.head_repository)?.owner)?.login)
  const headSha = str(run.head_sha)
  if (!headBranch || !headOwner) return null
  const { data } = await client.rest.pulls.list({
    owner: ctx.owner,
    repo: ctx.repo,
    state: 'open',
    head: `${headOwner}:${headBranch}`,
    per_page: 100
  })
  const match =
    data.find((pr) => headSha !== null && pr.head.sha === headSha) ?? data[0]
  if (!match) {
    notes.push(
      `no open pull request for ${headOwner}:${headBranch} (the triggering run)`
    )
    return null
  }
  return {
    number: match.number,
    headSha: match.head.sha,
    headRef: match.head.ref,
    body: match.body ?? ''
  }
}

async function findPullRequest(
  client: GitHubClient,
  ctx: RunContext,
  notes: string[]
): Promise<PullRequestInfo | null> {
  const direct = fromPayloadPullRequest(ctx.payload.pull_request)
  if (direct) return direct
  const issue = obj(ctx.payload.issue)
  if (issue?.pull_request && num(issue.number) !== null) {
    return fetchPullRequest(client, ctx, num(issue.number) as number)
  }
  if (ctx.eventName === 'workflow_run') {
    return triggeringPullRequest(client, ctx, notes)
  }
  return null
}

const CLOSING_KEYWORD =
  /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([\w.-]+)\/([\w.-]+))?#(\d+)\b/gi

/** Issue numbers that closing keywords in a pull request body name, in this repository. */
export function closingKeywordIssues(
  body: string,
  owner: string,
  repo: string
): number[] {
  const numbers: number[] = []
  for (const match of body.matchAll(CLOSING_KEYWORD)) {
    if (
      match[1] !== undefined &&
      (match[1].toLowerCase() !== owner.toLowerCase() ||
        match[2].toLowerCase() !== repo.toLowerCase())
    ) {
      continue
    }
    const number = Number(match[3])
    if (number > 0 && !numbers.includes(number)) numbers.push(number)
  }
  return numbers
}

/** `issue-861-login`, `861-login`, `gh-861`, `feature/issue_861` → 861. */
export function branchIssueNumber(branch: string): number | null {
  const name = branch.replace(/^refs\/heads\//, '')
  const match =
    /(?:^|[/_-])(?:issue|gh)[-_]?(\d+)(?=$|[/_.-])/i.exec(name) ??
    /(?:^|\/)(\d+)(?=$|[/_.-])/.exec(name)
  if (!match) return null
  const number = Number(match[1])
  return Number.isSafeInteger(number) && number > 0 ? number : null
}

async function closingReferences(
  client: GitHubClient,
  ctx: RunContext,
  number: number
): Promise<number[]> {
  const result = await client.graphql<{
    repository: {
      pullRequest: {
        closingIssuesReferences: {
          nodes: Array<{
            number: number
            repository: { nameWithOwner: string }
          }>
        }
      } | null
    } | null
  }>({
    query: `query($owner: String!, $repo: String!, $number: Int!) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      closingIssuesReferences(first: 10) {
        nodes { number repository { nameWithOwner } }
      }
    }
  }
}`,
    ...(ctx.graphqlUrl ? { url: ctx.graphqlUrl } : {}),
    owner: ctx.owner,
    repo: ctx.repo,
    number
  })
  const here = `${ctx.owner}/${ctx.repo}`.toLowerCase()
  return (result.repository?.pullRequest?.closingIssuesReferences.nodes ?? [])
    .filter((node) => node.repository.nameWithOwner.toLowerCase() === here)
    .map((node) => node.number)
}

/** True when the number is an open-or-closed issue (not a pull request) here. */
async function isIssue(
  client: GitHubClient,
  ctx: RunContext,
  number: number
): Promise<boolean> {
  try {
    const { data } = await client.rest.issues.get({
      owner: ctx.owner,
      repo: ctx.repo,
      issue_number: number
    })
    return !data.pull_request
  } catch (err) {
    if (errorStatus(err) === 404 || errorStatus(err) === 410) return false
    throw err
  }
}

function branchOf(ctx: RunContext, pr: PullRequestInfo | null): string | null {
  if (pr?.headRef) return pr.headRef
  if (ctx.eventName === 'workflow_run') {
    return str(obj(ctx.payload.workflow_run)?.head_branch)
  }
  return ctx.ref.startsWith('refs/heads/') ? ctx.ref : null
}

async function linkedIssues(
  client: GitHubClient,
  ctx: RunContext,
  pr: PullRequestInfo | null,
  notes: string[]
): Promise<Thread[]> {
  const asThreads = (numbers: number[], reason: string): Thread[] =>
    numbers
      .filter((n) => n !== pr?.number)
      .slice(0, MAX_LINKED_ISSUES)
      .map((number) => ({ number, kind: 'issue' as const, reason }))
  if (pr) {
    try {
      const numbers = await closingReferences(client, ctx, pr.number)
      if (numbers.length > 0)
        return asThreads(numbers, `closing reference of #${pr.number}`)
    } catch (err) {
      notes.push(
        `closing references of #${pr.number} could not be read: ${errorMessage(err)}`
      )
    }
    const numbers = closingKeywordIssues(pr.body, ctx.owner, ctx.repo)
    if (numbers.length > 0)
      return asThreads(numbers, `closing keyword in #${pr.number}`)
  }
  const branch = branchOf(ctx, pr)
  const fromBranch = branch ? branchIssueNumber(branch) : null
  if (branch && fromBranch !== null && fromBranch !== pr?.number) {
    if (await isIssue(client, ctx, fromBranch)) {
      return asThreads([fromBranch], `named by branch ${branch}`)
    }
    notes.push(`branch ${branch} names #${fromBranch}, which is not an issue`)
  }
  return []
}

export async function resolveTargets(
  client: GitHubClient,
  ctx: RunContext,
  options: { mode: CommentMode; issueNumber: number | null }
): Promise<Targets> {
  const notes: string[] = []
  const pr = await findPullRequest(client, ctx, notes)
  const runHead = str(obj(ctx.payload.workflow_run)?.head_sha)
  const headSha = pr?.headSha ?? runHead ?? ctx.sha
  const done = (threads: Thread[]): Targets => ({
    threads,
    pullRequest: pr,
    headSha,
    notes
  })
  if (options.mode === 'off') return done([])
  const prThread: Thread[] = pr
    ? [{ number: pr.number, kind: 'pull request', reason: 'the pull request' }]
    : []
  if (options.mode === 'pr') return done(prThread)
  const issues =
    options.issueNumber !== null
      ? [
          {
            number: options.issueNumber,
            kind: 'issue' as const,
            reason: 'the issue-number input'
          }
        ]
      : await linkedIssues(client, ctx, pr, notes)
  if (options.mode === 'issue') return done(issues)
  if (options.mode === 'both') {
    return done([
      ...issues,
      ...prThread.filter((t) => !issues.some((i) => i.number === t.number))
    ])
  }
  return done(issues.length > 0 ? issues : prThread)
}
