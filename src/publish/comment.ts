/**
 * One living comment per thread and key: found by its hidden marker among the
 * comments this token's user wrote (on any page), created once, then edited in
 * place. A person's comment that quotes the marker is never touched.
 */
import {
  COMMENT_LIMIT,
  commentMarker,
  readTrendData,
  type TrendData
} from '../render/comment.js'
import {
  errorMessage,
  errorStatus,
  isReadOnlyToken,
  readOnlyWarning,
  type GitHubClient
} from './client.js'
import { resolveTargets, type CommentMode, type RunContext } from './linked.js'

/** The account the token acts as. */
export interface Viewer {
  login: string
  id: number | null
}

/** The Actions GITHUB_TOKEN writes as this app user. */
const ACTIONS_BOT: Viewer = { login: 'github-actions[bot]', id: 41898282 }

/**
 * Who the token is. GraphQL `viewer` answers for every kind of token; the
 * Actions token gets 403 from `GET /user`.
 */
export async function whoAmI(
  client: GitHubClient,
  graphqlUrl: string | null,
  log: (message: string) => void = () => undefined
): Promise<Viewer> {
  try {
    const result = await client.graphql<{
      viewer: { login: string; databaseId: number | null }
    }>({
      query: 'query { viewer { login databaseId } }',
      ...(graphqlUrl ? { url: graphqlUrl } : {})
    })
    return { login: result.viewer.login, id: result.viewer.databaseId ?? null }
  } catch (err) {
    log(
      `could not ask who the token is (${errorMessage(err)}); assuming ${ACTIONS_BOT.login}`
    )
    return ACTIONS_BOT
  }
}

interface ExistingComment {
  id: number
  url: string
  body: string
}

const sameUser = (
  user: { login: string; id: number } | null | undefined,
  viewer: Viewer
): boolean =>
  !!user &&
  (viewer.id !== null
    ? user.id === viewer.id
    : user.login.toLowerCase() === viewer.login.toLowerCase())

/** Our earlier comment on the thread, searched on every page. */
export async function findComment(
  client: GitHubClient,
  thread: { owner: string; repo: string; number: number },
  key: string,
  viewer: Viewer
): Promise<ExistingComment | null> {
  const marker = commentMarker(key)
  for await (const page of client.paginate.iterator(
    client.rest.issues.listComments,
    {
      owner: thread.owner,
      repo: thread.repo,
      issue_number: thread.number,
      per_page: 100
    }
  )) {
    for (const comment of page.data) {
      const body = comment.body ?? ''
      if (body.startsWith(marker) && sameUser(comment.user, viewer)) {
        return { id: comment.id, url: comment.html_url, body }
      }
    }
  }
  return null
}

export interface UpsertResult {
  url: string
  action: 'created' | 'updated'
}

/**
 * Creates or edits the comment. `render` gets the earlier body (for its
 * trend data) and the size limit; when GitHub still says the body is too
 * long (it counts differently than we do), the body is rendered again to
 * half the limit, once.
 */
export async function upsertComment(
  client: GitHubClient,
  thread: { owner: string; repo: string; number: number },
  key: string,
  viewer: Viewer,
  render: (previousBody: string | null, limit: number) => string
): Promise<UpsertResult> {
  const existing = await findComment(client, thread, key, viewer)
  const repo = { owner: thread.owner, repo: thread.repo }
  const write = async (body: string): Promise<UpsertResult> => {
    const { data } = existing
      ? await client.rest.issues.updateComment({
          ...repo,
          comment_id: existing.id,
          body
        })
      : await client.rest.issues.createComment({
          ...repo,
          issue_number: thread.number,
          body
        })
    return { url: data.html_url, action: existing ? 'updated' : 'created' }
  }
  const previous = existing?.body ?? null
  try {
    return await write(render(previous, COMMENT_LIMIT))
  } catch (err) {
    if (errorStatus(err) !== 422 || !/too long/i.test(errorMessage(err))) {
      throw err
    }
    return write(render(previous, Math.floor(COMMENT_LIMIT / 2)))
  }
}

export interface CommentRequest {
  mode: CommentMode
  issueNumber: number | null
  key: string
  /**
   * The body for a size limit, given the figures of the earlier comment and
   * the commit the results belong to.
   */
  render: (previous: TrendData | null, limit: number, headSha: string) => string
}

export interface CommentLog {
  info: (message: string) => void
  warning: (message: string) => void
}

export interface Publication {
  /** URL of the first comment written; '' when none was. */
  commentUrl: string
  /** Figures of the earlier comment, for the job summary's trend. */
  previous: TrendData | null
  /** The commit the results belong to (the check run goes there). */
  headSha: string
  /** The token could not write: later writes are not tried. */
  readOnly: boolean
}

/**
 * Writes the living comment on every thread the run is linked to. A thread
 * that cannot be written costs a warning; a read-only token stops the
 * comments with the warning that names the fix.
 */
export async function publishComments(
  client: GitHubClient,
  ctx: RunContext,
  request: CommentRequest,
  log: CommentLog
): Promise<Publication> {
  const result: Publication = {
    commentUrl: '',
    previous: null,
    headSha: ctx.sha,
    readOnly: false
  }
  const targets = await resolveTargets(client, ctx, {
    mode: request.mode,
    issueNumber: request.issueNumber
  })
  result.headSha = targets.headSha
  for (const note of targets.notes) log.info(note)
  if (targets.threads.length === 0) {
    log.info(
      request.mode === 'off'
        ? 'Comment: off.'
        : 'Comment: no linked issue or pull request; the job summary carries the report.'
    )
    return result
  }
  const viewer = await whoAmI(client, ctx.graphqlUrl, log.info)
  for (const thread of targets.threads) {
    try {
      const written = await upsertComment(
        client,
        { owner: ctx.owner, repo: ctx.repo, number: thread.number },
        request.key,
        viewer,
        (previousBody, limit) => {
          const previous = previousBody ? readTrendData(previousBody) : null
          result.previous ??= previous
          return request.render(previous, limit, targets.headSha)
        }
      )
      log.info(
        `Comment ${written.action} on #${thread.number} (${thread.kind}, ${thread.reason}): ${written.url}`
      )
      if (!result.commentUrl) result.commentUrl = written.url
    } catch (err) {
      if (isReadOnlyToken(err)) {
        log.warning(readOnlyWarning('the comment', `${ctx.owner}/${ctx.repo}`))
        return { ...result, readOnly: true }
      }
      log.warning(
        `ci-triage could not comment on #${thread.number}: ${errorMessage(err)}`
      )
    }
  }
  return result
}
