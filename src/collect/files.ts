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
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = await glob(input, {
        cwd,
        ignore: IGNORED_DIRS,
        onlyFiles: true,
        dot: false,
        expandDirectories: false
      })
      if (matches.length === 0) missing.push(`${input}: no file matches`)
      add(matches, true)
      continue
    }
    const info = await stat(resolve(cwd, input)).catch(() => null)
    if (info === null) {
      missing.push(`${input}: no such file or folder`)
    } else if (info.isDirectory()) {
      const matches = await glob(REPORT_FILE_PATTERNS, {
        cwd: resolve(cwd, input),
        ignore: IGNORED_DIRS,
        onlyFiles: true
      })
      if (matches.length === 0)
        missing.push(`${input}: no report files in folder`)
      add(
        matches.map((m) => joinPath(input, m)),
        true
      )
    } else {
      add([input], false)
    }
  }
  return { files, searched, missing }
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? `${dir}${file}` : `${dir}/${file}`
}
