/**
 * Failures placed on their file and line: workflow-command annotations (the
 * runner shows 10 errors per step) and, when a check run is asked for, the
 * Checks API's annotations (50 per request).
 */
import { isAbsolute, relative } from 'node:path'
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

/** A report's path, made relative to the workspace when it lies inside it. */
export function repositoryPath(
  file: string | null,
  workspace: string
): string | null {
  if (!file) return null
  const path = file.replace(/\\/g, '/')
  if (!isAbsolute(path)) return path.replace(/^\.\//, '')
  const inside = relative(workspace, path)
  return inside.startsWith('..') || isAbsolute(inside)
    ? null
    : inside.split('\\').join('/')
}

/** Every failed or erroring test, in report order. */
export function failureAnnotations(
  analysis: Analysis,
  workspace: string
): FailureAnnotation[] {
  const annotations: FailureAnnotation[] = []
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
          path: repositoryPath(test.file ?? suite.file, workspace),
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
