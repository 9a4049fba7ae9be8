/**
 * Reads collected files in order. A file found by a search that turns out to
 * be no test report at all (a pom.xml, a package.json) is left out quietly; a
 * file named one by one that cannot be read stays in with its error.
 */
import { resolve } from 'node:path'
import type { ReportFile } from '../model.js'
import { readReport } from '../parse/index.js'
import type { CollectedFiles } from './files.js'

export async function readCollected(
  collected: CollectedFiles,
  base: string,
  label: (file: string) => string = (file) => file,
  debug: (message: string) => void = () => {}
): Promise<ReportFile[]> {
  const reports: ReportFile[] = []
  for (const file of collected.files) {
    const report = await readReport(resolve(base, file))
    if (report.notAReport && collected.searched.has(file)) {
      debug(`${label(file)}: not a test report, left out`)
      continue
    }
    reports.push({ ...report, path: label(file) })
  }
  return reports
}
