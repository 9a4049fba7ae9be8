/**
 * Downloads workflow-run artifacts through the REST API (which, unlike the
 * runner's internal artifact service, reaches other runs): list them with
 * pagination, download the zip through its redirect, extract it safely.
 * The redirect goes to a blob host and must never carry the token, so it is
 * not followed by the client but fetched separately without credentials.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { GitHubClient } from '../publish/client.js'
import { errorMessage } from '../publish/client.js'
import {
  DEFAULT_EXTRACT_LIMITS,
  extractZip,
  type ExtractLimits
} from './zip.js'

export interface ArtifactRequest {
  owner: string
  repo: string
  runId: number
  /** Artifact-name globs (`*`, `?`). */
  patterns: string[]
  /** Folder the artifacts are extracted into, one subfolder each. */
  destination: string
  limits?: ExtractLimits
  /** Largest zip downloaded, in bytes. */
  maxZipBytes?: number
}

export interface DownloadedArtifact {
  name: string
  id: number
  /** Folder it was extracted into. */
  dir: string
  files: string[]
}

export interface ArtifactResult {
  artifacts: DownloadedArtifact[]
  /** One line each: expired, refused entries, failed downloads, no match. */
  warnings: string[]
}

const MAX_ZIP_BYTES = 512 * 1024 * 1024

/** An artifact-name glob as a whole-name regular expression. */
export function artifactNamePattern(glob: string): RegExp {
  const body = Array.from(glob, (ch) =>
    ch === '*'
      ? '.*'
      : ch === '?'
        ? '.'
        : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  ).join('')
  return new RegExp(`^${body}$`)
}

const isLiteral = (glob: string): boolean => !/[*?]/.test(glob)

/** A name usable as one folder name. */
const folderName = (name: string, id: number): string =>
  `${name.replace(/[^\w.-]/g, '_').slice(0, 100)}-${id}`

interface ListedArtifact {
  id: number
  name: string
  expired: boolean
  expires_at: string | null
  size_in_bytes: number
}

async function listArtifacts(
  client: GitHubClient,
  request: ArtifactRequest
): Promise<ListedArtifact[]> {
  // One literal name: let the API filter; otherwise list all and match here.
  const name =
    request.patterns.length === 1 && isLiteral(request.patterns[0])
      ? request.patterns[0]
      : undefined
  return client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
    owner: request.owner,
    repo: request.repo,
    run_id: request.runId,
    per_page: 100,
    ...(name ? { name } : {})
  })
}

/** The signed blob URL the API redirects to (valid about a minute). */
async function blobUrl(
  client: GitHubClient,
  request: ArtifactRequest,
  id: number
): Promise<string> {
  const response = await client.rest.actions.downloadArtifact({
    owner: request.owner,
    repo: request.repo,
    artifact_id: id,
    archive_format: 'zip',
    request: { redirect: 'manual' }
  })
  const location = (response.headers as Record<string, unknown>).location
  if ((response.status as number) !== 302 || typeof location !== 'string') {
    throw new Error(
      `expected a redirect to the archive, got HTTP ${response.status}`
    )
  }
  return location
}

async function fetchZip(
  url: string,
  file: string,
  maxBytes: number
): Promise<void> {
  let lastError: unknown = null
  // One retry: the blob host sometimes drops a connection.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch(url, { redirect: 'follow' })
      if (!response.ok || response.body === null) {
        throw new Error(`archive download answered HTTP ${response.status}`)
      }
      let size = 0
      const cap = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length
          if (size > maxBytes) {
            callback(new Error(`archive larger than ${maxBytes} bytes`))
          } else callback(null, chunk)
        }
      })
      await pipeline(
        Readable.fromWeb(
          response.body as import('node:stream/web').ReadableStream
        ),
        cap,
        createWriteStream(file)
      )
      return
    } catch (err) {
      lastError = err
      if (/larger than/.test(String(err))) break
    }
  }
  throw lastError
}

export async function downloadArtifacts(
  client: GitHubClient,
  request: ArtifactRequest
): Promise<ArtifactResult> {
  const warnings: string[] = []
  const listed = await listArtifacts(client, request)
  const matchers = request.patterns.map((glob) => ({
    glob,
    regex: artifactNamePattern(glob),
    hits: 0
  }))
  // A re-run uploads a new artifact with the same name: keep the newest.
  const newest = new Map<string, ListedArtifact>()
  for (const artifact of listed) {
    const matcher = matchers.find((m) => m.regex.test(artifact.name))
    if (!matcher) continue
    matcher.hits += 1
    const known = newest.get(artifact.name)
    if (!known || artifact.id > known.id) newest.set(artifact.name, artifact)
  }
  for (const matcher of matchers) {
    if (matcher.hits === 0) {
      warnings.push(
        `artifacts: no artifact of run ${request.runId} matches "${matcher.glob}"`
      )
    }
  }
  await mkdir(request.destination, { recursive: true })
  const artifacts: DownloadedArtifact[] = []
  for (const artifact of newest.values()) {
    if (artifact.expired) {
      warnings.push(
        `artifact "${artifact.name}" expired${artifact.expires_at ? ` on ${artifact.expires_at}` : ''}; re-run the workflow that uploads it`
      )
      continue
    }
    const dir = join(
      request.destination,
      folderName(artifact.name, artifact.id)
    )
    const zipFile = `${dir}.zip`
    try {
      const url = await blobUrl(client, request, artifact.id)
      await fetchZip(url, zipFile, request.maxZipBytes ?? MAX_ZIP_BYTES)
      const extracted = await extractZip(
        zipFile,
        dir,
        request.limits ?? DEFAULT_EXTRACT_LIMITS
      )
      for (const line of extracted.refused) {
        warnings.push(`artifact "${artifact.name}": refused entry ${line}`)
      }
      artifacts.push({
        name: artifact.name,
        id: artifact.id,
        dir,
        files: extracted.files
      })
    } catch (err) {
      warnings.push(
        `artifact "${artifact.name}" could not be read: ${errorMessage(err)}`
      )
    } finally {
      await rm(zipFile, { force: true })
    }
  }
  return { artifacts, warnings }
}
