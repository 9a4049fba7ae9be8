/**
 * The action end to end: `node dist/index.js` in a child process, as the
 * runner starts it, against the GitHub stand-in on 127.0.0.1. Reports are
 * real framework output; event payloads are GitHub's own examples.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitHubStandIn } from '../support/github-stand-in.js'
import { markdownProblems, proseOf } from '../support/markdown-shape.js'
import {
  readActionYml,
  removeRunFolders,
  runAction,
  webhookExample,
  type ActionRun
} from '../support/run-action.js'
import { makeZip } from '../support/zips.js'

const GOLDEN = 'examples/golden-path/report/junit.xml'
const PYTEST_XUNIT1 = 'fixtures/pytest/reports/junit-xunit1.xml'
const MANY_FAILURES = '__tests__/support/many-failures/junit.xml'
const HOSTILE = '__tests__/support/hostile/junit.xml'
const RUN_URL = 'https://github.com/Codertocat/Hello-World/actions/runs/7001'
const MARKER = '<!-- ci-triage:CI -->'
const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'

let standIn: GitHubStandIn

/** The example's repository is Codertocat/Hello-World; the stand-in serves it. */
beforeEach(async () => {
  standIn = new GitHubStandIn('Codertocat', 'Hello-World')
  await standIn.start()
})
afterEach(async () => {
  await standIn.stop()
  removeRunFolders()
})

const pullRequestOpened = (): Record<string, unknown> =>
  webhookExample('pull_request', (p) => p.action === 'opened')

/** PR #2 of the example, linked to issue #1 by a closing reference. */
function seedPullRequest(closingIssues = [1]): void {
  standIn.issues.add(1)
  standIn.pulls.set(2, {
    number: 2,
    headSha: PR_HEAD,
    headRef: 'changes',
    headOwner: 'Codertocat',
    body: 'This is a pretty simple change that we need to pull into master.',
    closingIssues
  })
}

/** `::add-mask::` is how the runner learns the secret; it never shows that line. */
function expectTokenNeverPrinted(run: ActionRun): void {
  const shown = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  expect(run.stdout).toContain(`::add-mask::${standIn.token}`)
  expect(shown).not.toContain(standIn.token)
  expect(run.stderr).not.toContain(standIn.token)
  expect(run.summary).not.toContain(standIn.token)
}

/** Workflow-command lines, with the runner's `%` escapes decoded. */
const commandLines = (stdout: string, command: string): string[] =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${command}`))
    .map((line) =>
      line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
    )

describe('the action, end to end', () => {
  it('fails the gate after publishing: comment on the linked issue, check run, annotations, outputs', async () => {
    seedPullRequest()
    // 230 comments by people on three pages; one quotes our marker.
    for (let i = 0; i < 230; i++) {
      standIn.addComment(
        1,
        i === 5 ? `${MARKER}\nquoted by a person` : `comment ${i}`,
        {
          login: 'octocat',
          id: 583231,
          type: 'User'
        }
      )
    }
    const run = await runAction({
      standIn,
      eventName: 'pull_request',
      payload: pullRequestOpened(),
      files: {
        'test-results/junit.xml': GOLDEN,
        'shop/test-results/pytest.xml': PYTEST_XUNIT1
      },
      inputs: { 'min-execution-rate': '50', 'check-name': 'ci-triage' }
    })
    expect(run.code).toBe(1)
    expect(commandLines(run.stdout, 'error::ci-triage gate failed')).toEqual([
      '::error::ci-triage gate failed: execution rate 44.7% is below the minimum of 50%'
    ])
    expect(run.outputs).toMatchObject({
      total: '47',
      passed: '9',
      failed: '8',
      errors: '4',
      skipped: '26',
      'execution-rate': '44.7',
      'skip-rate': '55.3',
      gate: 'failed'
    })
    // Every output of action.yml is set, the rates with one decimal.
    expect(Object.keys(run.outputs).sort()).toEqual(
      Object.keys(readActionYml().outputs).sort()
    )
    for (const name of [
      'execution-rate',
      'skip-rate',
      'failure-rate',
      'pass-rate'
    ]) {
      expect(run.outputs[name]).toMatch(/^\d{1,3}\.\d$/)
    }
    expect(Number(run.outputs['infrastructure-causes'])).toBeGreaterThan(0)
    // The comment went to the issue the pull request closes, not to the PR.
    const ours = standIn
      .commentsOn(1)
      .filter((c) => c.user.login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(ours[0].body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(ours[0].body).toContain('Execution rate: 44.7%')
    expect(standIn.commentsOn(2)).toEqual([])
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/Codertocat/Hello-World/issues/1#issuecomment-${ours[0].id}`
    )
    // The person's comment that quotes the marker is untouched, and all pages were read.
    expect(standIn.commentsOn(1)[5].body).toBe(`${MARKER}\nquoted by a person`)
    expect(
      standIn.requests
        .filter((r) => r.url.includes('/issues/1/comments?'))
        .map((r) => new URL(r.url, 'http://x').searchParams.get('page') ?? '1')
    ).toEqual(['1', '2', '3'])
    // The check run sits on the pull request's head commit with the gate's conclusion.
    expect(standIn.checkRuns).toHaveLength(1)
    expect(standIn.checkRuns[0]).toMatchObject({
      name: 'ci-triage',
      head_sha: PR_HEAD,
      conclusion: 'failure'
    })
    expect(standIn.checkRuns[0].annotations).toHaveLength(10)
    // Step annotations: failures on their files (the xunit1 report names them).
    const errors = commandLines(run.stdout, 'error ')
    expect(errors.length).toBe(10)
    expect(errors.some((line) => line.includes('file=tests/'))).toBe(true)
    // The job summary and the full documents.
    expect(run.summary).toContain('## Test triage: CI')
    expect(run.summary).not.toContain(MARKER)
    expect(JSON.parse(readFileSync(run.outputs.json, 'utf8'))).toBeTruthy()
    expect(run.outputs.json.startsWith(run.runnerTemp)).toBe(true)
    expect(readFileSync(run.outputs.markdown, 'utf8')).toContain(
      '### Key metrics'
    )
    expectTokenNeverPrinted(run)
  })

  it('edits the comment on a re-run, shows the trend on a later run, and fits 5,000 failures', async () => {
    seedPullRequest()
    const once = (report: string) =>
      runAction({
        standIn,
        eventName: 'pull_request',
        payload: pullRequestOpened(),
        files: { 'test-results/junit.xml': report }
      })
    const first = await once(GOLDEN)
    expect(first.code).toBe(0)
    const rerun = await once(GOLDEN)
    expect(rerun.code).toBe(0)
    expect(standIn.commentsOn(1)).toHaveLength(1)
    expect(standIn.writes().map((w) => w.method)).toEqual(['POST', 'PATCH'])
    expect(rerun.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(standIn.commentsOn(1)[0].body).toContain(
      '- Execution rate: 18.5% → 18.5% (unchanged)'
    )

    const later = await once(MANY_FAILURES)
    expect(later.code).toBe(0)
    expect(later.outputs).toMatchObject({
      total: '5000',
      failed: '5000',
      'execution-rate': '100.0'
    })
    const [comment] = standIn.commentsOn(1)
    expect(standIn.commentsOn(1)).toHaveLength(1)
    expect(comment.body.startsWith(MARKER)).toBe(true)
    // The trend against the golden run: rates both ways, causes fixed and new.
    expect(comment.body).toContain('- Tests: 27 → 5000 ▲')
    expect(comment.body).toContain('- Execution rate: 18.5% → 100.0% ▲')
    expect(comment.body).toContain('- Skip rate: 81.5% → 0.0% ▼')
    expect(comment.body).toMatch(/- ✅ Causes fixed \(\d+\): `missing-module:/)
    expect(comment.body).toContain('- 🆕 Causes new (5000): `')
    // 5,000 distinct causes do not fit: the comment was shrunk to the limit,
    // whole sections only, and says what it left out and where the rest is.
    expect(comment.body.length).toBeLessThanOrEqual(65_536)
    expect(comment.body).toMatch(
      /Shortened to fit GitHub's size limit; left out: [\d,]+ causes/
    )
    expect(comment.body).toContain(`[the run's job summary](${RUN_URL})`)
    expect(markdownProblems(comment.body)).toEqual([])
    expect(
      standIn.requests.filter((r) => r.status === 422 || r.status >= 500)
    ).toEqual([])
    // The job summary has room for more, within 1 MiB, equally whole.
    expect(Buffer.byteLength(later.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(later.summary.length).toBeGreaterThan(comment.body.length)
    expect(markdownProblems(later.summary)).toEqual([])
    expect(commandLines(later.stdout, 'error ')).toHaveLength(10)
    expect(later.stdout).toContain('Annotated the first 10 of 5000 failures')
  })

  it('renders hostile report text inert: no forged marker, live HTML, javascript: link, ping or broken fence', async () => {
    seedPullRequest()
    const run = await runAction({
      standIn,
      eventName: 'pull_request',
      payload: pullRequestOpened(),
      files: { 'test-results/junit.xml': HOSTILE }
    })
    expect(run.code).toBe(0)
    const [comment] = standIn.commentsOn(1)
    expect(comment.body).toContain('test\\_hostile\\_name')
    for (const text of [comment.body, run.summary]) {
      expect(markdownProblems(text)).toEqual([])
      // Only our own hidden comments (marker and figures) are live HTML comments.
      expect(text.match(/<!--/g)?.length ?? 0).toBe(
        text === run.summary ? 0 : 2
      )
      const prose = proseOf(text)
      expect(prose).not.toMatch(/<(?:img|script|a|b|details open)\b/i)
      expect(prose).not.toMatch(/\]\(javascript:/i)
      expect(prose).not.toMatch(/javascript:/i)
      expect(prose).not.toMatch(/@(?:octocat|github)/)
      expect(prose).not.toMatch(/(?:^|\s)#1\b/)
    }
    expect(comment.body.startsWith(`${MARKER}\n`)).toBe(true)
    // The figures are ours, not the forged ones.
    const data = /<!-- ci-triage-data:([A-Za-z0-9+/=]+) -->\n$/.exec(
      comment.body
    )
    expect(
      JSON.parse(Buffer.from(data?.[1] ?? '', 'base64').toString('utf8'))
    ).toMatchObject({ version: 1, totals: { tests: 7, failed: 6 } })
  })

  it("warns with the fix when a fork's token cannot write, and still writes summary and outputs", async () => {
    seedPullRequest()
    standIn.readOnly = true
    const payload = pullRequestOpened()
    // A fork's pull request: only the head repository differs.
    const head = (
      payload.pull_request as { head: { repo: Record<string, unknown> } }
    ).head
    head.repo = { ...head.repo, full_name: 'forker/Hello-World', fork: true }
    const run = await runAction({
      standIn,
      eventName: 'pull_request',
      payload,
      files: { 'test-results/junit.xml': GOLDEN },
      inputs: { 'check-name': 'ci-triage' }
    })
    expect(run.code).toBe(0)
    const warnings = commandLines(run.stdout, 'warning')
    expect(
      warnings.some(
        (w) => w.includes('read-only') && w.includes('workflow_run')
      )
    ).toBe(true)
    expect(run.outputs).toMatchObject({
      total: '27',
      gate: 'passed',
      'comment-url': ''
    })
    expect(run.summary).toContain('## Test triage: CI')
    expect(standIn.comments).toEqual([])
    expect(standIn.writes().map((w) => w.status)).toEqual([403])
    expectTokenNeverPrinted(run)
  })

  it('reads artifacts of the triggering run on workflow_run: pages, redirect without token, zip-slip, expiry', async () => {
    const payload = webhookExample(
      'workflow_run',
      (p) => p.action === 'completed'
    )
    const triggering = payload.workflow_run as Record<string, unknown>
    // The example was triggered by workflow_dispatch; the fork pair is
    // triggered by a pull request from a fork, whose run lists no pull requests.
    triggering.event = 'pull_request'
    triggering.head_branch = 'fix-login'
    triggering.pull_requests = []
    const runId = triggering.id as number
    standIn.issues.add(1)
    standIn.pulls.set(2, {
      number: 2,
      headSha: triggering.head_sha as string,
      headRef: 'fix-login',
      headOwner: 'octo-org',
      body: 'Login works again.\n\nFixes #1',
      closingIssues: []
    })
    standIn.maxPerPage = 2
    const golden = readFileSync(GOLDEN)
    standIn.artifacts.set(runId, [
      {
        id: 11,
        name: 'coverage',
        expired: false,
        zip: await makeZip([{ name: 'lcov.info', data: 'TN:' }])
      },
      {
        id: 12,
        name: 'test-reports-linux',
        expired: false,
        zip: await makeZip([
          { name: '../evil.xml', data: golden },
          { name: '/tmp/ci-triage-e2e-absolute.xml', data: golden },
          { name: 'link.xml', data: '/etc/passwd', mode: 0o120777 },
          { name: 'reports/junit.xml', data: golden }
        ])
      },
      {
        id: 13,
        name: 'test-reports-old',
        expired: true,
        zip: await makeZip([{ name: 'junit.xml', data: golden }])
      },
      {
        id: 14,
        name: 'test-reports-shop',
        expired: false,
        zip: await makeZip([
          { name: 'junit-xunit1.xml', data: readFileSync(PYTEST_XUNIT1) }
        ])
      }
    ])
    const run = await runAction({
      standIn,
      eventName: 'workflow_run',
      payload,
      inputs: { paths: '', artifacts: 'test-reports-*', 'check-name': 'tests' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ total: '47', skipped: '26' })
    const warnings = commandLines(run.stdout, 'warning').join('\n')
    expect(warnings).toContain(
      'refused entry "../evil.xml": invalid relative path'
    )
    expect(warnings).toContain(
      'refused entry "/tmp/ci-triage-e2e-absolute.xml": absolute path'
    )
    expect(warnings).toContain('refused entry "link.xml": symbolic link')
    expect(warnings).toContain('artifact "test-reports-old" expired')
    // Nothing landed outside the extraction folders.
    const everything = readdirSync(join(run.runnerTemp, '..'), {
      recursive: true
    }) as string[]
    expect(
      everything.filter((p) => p.endsWith('evil.xml') || p.endsWith('link.xml'))
    ).toEqual([])
    // Every page was listed; the blob host never saw the token.
    expect(
      standIn.requests.filter((r) =>
        r.url.startsWith(
          `/repos/Codertocat/Hello-World/actions/runs/${runId}/artifacts`
        )
      )
    ).toHaveLength(2)
    const blob = standIn.requests.filter((r) => r.origin === 'blob')
    expect(blob).toHaveLength(2)
    expect(
      blob.every((r) => r.authorization === null && r.status === 200)
    ).toBe(true)
    // The pull request was found from the triggering run; its body's keyword links issue #1.
    expect(standIn.commentsOn(1)).toHaveLength(1)
    // The check run sits on the fork's head commit, not on this run's commit.
    expect(standIn.checkRuns).toHaveLength(1)
    expect(standIn.checkRuns[0]).toMatchObject({
      name: 'tests',
      head_sha: triggering.head_sha,
      conclusion: 'success'
    })
    expectTokenNeverPrinted(run)
  })

  it('retries 502s, secondary and primary rate limits, and still posts one comment', async () => {
    seedPullRequest()
    standIn.inject('POST', /^\/graphql$/, 'primary-rate-limit')
    standIn.inject('GET', /\/issues\/1\/comments$/, '502')
    standIn.inject('POST', /\/issues\/1\/comments$/, 'secondary-rate-limit')
    const run = await runAction({
      standIn,
      eventName: 'pull_request',
      payload: pullRequestOpened(),
      files: { 'test-results/junit.xml': GOLDEN }
    })
    expect(run.code).toBe(0)
    expect(standIn.commentsOn(1)).toHaveLength(1)
    const statuses = standIn.requests.map(
      (r) => `${r.method} ${r.url.split('?')[0]} ${r.status}`
    )
    expect(statuses).toEqual([
      'POST /graphql 403',
      'POST /graphql 200',
      'POST /graphql 200',
      'GET /repos/Codertocat/Hello-World/issues/1/comments 502',
      'GET /repos/Codertocat/Hello-World/issues/1/comments 200',
      'POST /repos/Codertocat/Hello-World/issues/1/comments 403',
      'POST /repos/Codertocat/Hello-World/issues/1/comments 201'
    ])
    expect(run.outputs['comment-url']).not.toBe('')
  })

  it("reads this run's artifacts by default and another run's given run-id, filtered by name", async () => {
    const golden = readFileSync(GOLDEN)
    const shop = readFileSync(PYTEST_XUNIT1)
    standIn.artifacts.set(7001, [
      {
        id: 21,
        name: 'junit',
        expired: false,
        zip: await makeZip([{ name: 'junit.xml', data: golden }])
      },
      {
        id: 22,
        name: 'junit-old',
        expired: false,
        zip: await makeZip([{ name: 'junit.xml', data: shop }])
      }
    ])
    standIn.artifacts.set(4242, [
      {
        id: 23,
        name: 'junit',
        expired: false,
        zip: await makeZip([{ name: 'junit.xml', data: shop }])
      }
    ])
    const once = (inputs: Record<string, string>) =>
      runAction({
        standIn,
        eventName: 'push',
        payload: webhookExample('push', () => true),
        inputs: { paths: '', artifacts: 'junit', comment: 'off', ...inputs }
      })
    const current = await once({})
    expect(current.code).toBe(0)
    expect(current.outputs.total).toBe('27')
    const other = await once({ 'run-id': '4242' })
    expect(other.code).toBe(0)
    expect(other.outputs.total).toBe('20')
    // One literal name is filtered by the API.
    expect(
      standIn.requests
        .filter((r) => r.url.includes('/artifacts?'))
        .map((r) => r.url.replace(/\?.*name=([^&]+).*/, ' name=$1'))
    ).toEqual([
      '/repos/Codertocat/Hello-World/actions/runs/7001/artifacts name=junit',
      '/repos/Codertocat/Hello-World/actions/runs/4242/artifacts name=junit'
    ])
    expect(standIn.writes()).toEqual([])
  })

  it('comments on the issue-number given and leaves out what is switched off', async () => {
    standIn.issues.add(5)
    const run = await runAction({
      standIn,
      eventName: 'push',
      payload: webhookExample('push', () => true),
      files: {
        'test-results/junit.xml': GOLDEN,
        // Never searched: a dependency's own reports.
        'node_modules/some-lib/test-results/junit.xml': PYTEST_XUNIT1
      },
      inputs: {
        'issue-number': '5',
        'job-summary': 'false',
        annotations: 'false',
        'source-root': 'no/such/folder',
        'comment-key': 'nightly tests'
      }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.total).toBe('27')
    expect(standIn.commentsOn(5)).toHaveLength(1)
    expect(
      standIn
        .commentsOn(5)[0]
        .body.startsWith('<!-- ci-triage:nightly tests -->\n')
    ).toBe(true)
    expect(run.summary).toBe('')
    expect(commandLines(run.stdout, 'error')).toEqual([])
    expect(commandLines(run.stdout, 'warning').join('\n')).toContain(
      'source-root'
    )
  })

  it('passes with fail-on-empty false when no report is found', async () => {
    const run = await runAction({
      standIn,
      eventName: 'push',
      payload: webhookExample('push', () => true),
      // A threshold set for the runs that do have reports must not fail this one.
      inputs: {
        paths: 'nowhere/*.xml',
        'fail-on-empty': 'false',
        'min-execution-rate': '80'
      }
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ total: '0', gate: 'passed' })
    expect(run.summary).not.toContain('Gate failed')
  })

  it('on a push with nothing linked writes only the job summary and outputs', async () => {
    const run = await runAction({
      standIn,
      eventName: 'push',
      payload: webhookExample('push', () => true),
      files: { 'build/test-results/test/TEST-shop.xml': PYTEST_XUNIT1 }
    })
    expect(run.code).toBe(0)
    expect(standIn.writes()).toEqual([])
    expect(run.outputs).toMatchObject({
      total: '20',
      gate: 'passed',
      'comment-url': ''
    })
    expect(run.summary).toContain('## Test triage: CI')
  })

  it.each([
    [
      { 'min-pass-rate': 'lots' },
      'ci-triage: input min-pass-rate must be a percent between 0 and 100, got "lots"'
    ],
    [
      { comment: 'everywhere' },
      'ci-triage: input comment must be one of auto, issue, pr, both, off, got "everywhere"'
    ],
    [
      { 'fail-on-empty': 'maybe' },
      'ci-triage: input fail-on-empty must be true or false, got "maybe"'
    ],
    [
      { 'issue-number': '-3' },
      'ci-triage: input issue-number must be a positive whole number, got "-3"'
    ],
    [
      { paths: 'nowhere/*.xml' },
      'ci-triage: no test report found in paths (nowhere/*.xml)'
    ]
  ])('fails with one clear line for %j', async (inputs, message) => {
    const run = await runAction({
      standIn,
      eventName: 'push',
      payload: webhookExample('push', () => true),
      inputs
    })
    expect(run.code).toBe(1)
    expect(commandLines(run.stdout, 'error::')).toEqual([`::error::${message}`])
  })
})
