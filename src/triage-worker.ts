/**
 * The triage's thread (see triage-thread.ts): classifies and groups each
 * suite as soon as the reader hands it over, while the main thread goes on
 * reading, and keeps nothing of a suite but the positions of its tests.
 */
import { parentPort } from 'node:worker_threads'
import { CauseGrouper } from './analyze/triage/index.js'
import type { FromTriageThread, ToTriageThread } from './triage-thread.js'

const port = parentPort
if (port === null) throw new Error('triage-worker.js runs as a worker thread')

const grouper = new CauseGrouper()
let failure: string | null = null

port.on('message', (message: ToTriageThread) => {
  if (message.kind === 'suite') {
    if (failure !== null) return
    try {
      grouper.add(message.suite)
    } catch (err) {
      failure = err instanceof Error ? (err.stack ?? err.message) : String(err)
    }
    return
  }
  const reply: FromTriageThread =
    failure === null
      ? { kind: 'grouped', groups: grouper.done() }
      : { kind: 'failed', reason: failure }
  port.postMessage(reply)
  port.close()
})
