/**
 * The GitHub client: Octokit from the toolkit with retries for 5xx
 * (plugin-retry) and waits for primary and secondary rate limits
 * (plugin-throttling, which honours `retry-after` and the reset time).
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Times one request is retried after a rate limit before we give up. */
const RATE_LIMIT_RETRIES = 3

export interface ClientOptions {
  /** REST base URL; the toolkit's default is GITHUB_API_URL. */
  baseUrl?: string
  /** Where retries are reported (a log line each); never the token. */
  log?: (message: string) => void
}

export function createClient(
  token: string,
  options: ClientOptions = {}
): GitHubClient {
  const log = options.log ?? (() => undefined)
  // Both limits: say what is waited for, and give up after a few tries.
  const retryAfterLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: RequestInfo,
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      log(
        `${kind} on ${request.method} ${request.url}; retrying in ${retryAfter}s`
      )
      return retryCount < RATE_LIMIT_RETRIES
    }
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retries: 3 },
      throttle: {
        onRateLimit: retryAfterLimit('rate limit'),
        onSecondaryRateLimit: retryAfterLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )
}

interface RequestInfo {
  method: string
  url: string
}

/** HTTP status of an Octokit error, or null. */
export function errorStatus(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}

/** One line describing an API error, never a header or the token. */
export function errorMessage(err: unknown): string {
  const status = errorStatus(err)
  const message = err instanceof Error ? err.message : String(err)
  const line = message.split('\n')[0].slice(0, 300)
  return status !== null && !line.includes(String(status))
    ? `${status} ${line}`
    : line
}

/**
 * A token that may read but not write: the read-only `GITHUB_TOKEN` of a
 * pull request from a fork or from Dependabot, or missing `permissions:`.
 */
export function isReadOnlyToken(err: unknown): boolean {
  if (errorStatus(err) !== 403) return false
  const message = err instanceof Error ? err.message : String(err)
  return /resource not accessible by (integration|personal access token)/i.test(
    message
  )
}

/** The warning for a token that may not write, naming the fix. */
export function readOnlyWarning(what: string, repository: string): string {
  return (
    `ci-triage could not write ${what} to ${repository}: the token is read-only ` +
    `(403 "Resource not accessible by integration"). Pull requests from forks ` +
    `and Dependabot get a read-only GITHUB_TOKEN: upload the test reports as an ` +
    `artifact and run ci-triage in a separate workflow on "workflow_run" with ` +
    `"artifacts:" set (see the README, "Pull requests from forks"). Otherwise ` +
    `grant "issues: write", "pull-requests: write" and "checks: write" in "permissions:". ` +
    `The job summary and outputs were still written.`
  )
}
