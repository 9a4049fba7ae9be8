/**
 * Turns what the user named (files, folders, globs) into report paths, in the
 * order given. Folders are searched for files that may be reports; which of
 * them really are is decided later by content.
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'

/** File names searched for inside a folder (content decides the format). */
export const REPORT_FILE_PATTERNS = [
  '**/*.xml',
  '**/*.trx',
  '**/*.json',
  '**/*.jsonl',
  '**/*.ndjson',
  '**/*.tap'
]

/** Never searched: dependencies, VCS data, virtualenvs. */
export const IGNORED_DIRS = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.venv/**',
  '**/venv/**',
  '**/__pycache__/**'
]

export interface CollectedFiles {
  files: string[]
  /**
   * Files found by a glob or a folder search rather than named one by one:
   * those that turn out to be no test report at all are left out quietly.
   */
  searched: Set<string>
  /** Inputs that matched nothing, one line each. */
  missing: string[]
}

export async function collectFiles(
  inputs: readonly string[],
  cwd = process.cwd()
): Promise<CollectedFiles> {
  const files: string[] = []
  const missing: string[] = []
  const searched = new Set<string>()
  const seen = new Set<string>()
  const add = (paths: string[], found: boolean): void => {
    for (const path of paths.sort()) {
      const absolute = resolve(cwd, path)
      if (seen.has(absolute)) continue
      seen.add(absolute)
      files.push(path)
      if (found) searched.add(path)
    }
  }
  for (const given of inputs) {
    const input = await withForwardSlashes(given, cwd)
    if (isDynamicPattern(input)) {
      // Folders a glob matches are searched like a folder named outright.
      const matches = await glob(input, {
        cwd,
        ignore: IGNORED_DIRS,
        onlyFiles: false,
        dot: false,
        expandDirectories: false
      })
      const found = matches.filter((match) => !match.endsWith('/'))
      for (const folder of outermost(
        matches.filter((match) => match.endsWith('/'))
      )) {
        found.push(...(await searchFolder(folder, cwd)))
      }
      if (found.length === 0) missing.push(`${input}: no file matches`)
      add(found, true)
      continue
    }
    const info = await stat(resolve(cwd, input)).catch(() => null)
    if (info === null) {
      missing.push(`${input}: no such file or folder`)
    } else if (info.isDirectory()) {
      const matches = await searchFolder(input, cwd)
      if (matches.length === 0)
        missing.push(`${input}: no report files in folder`)
      add(matches, true)
    } else {
      add([input], false)
    }
  }
  return { files, searched, missing }
}

async function searchFolder(dir: string, cwd: string): Promise<string[]> {
  const matches = await glob(REPORT_FILE_PATTERNS, {
    cwd: resolve(cwd, dir),
    ignore: IGNORED_DIRS,
    onlyFiles: true
  })
  return matches.map((match) => joinPath(dir, match))
}

/** Folders (with a trailing slash) that lie inside no other folder of the list. */
function outermost(folders: string[]): string[] {
  const kept: string[] = []
  for (const folder of [...folders].sort()) {
    if (!kept.some((outer) => folder.startsWith(outer))) kept.push(folder)
  }
  return kept
}

/**
 * A path written on Windows (`reports\junit.xml`, `out\**\*.xml`): globs
 * and our labels want forward slashes. On other systems a backslash may be
 * part of a name or escape a glob character, so the path is kept as written
 * whenever it names something as it is.
 */
async function withForwardSlashes(input: string, cwd: string): Promise<string> {
  if (!input.includes('\\')) return input
  if (process.platform !== 'win32') {
    if (await stat(resolve(cwd, input)).catch(() => null)) return input
    if (
      isDynamicPattern(input) &&
      (await glob(input, { cwd, ignore: IGNORED_DIRS })).length > 0
    )
      return input
  }
  return input.replace(/\\/g, '/')
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? `${dir}${file}` : `${dir}/${file}`
}
