/**
 * The triage beside the reading (src/triage-thread.ts with the bundled
 * dist/triage-worker.js, built by `npm test` before jest runs): whatever
 * path it takes, thread or fallback, the causes are those of the triage on
 * the main thread, to the last field.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { triage } from '../src/analyze/triage/index.js'
import { indexSource } from '../src/collect/source.js'
import type { ReportFile, Suite } from '../src/model.js'
import { readReport } from '../src/parse/index.js'
import { TriageThread } from '../src/triage-thread.js'

const root = join(import.meta.dirname, '..')
const worker = pathToFileURL(join(root, 'dist', 'triage-worker.js'))

/** Every report the fixture script wrote, and the 5,000-failure pytest run. */
function reportPaths(): string[] {
  const paths: string[] = []
  const fixtures = join(root, 'fixtures')
  for (const entry of readdirSync(fixtures, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const reports = join(fixtures, entry.name, 'reports')
    for (const file of readdirSync(reports).sort()) {
      paths.push(join(reports, file))
    }
  }
  paths.push(join(root, '__tests__', 'support', 'many-failures', 'junit.xml'))
  return paths
}

async function readAll(
  paths: readonly string[],
  onSuite?: (suite: Suite) => void
): Promise<ReportFile[]> {
  const reports: ReportFile[] = []
  for (const path of paths) reports.push(await readReport(path, onSuite))
  return reports
}

function logged(): { messages: string[]; debug: (m: string) => void } {
  const messages: string[] = []
  return { messages, debug: (message) => messages.push(message) }
}

describe('readReport telling suites as it reads', () => {
  it('tells every suite of every fixture once, in report order', async () => {
    const paths = reportPaths()
    // node:test's root suite and PHPUnit's data-provider suites close after
    // suites that follow them in the report: they must be waited for.
    expect(
      paths.filter((path) =>
        /(node-test|phpunit)\/reports\/junit\.xml$/.test(path)
      )
    ).toHaveLength(2)
    for (const path of paths) {
      const told: Suite[] = []
      const report = await readReport(path, (suite) => told.push(suite))
      expect(report.error).toBeNull()
      expect(told).toEqual(report.suites)
      told.forEach((suite, index) => expect(suite).toBe(report.suites[index]))
    }
  })
})

describe('the triage thread', () => {
  it('groups every fixture exactly as the main thread does, reading along', async () => {
    const paths = reportPaths()
    const log = logged()
    const thread = new TriageThread({ worker, startAfter: 1, ...log })
    const reports = await readAll(paths, thread.offer)
    const threaded = await thread.causes(reports, null)
    expect(log.messages).toEqual([
      expect.stringMatching(/^triage thread started: \d+ tests not passing/)
    ])
    const alone = triage(await readAll(paths))
    expect(threaded.length).toBeGreaterThan(20)
    expect(threaded).toEqual(alone)
    expect(threaded.reduce((sum, cause) => sum + cause.count, 0)).toBe(
      alone.reduce((sum, cause) => sum + cause.count, 0)
    )
  })

  it('asks the source tree on the main thread, as the triage there does', async () => {
    const golden = join(root, 'examples', 'golden-path')
    const report = join(golden, 'report')
    const paths = readdirSync(report).map((file) => join(report, file))
    const source = await indexSource(golden)
    const thread = new TriageThread({ worker, startAfter: 1 })
    const threaded = await thread.causes(
      await readAll(paths, thread.offer),
      source
    )
    const alone = triage(await readAll(paths), { source })
    expect(threaded.some((cause) => cause.source !== null)).toBe(true)
    expect(threaded).toEqual(alone)
  })

  it('does not start below its threshold', async () => {
    const paths = reportPaths().slice(0, 3)
    const log = logged()
    const thread = new TriageThread({ worker, ...log })
    const reports = await readAll(paths, thread.offer)
    expect(await thread.causes(reports, null)).toEqual(
      triage(await readAll(paths))
    )
    expect(log.messages).toEqual([])
  })

  it('triages on the main thread when suites arrive out of report order', async () => {
    const paths = reportPaths()
    const reports = await readAll(paths)
    const log = logged()
    const thread = new TriageThread({ worker, startAfter: 1, ...log })
    const suites = reports.flatMap((report) => report.suites)
    for (const suite of suites.reverse()) thread.offer(suite)
    expect(await thread.causes(reports, null)).toEqual(triage(reports))
    expect(log.messages).toContain(
      'suites were read out of report order; triaged here'
    )
  })

  it('triages on the main thread when the worker fails or is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-triage-thread-'))
    try {
      const broken = join(dir, 'broken-worker.js')
      writeFileSync(broken, 'throw new Error("worker could not load")\n')
      const paths = reportPaths()
      const expected = triage(await readAll(paths))

      const log = logged()
      const failing = new TriageThread({
        worker: pathToFileURL(broken),
        startAfter: 1,
        ...log
      })
      const reports = await readAll(paths, failing.offer)
      expect(await failing.causes(reports, null)).toEqual(expected)
      expect(log.messages.join('\n')).toMatch(
        /triage thread failed \(worker could not load\); triaged here/
      )

      const missing = new TriageThread({
        worker: pathToFileURL(join(dir, 'no-such-worker.js')),
        startAfter: 1
      })
      expect(
        await missing.causes(await readAll(paths, missing.offer), null)
      ).toEqual(expected)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
