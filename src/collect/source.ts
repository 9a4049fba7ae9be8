/**
 * Reads the checked-out source tree into the index the triage consults for
 * fix hints. Bounded in files, bytes and time; never follows symlinks and
 * never enters dependency, build or VCS folders.
 */
import { open, readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { SourceFile, SourceTree } from '../analyze/triage/source.js'

export interface SourceLimits {
  /** Files listed at most. */
  files: number
  /** Bytes read in total. */
  bytes: number
  /** Bytes read of one file; larger files are listed but not read. */
  fileBytes: number
  /** Milliseconds spent walking and reading. */
  milliseconds: number
}

export const DEFAULT_SOURCE_LIMITS: SourceLimits = {
  files: 20_000,
  bytes: 32 * 1024 * 1024,
  fileBytes: 1024 * 1024,
  milliseconds: 5_000
}

/** Folders never entered: VCS data, dependencies, virtualenvs, vendored and build output. */
export const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  '.venv',
  'venv',
  'env',
  '.env',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  'site-packages',
  'vendor',
  'third_party',
  'third-party',
  'Pods',
  '.gradle',
  '.idea',
  '.vscode',
  'target',
  'build',
  'dist',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  'bin',
  'obj',
  '.bundle'
])

/** Files worth reading: source code and dependency manifests. */
const READ =
  /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|mts|cts|rb|java|kt|kts|go|php|cs|fs|rs|scala|groovy)$|(?:^|\/)(?:requirements[\w.-]{0,40}\.txt|pyproject\.toml|setup\.cfg|setup\.py|Pipfile|package\.json|Gemfile|go\.mod|pom\.xml|build\.gradle(?:\.kts)?|composer\.json|Cargo\.toml|Directory\.Packages\.props)$|\.(?:csproj|fsproj|gemspec)$/

export async function indexSource(
  root: string,
  limits: SourceLimits = DEFAULT_SOURCE_LIMITS
): Promise<SourceTree> {
  const files: SourceFile[] = []
  const deadline = Date.now() + limits.milliseconds
  let bytes = 0
  let truncated: string | null = null
  const pending: string[] = [root]
  while (pending.length > 0 && truncated === null) {
    const dir = pending.shift() as string
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      // An unreadable folder is not a reason to give up on the rest.
      continue
    }
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (Date.now() > deadline) {
        truncated = `the ${limits.milliseconds} ms time bound was reached`
        break
      }
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.endsWith('.egg-info'))
          pending.push(full)
        continue
      }
      if (!entry.isFile()) continue
      if (files.length >= limits.files) {
        truncated = `the ${limits.files}-file bound was reached`
        break
      }
      const path = relative(root, full).split(sep).join('/')
      let text: string | null = null
      if (READ.test(path)) {
        const budget = limits.bytes - bytes
        text = await readBounded(full, Math.min(limits.fileBytes, budget))
        if (text !== null) bytes += text.length
        else if (budget < limits.fileBytes) {
          // Too big for what is left of the byte budget: stop reading here.
          truncated = `the ${limits.bytes}-byte bound was reached`
        }
      }
      files.push({ path, text })
    }
  }
  return { root, files, truncated }
}

/** The file's text, or null when it is larger than `max` bytes or unreadable. */
async function readBounded(path: string, max: number): Promise<string | null> {
  let handle
  try {
    handle = await open(path, 'r')
    const info = await handle.stat()
    if (info.size > max) return null
    const buffer = Buffer.alloc(info.size)
    await handle.read(buffer, 0, info.size, 0)
    return buffer.toString('utf8')
  } catch {
    return null
  } finally {
    await handle?.close()
  }
}
