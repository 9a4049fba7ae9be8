/**
 * Failures placed on their file and line: workflow-command annotations (the
 * runner shows 10 errors per step) and, when a check run is asked for, the
 * Checks API's annotations (50 per request).
 */
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import * as core from '@actions/core'
import type { Analysis } from '../analyze/types.js'

export interface FailureAnnotation {
  /** Path relative to the repository, when the report names a file. */
  path: string | null
  line: number | null
  title: string
  message: string
}

/** The runner shows at most this many error annotations per step. */
export const STEP_ANNOTATION_LIMIT = 10
const MESSAGE_LIMIT = 4_000
const DETAIL_LINES = 20

const WINDOWS_ABSOLUTE = /^[A-Za-z]:\//

/**
 * The repository path an annotation must carry, or null. Reports name files
 * relative to where the tests ran (pytest's rootdir, often a subfolder of a
 * monorepo) or as absolute paths of the runner that ran them (another OS in a
 * matrix). The first candidate that exists in the checkout wins; without a
 * checkout (a job that only downloads artifacts) a relative path is kept as
 * the best guess and an absolute one outside the workspace is dropped.
 */
export function repositoryPath(
  file: string | null,
  workspace: string,
  reportPath: string | null,
  exists: (path: string) => boolean = (path) => existsSync(path)
): string | null {
  if (!file) return null
  const path = file.replace(/\\/g, '/')
  const inWorkspace = (candidate: string): string | null => {
    const inside = relative(workspace, resolve(workspace, candidate))
    return inside === '' || inside.startsWith('..') || isAbsolute(inside)
      ? null
      : inside.split('\\').join('/')
  }
  const found = (candidate: string | null): candidate is string =>
    candidate !== null && exists(join(workspace, candidate))
  if (isAbsolute(path) || WINDOWS_ABSOLUTE.test(path)) {
    const inside = WINDOWS_ABSOLUTE.test(path) ? null : inWorkspace(path)
    if (inside !== null) return inside
    // Another runner's absolute path: the longest tail that is in the checkout.
    const parts = path.split('/').filter((part) => part !== '')
    for (let start = 1; start < parts.length; start++) {
      const tail = inWorkspace(parts.slice(start).join('/'))
      if (found(tail)) return tail
    }
    return null
  }
  const direct = inWorkspace(path)
  if (found(direct)) return direct
  // Relative to where the tests ran: the report's folder or one above it.
  if (reportPath && !isAbsolute(reportPath)) {
    let dir = dirname(reportPath.replace(/\\/g, '/'))
    while (dir !== '.' && dir !== '/' && dir !== '') {
      const candidate = inWorkspace(join(dir, path))
      if (found(candidate)) return candidate
      dir = dirname(dir)
    }
  }
  return direct
}

/** Every failed or erroring test, in report order. */
export function failureAnnotations(
  analysis: Analysis,
  workspace: string
): FailureAnnotation[] {
  const annotations: FailureAnnotation[] = []
  // Thousands of failures share a few files: each is looked up once.
  const paths = new Map<string, string | null>()
  const located = (file: string | null, report: string): string | null => {
    if (!file) return null
    const key = `${report}\0${file}`
    if (!paths.has(key)) paths.set(key, repositoryPath(file, workspace, report))
    return paths.get(key) ?? null
  }
  for (const report of analysis.reports) {
    for (const suite of report.suites) {
      for (const test of suite.cases) {
        if (test.status !== 'failed' && test.status !== 'error') continue
        const headline = [test.failureType, test.message]
          .filter((part): part is string => !!part)
          .join(': ')
        const details = (test.details ?? '')
          .split('\n')
          .slice(0, DETAIL_LINES)
          .join('\n')
        const message = [headline || `${test.status}`, details]
          .filter((part) => part !== '')
          .join('\n\n')
          .slice(0, MESSAGE_LIMIT)
        annotations.push({
          path: located(test.file ?? suite.file, report.path),
          line: test.line,
          title:
            `${test.classname ? `${test.classname}.` : ''}${test.name} ${test.status === 'error' ? 'errored' : 'failed'}`.slice(
              0,
              255
            ),
          message
        })
      }
    }
  }
  return annotations
}

/** The first failures as error annotations of this step, and a line on the rest. */
export function emitStepAnnotations(annotations: FailureAnnotation[]): void {
  for (const annotation of annotations.slice(0, STEP_ANNOTATION_LIMIT)) {
    core.error(annotation.message, {
      title: annotation.title,
      ...(annotation.path ? { file: annotation.path } : {}),
      ...(annotation.path && annotation.line
        ? { startLine: annotation.line }
        : {})
    })
  }
  if (annotations.length > STEP_ANNOTATION_LIMIT) {
    core.info(
      `Annotated the first ${STEP_ANNOTATION_LIMIT} of ${annotations.length} failures (the runner shows ${STEP_ANNOTATION_LIMIT} per step).`
    )
  }
}
