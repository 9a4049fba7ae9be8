/**
 * Runs the triage beside the reading. Classifying 20,000 failures takes a
 * good part of the time it takes to read the report they come in, and the
 * two need not wait for each other: suites go to a worker thread as the
 * reader finishes them, so when the last one is read the causes are all but
 * grouped. Small runs never start the thread (it costs more than it saves),
 * and anything unexpected (a worker that cannot start or fails, suites that
 * arrived in another order than the reports hold them) falls back to the
 * same triage on this thread, so the result is the same either way.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ReportFile, Suite } from './model.js'
import type { Cause } from './analyze/types.js'
import {
  finishCauses,
  triage,
  type CauseGroup
} from './analyze/triage/index.js'
import type { SourceTree } from './analyze/triage/source.js'

export type ToTriageThread =
  { kind: 'suite'; suite: Suite } | { kind: 'finish' }

export type FromTriageThread =
  { kind: 'grouped'; groups: CauseGroup[] } | { kind: 'failed'; reason: string }

/**
 * Tests not passing before the thread is worth starting: below this the
 * triage takes a few milliseconds, less than a thread costs to start.
 */
const START_AFTER = 2000

/**
 * The worker bundled beside the entry point (dist/triage-worker.js), or null
 * when `CI_TRIAGE_THREAD=off` keeps the triage on the main thread.
 */
export function bundledTriageWorker(): URL | null {
  return process.env.CI_TRIAGE_THREAD === 'off'
    ? null
    : new URL('./triage-worker.js', import.meta.url)
}

export interface TriageThreadOptions {
  /** The bundled worker beside the entry point; none (or missing) means no thread. */
  worker: URL | null
  startAfter?: number
  /** Told when and why the thread was not used. */
  debug?: (message: string) => void
}

export class TriageThread {
  private worker: Worker | null = null
  private failure: string | null = null
  /** Suites handed to the worker, in order: its groups point into this. */
  private readonly posted: Suite[] = []
  private readonly waiting: Suite[] = []
  private notPassing = 0
  private readonly workerFile: string | null
  private readonly startAfter: number
  private readonly debug: (message: string) => void

  constructor(options: TriageThreadOptions) {
    const file = options.worker && fileURLToPath(options.worker)
    this.workerFile = file && existsSync(file) ? file : null
    this.startAfter = options.startAfter ?? START_AFTER
    this.debug = options.debug ?? (() => {})
  }

  /** A suite the reader has finished (a SuiteListener). */
  readonly offer = (suite: Suite): void => {
    if (this.workerFile === null || this.failure !== null) return
    if (!hasNotPassing(suite)) return
    if (this.worker !== null) {
      this.post(suite)
      return
    }
    this.waiting.push(suite)
    for (const test of suite.cases)
      if (test.status !== 'passed') this.notPassing++
    if (this.notPassing >= this.startAfter) this.start()
  }

  /** The causes of `reports`: grouped by the thread when it ran, else here. */
  async causes(
    reports: readonly ReportFile[],
    source: SourceTree | null
  ): Promise<Cause[]> {
    const worker = this.worker
    if (worker === null) return triage(reports, { source })
    const reply = await new Promise<FromTriageThread>((resolve) => {
      worker.ref()
      worker.once('message', resolve)
      worker.once('error', (err) =>
        resolve({ kind: 'failed', reason: err.message })
      )
      worker.once('exit', (code) =>
        resolve({ kind: 'failed', reason: `exited with code ${code}` })
      )
      if (this.failure !== null) {
        resolve({ kind: 'failed', reason: this.failure })
      } else worker.postMessage({ kind: 'finish' } satisfies ToTriageThread)
    })
    void worker.terminate()
    if (reply.kind === 'failed') {
      this.debug(`triage thread failed (${reply.reason}); triaged here`)
    } else if (!this.sameOrder(reports)) {
      this.debug('suites were read out of report order; triaged here')
    } else return finishCauses(reply.groups, this.posted, source)
    return triage(reports, { source })
  }

  /** Whether the worker saw the suites that matter in the order the reports hold them. */
  private sameOrder(reports: readonly ReportFile[]): boolean {
    let at = 0
    for (const report of reports) {
      if (report.error !== null) continue
      for (const suite of report.suites) {
        if (!hasNotPassing(suite)) continue
        if (this.posted[at] !== suite) return false
        at++
      }
    }
    return at === this.posted.length
  }

  private start(): void {
    try {
      this.worker = new Worker(this.workerFile as string)
    } catch (err) {
      this.failure = err instanceof Error ? err.message : String(err)
      this.debug(`triage thread did not start (${this.failure})`)
      return
    }
    this.debug(
      `triage thread started: ${this.notPassing} tests not passing so far`
    )
    // Reading must not wait for it, nor an early exit hang on it.
    this.worker.unref()
    this.worker.on('error', (err) => {
      this.failure ??= err.message
    })
    for (const suite of this.waiting) this.post(suite)
    this.waiting.length = 0
  }

  private post(suite: Suite): void {
    this.posted.push(suite)
    this.worker?.postMessage({ kind: 'suite', suite } satisfies ToTriageThread)
  }
}

function hasNotPassing(suite: Suite): boolean {
  for (const test of suite.cases) if (test.status !== 'passed') return true
  return false
}
