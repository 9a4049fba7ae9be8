/**
 * A stand-in for the GitHub API on 127.0.0.1, for end-to-end runs of
 * `node dist/index.js`. It records every request and behaves like GitHub
 * where the action depends on it: Link-header pagination, artifact download
 * as a 302 to a second origin whose blob endpoint rejects an Authorization
 * header, 422 for comment bodies over 65,536 characters, 403 "Resource not
 * accessible by integration" for a read-only token, primary and secondary
 * rate limits, and injected 502s.
 *
 * Not modelled: fine-grained permissions per endpoint (a token is either
 * read-write or read-only; `actions: read` missing is not a separate case),
 * GraphQL beyond `viewer` and `closingIssuesReferences` (no rate-limit points,
 * no `errors` array beside partial data, no cross-repository references),
 * comment edits restricted to the author (any comment id can be patched),
 * minimised, deleted or locked threads, the 1-minute expiry of the signed
 * blob URL, ETag/304 conditional requests, abuse-detection answers other than
 * the secondary-limit message, comment length counted in UTF-16 units (as
 * JS does) rather than GitHub's own count, check-run limits other than 50
 * annotations per request and a 65,535-character summary, pull-request
 * search beyond an exact `head=owner:branch` among open pull requests,
 * artifacts uploaded but not yet finalised, and the runner's own handling of
 * workflow commands (masking, the 10-annotation display cap, the 1 MiB
 * summary upload).
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path and query. */
  url: string
  authorization: string | null
  body: string
  /** Status the stand-in answered. */
  status: number
  /** `api` or `blob`. */
  origin: 'api' | 'blob'
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: { login: string; id: number; type: 'User' | 'Bot' }
}

export interface StoredPullRequest {
  number: number
  headSha: string
  headRef: string
  headOwner: string
  body: string
  /** Issues GraphQL `closingIssuesReferences` returns. */
  closingIssues: number[]
}

export interface StoredArtifact {
  id: number
  name: string
  expired: boolean
  zip: Buffer
}

export interface StoredCheckRun {
  id: number
  name: string
  head_sha: string
  conclusion: string
  output: { title?: string; summary?: string; annotations?: unknown[] }
  /** Annotations of the create and every update, appended as GitHub does. */
  annotations: unknown[]
}

export type Fault = '502' | 'secondary-rate-limit' | 'primary-rate-limit'

interface InjectedFault {
  method: string
  path: RegExp
  fault: Fault
  remaining: number
}

export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 }
const COMMENT_LIMIT = 65_536

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): number => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...headers
  })
  res.end(JSON.stringify(body))
  return status
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export class GitHubStandIn {
  readonly owner: string
  readonly repo: string
  /** The token the action must send. */
  token = 'ghs_standin0token0value0never0printed'
  /** A read-only token answers 403 to every write, like a fork's GITHUB_TOKEN. */
  readOnly = false
  /** Largest page served; GitHub's is 100, lower values exercise paging. */
  maxPerPage = 100
  viewer = ACTIONS_BOT
  readonly issues = new Set<number>()
  readonly pulls = new Map<number, StoredPullRequest>()
  readonly comments: StoredComment[] = []
  readonly artifacts = new Map<number, StoredArtifact[]>()
  readonly checkRuns: StoredCheckRun[] = []
  readonly requests: RecordedRequest[] = []
  private readonly faults: InjectedFault[] = []
  private nextId = 1000
  private api: Server | null = null
  private blob: Server | null = null
  apiUrl = ''
  blobUrl = ''

  constructor(owner: string, repo: string) {
    this.owner = owner
    this.repo = repo
  }

  async start(): Promise<void> {
    this.api = createServer((req, res) => void this.handle('api', req, res))
    this.blob = createServer((req, res) => void this.handle('blob', req, res))
    const listen = (server: Server): Promise<number> =>
      new Promise((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve((server.address() as AddressInfo).port)
        )
      )
    this.apiUrl = `http://127.0.0.1:${await listen(this.api)}`
    this.blobUrl = `http://127.0.0.1:${await listen(this.blob)}`
  }

  async stop(): Promise<void> {
    const close = (server: Server | null): Promise<void> =>
      new Promise((resolve) =>
        server ? server.close(() => resolve()) : resolve()
      )
    this.api?.closeAllConnections()
    this.blob?.closeAllConnections()
    await Promise.all([close(this.api), close(this.blob)])
  }

  /** The next `times` requests matching method and path get `fault`. */
  inject(method: string, path: RegExp, fault: Fault, times = 1): void {
    this.faults.push({ method, path, fault, remaining: times })
  }

  addComment(
    issue: number,
    body: string,
    user: StoredComment['user']
  ): StoredComment {
    const comment = { id: this.nextId++, issue, body, user }
    this.comments.push(comment)
    return comment
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  writes(): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.origin === 'api' &&
        r.method !== 'GET' &&
        !r.url.startsWith('/graphql')
    )
  }

  private commentJson(c: StoredComment): unknown {
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${c.issue}#issuecomment-${c.id}`
    }
  }

  /** One page of `items` with a Link header, as GitHub pages lists. */
  private page(
    res: ServerResponse,
    url: URL,
    items: unknown[],
    wrap?: (items: unknown[]) => unknown
  ): number {
    const perPage = Math.min(
      Number(url.searchParams.get('per_page') ?? 30),
      this.maxPerPage
    )
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const link = (n: number, rel: string): string => {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(n))
      next.searchParams.set('per_page', String(perPage))
      return `<${this.apiUrl}${next.pathname}${next.search}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    return json(
      res,
      200,
      wrap ? wrap(slice) : slice,
      links.length > 0 ? { link: links.join(', ') } : {}
    )
  }

  private fault(res: ServerResponse, fault: Fault): number {
    if (fault === '502') {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>')
      return 502
    }
    if (fault === 'secondary-rate-limit') {
      return json(
        res,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        },
        { 'retry-after': '1' }
      )
    }
    // The reset is now, so the client waits about a second.
    return json(
      res,
      403,
      {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      },
      {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000))
      }
    )
  }

  private async handle(
    origin: 'api' | 'blob',
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const body = await readBody(req)
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      authorization: req.headers.authorization ?? null,
      body,
      status: 0,
      origin
    }
    this.requests.push(record)
    try {
      record.status =
        origin === 'blob'
          ? this.handleBlob(req, res)
          : this.handleApi(req, res, body)
    } catch (err) {
      record.status = json(res, 500, {
        message: `stand-in error: ${(err as Error).message}`
      })
    }
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse): number {
    // Azure blob storage refuses a request that carries a second credential.
    if (req.headers.authorization) {
      res.writeHead(400, { 'content-type': 'application/xml' })
      res.end(
        '<?xml version="1.0"?><Error><Code>InvalidAuthenticationInfo</Code><Message>Authentication information is not given in the correct format.</Message></Error>'
      )
      return 400
    }
    const match = /^\/blob\/(\d+)\.zip\?sig=ok$/.exec(req.url ?? '')
    const artifact = match
      ? [...this.artifacts.values()]
          .flat()
          .find((a) => a.id === Number(match[1]))
      : undefined
    if (!artifact) {
      res.writeHead(404)
      res.end()
      return 404
    }
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(artifact.zip.length)
    })
    res.end(artifact.zip)
    return 200
  }

  private handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    body: string
  ): number {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', this.apiUrl)
    if (req.headers.authorization !== `token ${this.token}`) {
      return json(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest'
      })
    }
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.method === method && f.path.test(url.pathname)
    )
    if (fault) {
      fault.remaining -= 1
      return this.fault(res, fault.fault)
    }
    if (method === 'POST' && url.pathname === '/graphql')
      return this.graphql(res, body)
    const repoPrefix = `/repos/${this.owner}/${this.repo}`
    if (!url.pathname.startsWith(repoPrefix))
      return json(res, 404, { message: 'Not Found' })
    const path = url.pathname.slice(repoPrefix.length)
    const isWrite = method !== 'GET'
    if (isWrite && this.readOnly) {
      return json(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403'
      })
    }
    let m: RegExpExecArray | null
    if (method === 'GET' && (m = /^\/issues\/(\d+)$/.exec(path))) {
      const n = Number(m[1])
      if (this.pulls.has(n))
        return json(res, 200, {
          number: n,
          pull_request: { url: `${this.apiUrl}${repoPrefix}/pulls/${n}` }
        })
      if (!this.issues.has(n)) return json(res, 404, { message: 'Not Found' })
      return json(res, 200, { number: n, title: `Issue ${n}`, state: 'open' })
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(path))) {
      const pr = this.pulls.get(Number(m[1]))
      return pr
        ? json(res, 200, this.pullJson(pr))
        : json(res, 404, { message: 'Not Found' })
    }
    if (method === 'GET' && path === '/pulls') {
      const head = url.searchParams.get('head')
      const found = [...this.pulls.values()].filter(
        (pr) => !head || `${pr.headOwner}:${pr.headRef}` === head
      )
      return this.page(
        res,
        url,
        found.map((pr) => this.pullJson(pr))
      )
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      const n = Number(m[1])
      if (!this.issues.has(n) && !this.pulls.has(n))
        return json(res, 404, { message: 'Not Found' })
      if (method === 'GET')
        return this.page(
          res,
          url,
          this.commentsOn(n).map((c) => this.commentJson(c))
        )
      if (method === 'POST') {
        const text = (JSON.parse(body) as { body: string }).body
        if (text.length > COMMENT_LIMIT) return this.tooLong(res)
        const comment = this.addComment(n, text, {
          ...this.viewer,
          type: 'Bot'
        })
        return json(res, 201, this.commentJson(comment))
      }
    }
    if (method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]))
      if (!comment) return json(res, 404, { message: 'Not Found' })
      const text = (JSON.parse(body) as { body: string }).body
      if (text.length > COMMENT_LIMIT) return this.tooLong(res)
      comment.body = text
      return json(res, 200, this.commentJson(comment))
    }
    if (
      method === 'GET' &&
      (m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(path))
    ) {
      const name = url.searchParams.get('name')
      const list = (this.artifacts.get(Number(m[1])) ?? []).filter(
        (a) => !name || a.name === name
      )
      const items = list.map((a) => ({
        id: a.id,
        name: a.name,
        size_in_bytes: a.zip.length,
        expired: a.expired,
        expires_at: a.expired ? '2026-08-01T00:00:00Z' : '2027-02-01T00:00:00Z',
        archive_download_url: `${this.apiUrl}${repoPrefix}/actions/artifacts/${a.id}/zip`
      }))
      return this.page(res, url, items, (artifacts) => ({
        total_count: items.length,
        artifacts
      }))
    }
    if (
      method === 'GET' &&
      (m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(path))
    ) {
      const id = Number(m[1])
      const artifact = [...this.artifacts.values()]
        .flat()
        .find((a) => a.id === id)
      if (!artifact) return json(res, 404, { message: 'Not Found' })
      if (artifact.expired)
        return json(res, 410, { message: 'Artifact has expired' })
      res.writeHead(302, { location: `${this.blobUrl}/blob/${id}.zip?sig=ok` })
      res.end()
      return 302
    }
    if (method === 'POST' && path === '/check-runs') {
      const input = JSON.parse(body) as Omit<
        StoredCheckRun,
        'id' | 'annotations'
      >
      const run: StoredCheckRun = {
        ...input,
        id: this.nextId++,
        annotations: [...(input.output?.annotations ?? [])]
      }
      if ((input.output?.annotations?.length ?? 0) > 50)
        return this.validation(
          res,
          'annotations',
          'at most 50 annotations per request'
        )
      if ((input.output?.summary?.length ?? 0) > 65_535)
        return this.validation(
          res,
          'summary',
          'summary is too long (maximum is 65535 characters)'
        )
      this.checkRuns.push(run)
      return json(res, 201, {
        id: run.id,
        html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`
      })
    }
    if (method === 'PATCH' && (m = /^\/check-runs\/(\d+)$/.exec(path))) {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]))
      if (!run) return json(res, 404, { message: 'Not Found' })
      const input = JSON.parse(body) as Partial<StoredCheckRun>
      if ((input.output?.annotations?.length ?? 0) > 50)
        return this.validation(
          res,
          'annotations',
          'at most 50 annotations per request'
        )
      run.annotations.push(...(input.output?.annotations ?? []))
      return json(res, 200, {
        id: run.id,
        html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`
      })
    }
    return json(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest'
    })
  }

  private pullJson(pr: StoredPullRequest): unknown {
    return {
      number: pr.number,
      body: pr.body,
      head: {
        sha: pr.headSha,
        ref: pr.headRef,
        label: `${pr.headOwner}:${pr.headRef}`
      },
      base: { ref: 'main' }
    }
  }

  private validation(
    res: ServerResponse,
    field: string,
    message: string
  ): number {
    return json(res, 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'CheckRun', code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest/checks/runs'
    })
  }

  private tooLong(res: ServerResponse): number {
    return json(res, 422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url:
        'https://docs.github.com/rest/issues/comments#create-an-issue-comment'
    })
  }

  private graphql(res: ServerResponse, body: string): number {
    const { query, variables } = JSON.parse(body) as {
      query: string
      variables?: Record<string, unknown>
    }
    if (/\bviewer\b/.test(query)) {
      return json(res, 200, {
        data: {
          viewer: { login: this.viewer.login, databaseId: this.viewer.id }
        }
      })
    }
    if (/closingIssuesReferences/.test(query)) {
      const pr = this.pulls.get(Number(variables?.number))
      const nodes = (pr?.closingIssues ?? []).map((number) => ({
        number,
        repository: { nameWithOwner: `${this.owner}/${this.repo}` }
      }))
      return json(res, 200, {
        data: {
          repository: {
            pullRequest: pr ? { closingIssuesReferences: { nodes } } : null
          }
        }
      })
    }
    return json(res, 200, {
      errors: [{ message: 'stand-in: query not modelled' }]
    })
  }
}
