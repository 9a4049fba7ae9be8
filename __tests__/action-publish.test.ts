/**
 * Linked-thread resolution and the living comment, in process against the
 * GitHub stand-in: every step of the resolution order, every comment mode,
 * the `workflow_run` pull-request lookup, and finding our comment on any page.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import type { FailureAnnotation } from '../src/publish/annotations.js'
import { publishCheckRun } from '../src/publish/check.js'
import type { GitHubClient } from '../src/publish/client.js'
import {
  publishComments,
  upsertComment,
  type Viewer
} from '../src/publish/comment.js'
import {
  resolveTargets,
  type CommentMode,
  type RunContext
} from '../src/publish/linked.js'
import { COMMENT_LIMIT, commentMarker } from '../src/render/comment.js'
import { ACTIONS_BOT, GitHubStandIn } from './support/github-stand-in.js'
import { webhookExample } from './support/run-action.js'

const OWNER = 'Codertocat'
const REPO = 'Hello-World'
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const PERSON = { login: 'octocat', id: 583231, type: 'User' as const }
const BOT: Viewer = { login: ACTIONS_BOT.login, id: ACTIONS_BOT.id }

let standIn: GitHubStandIn
let client: GitHubClient

beforeEach(async () => {
  standIn = new GitHubStandIn(OWNER, REPO)
  await standIn.start()
  // The toolkit's Octokit without the retry and throttling plugins: their
  // spacing of writes (1 s, 3 s for comments) is covered end to end.
  client = getOctokit(standIn.token, { baseUrl: standIn.apiUrl })
})
afterEach(() => standIn.stop())

function context(
  eventName: string,
  payload: Record<string, unknown>,
  ref = 'refs/heads/main'
): RunContext {
  return {
    owner: OWNER,
    repo: REPO,
    eventName,
    payload,
    ref,
    sha: '0000000000000000000000000000000000000000',
    graphqlUrl: `${standIn.apiUrl}/graphql`
  }
}

/** The example's pull request #2, with its head branch and body set per case. */
function pullRequestEvent(
  headRef: string,
  body: string,
  closingIssues: number[] = []
): RunContext {
  standIn.pulls.set(2, {
    number: 2,
    headSha: HEAD,
    headRef,
    headOwner: OWNER,
    body,
    closingIssues
  })
  const payload = webhookExample('pull_request', (p) => p.action === 'opened')
  const pr = payload.pull_request as {
    body: string
    head: { ref: string; sha: string }
  }
  pr.body = body
  pr.head.ref = headRef
  pr.head.sha = HEAD
  return context('pull_request', payload, 'refs/pull/2/merge')
}

const threads = async (
  ctx: RunContext,
  mode: CommentMode = 'auto',
  issueNumber: number | null = null
): Promise<string[]> =>
  (await resolveTargets(client, ctx, { mode, issueNumber })).threads.map(
    (t) => `${t.kind} #${t.number}: ${t.reason}`
  )

describe('where the comment goes', () => {
  beforeEach(() => {
    for (const n of [1, 3, 861]) standIn.issues.add(n)
  })

  it('takes the issue-number input before anything found', async () => {
    const ctx = pullRequestEvent('issue-861-login', 'Fixes #3', [1])
    expect(await threads(ctx, 'auto', 5)).toEqual([
      'issue #5: the issue-number input'
    ])
  })

  it('then the closing references, then closing keywords, then the branch name', async () => {
    expect(
      await threads(pullRequestEvent('issue-861-login', 'Fixes #3', [1]))
    ).toEqual(['issue #1: closing reference of #2'])
    expect(
      await threads(pullRequestEvent('issue-861-login', 'Fixes #3'))
    ).toEqual(['issue #3: closing keyword in #2'])
    expect(
      await threads(pullRequestEvent('issue-861-login', 'No keyword'))
    ).toEqual(['issue #861: named by branch issue-861-login'])
  })

  it.each(['issue-861-login', '861-login', 'gh-861'])(
    'reads issue 861 from the pushed branch %s',
    async (branch) => {
      const ctx = context(
        'push',
        webhookExample('push', () => true),
        `refs/heads/${branch}`
      )
      expect(await threads(ctx)).toEqual([
        `issue #861: named by branch refs/heads/${branch}`
      ])
    }
  )

  it('falls back to the pull request when nothing is linked or the branch names no issue', async () => {
    // #4 is neither an issue nor a pull request here.
    const ctx = pullRequestEvent('4-typo', 'Small fix.')
    const targets = await resolveTargets(client, ctx, {
      mode: 'auto',
      issueNumber: null
    })
    expect(targets.threads).toEqual([
      { number: 2, kind: 'pull request', reason: 'the pull request' }
    ])
    expect(targets.notes).toEqual([
      'branch 4-typo names #4, which is not an issue'
    ])
    expect(targets.headSha).toBe(HEAD)
  })

  it('follows the comment mode: issue, pr, both, off', async () => {
    const linked = pullRequestEvent('feature', 'Fixes #3')
    expect(await threads(linked, 'issue')).toEqual([
      'issue #3: closing keyword in #2'
    ])
    expect(await threads(linked, 'pr')).toEqual([
      'pull request #2: the pull request'
    ])
    expect(await threads(linked, 'both')).toEqual([
      'issue #3: closing keyword in #2',
      'pull request #2: the pull request'
    ])
    expect(await threads(linked, 'off')).toEqual([])
    expect(await threads(pullRequestEvent('feature', ''), 'issue')).toEqual([])
  })

  it('on a push with nothing linked comments nowhere', async () => {
    const ctx = context(
      'push',
      webhookExample('push', () => true)
    )
    expect(await threads(ctx)).toEqual([])
  })

  describe('on workflow_run', () => {
    function workflowRun(
      pullRequests: unknown[],
      headOwner: string
    ): RunContext {
      const payload = webhookExample(
        'workflow_run',
        (p) => p.action === 'completed'
      )
      const run = payload.workflow_run as Record<string, unknown>
      run.event = 'pull_request'
      run.head_branch = 'patch-1'
      run.head_sha = HEAD
      run.pull_requests = pullRequests
      run.head_repository = {
        ...(run.head_repository as Record<string, unknown>),
        owner: { login: headOwner }
      }
      return context('workflow_run', payload)
    }

    it('takes a same-repository pull request from the triggering run', async () => {
      const ctx = workflowRun([], OWNER)
      const repositoryId = (ctx.payload.repository as { id: number }).id
      ;(ctx.payload.workflow_run as Record<string, unknown>).pull_requests = [
        { number: 2, base: { repo: { id: repositoryId } } }
      ]
      standIn.pulls.set(2, {
        number: 2,
        headSha: HEAD,
        headRef: 'patch-1',
        headOwner: OWNER,
        body: '',
        closingIssues: [1]
      })
      const targets = await resolveTargets(client, ctx, {
        mode: 'auto',
        issueNumber: null
      })
      expect(targets.threads.map((t) => t.number)).toEqual([1])
      expect(targets.headSha).toBe(HEAD)
    })

    it("finds a fork's pull request by head owner, branch and commit", async () => {
      // A fork's run lists no pull requests; two open ones share the head label.
      standIn.pulls.set(3, {
        number: 3,
        headSha: 'a'.repeat(40),
        headRef: 'patch-1',
        headOwner: 'forker',
        body: 'Fixes #1',
        closingIssues: []
      })
      standIn.pulls.set(4, {
        number: 4,
        headSha: HEAD,
        headRef: 'patch-1',
        headOwner: 'forker',
        body: 'Fixes #3',
        closingIssues: []
      })
      const targets = await resolveTargets(client, workflowRun([], 'forker'), {
        mode: 'both',
        issueNumber: null
      })
      expect(targets.pullRequest?.number).toBe(4)
      expect(targets.threads.map((t) => t.number)).toEqual([3, 4])
      expect(
        standIn.requests.some(
          (r) =>
            r.url.includes('/pulls?') && r.url.includes('head=forker%3Apatch-1')
        )
      ).toBe(true)
    })
  })
})

describe('the living comment', () => {
  const thread = { owner: OWNER, repo: REPO, number: 1 }
  beforeEach(() => {
    standIn.issues.add(1)
  })

  it('finds our comment on the last page and edits it; never a person’s or another app’s quoting the marker', async () => {
    const marker = commentMarker('CI')
    standIn.addComment(1, `${marker}\nquoted by a person`, PERSON)
    standIn.addComment(1, `${marker}\nwritten by another app`, {
      login: 'other-app[bot]',
      id: 99,
      type: 'Bot'
    })
    for (let i = 0; i < 250; i++) standIn.addComment(1, `comment ${i}`, PERSON)
    const ours = standIn.addComment(1, `${marker}\nold`, {
      ...ACTIONS_BOT,
      type: 'Bot'
    })
    const result = await upsertComment(
      client,
      thread,
      'CI',
      BOT,
      () => `${marker}\nnew`
    )
    expect(result.action).toBe('updated')
    expect(ours.body).toBe(`${marker}\nnew`)
    expect(standIn.commentsOn(1)[0].body).toBe(`${marker}\nquoted by a person`)
    expect(standIn.commentsOn(1)[1].body).toBe(
      `${marker}\nwritten by another app`
    )
    expect(standIn.writes().map((w) => w.method)).toEqual(['PATCH'])
    expect(
      standIn.requests.filter((r) => r.url.includes('/issues/1/comments'))
    ).toHaveLength(3)
  })

  it('keeps one comment per key on a thread', async () => {
    const render = (key: string) => () => `${commentMarker(key)}\nbody`
    await upsertComment(client, thread, 'CI', BOT, render('CI'))
    await upsertComment(client, thread, 'nightly', BOT, render('nightly'))
    await upsertComment(client, thread, 'CI', BOT, render('CI'))
    expect(standIn.commentsOn(1)).toHaveLength(2)
    expect(standIn.writes().map((w) => w.method)).toEqual([
      'POST',
      'POST',
      'PATCH'
    ])
  })

  it('renders again to half the limit when GitHub says the body is too long', async () => {
    const limits: number[] = []
    const result = await upsertComment(
      client,
      thread,
      'CI',
      BOT,
      (_previous, limit) => {
        limits.push(limit)
        // GitHub may count a body longer than we did.
        return `${commentMarker('CI')}\n${'x'.repeat(limit === COMMENT_LIMIT ? COMMENT_LIMIT : 100)}`
      }
    )
    expect(result.action).toBe('created')
    expect(limits).toEqual([COMMENT_LIMIT, COMMENT_LIMIT / 2])
    expect(standIn.writes().map((w) => w.status)).toEqual([422, 201])
  })

  it('stops with the warning that names the fix when the token is read-only', async () => {
    standIn.readOnly = true
    const warnings: string[] = []
    const published = await publishComments(
      client,
      context(
        'push',
        webhookExample('push', () => true)
      ),
      {
        mode: 'auto',
        issueNumber: 1,
        key: 'CI',
        render: () => `${commentMarker('CI')}\nbody`
      },
      { info: () => undefined, warning: (w) => warnings.push(w) }
    )
    expect(published).toMatchObject({ readOnly: true, commentUrl: '' })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('read-only')
    expect(warnings[0]).toContain('"workflow_run"')
    expect(warnings[0]).not.toContain(standIn.token)
  })
})

describe('the check run', () => {
  it('sends annotations 50 per request, appended by updates, on the head commit', async () => {
    const annotations: FailureAnnotation[] = Array.from(
      { length: 120 },
      (_, i) => ({
        path: i === 7 ? null : `tests/test_${i}.py`,
        line: i === 8 ? null : i + 1,
        title: `test_${i} failed`,
        message: 'AssertionError'
      })
    )
    const result = await publishCheckRun(client, {
      owner: OWNER,
      repo: REPO,
      name: 'tests',
      headSha: HEAD,
      conclusion: 'failure',
      title: 'Gate failed',
      summary: 'summary',
      annotations,
      detailsUrl: null
    })
    // The one without a file cannot be placed; the one without a line goes on line 1.
    expect(result.annotations).toBe(119)
    expect(standIn.writes().map((w) => `${w.method} ${w.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
      'PATCH 200'
    ])
    const [run] = standIn.checkRuns
    expect(run).toMatchObject({
      name: 'tests',
      head_sha: HEAD,
      conclusion: 'failure'
    })
    expect(run.annotations).toHaveLength(119)
    expect(run.annotations[7]).toMatchObject({
      path: 'tests/test_8.py',
      start_line: 1
    })
  })
})
