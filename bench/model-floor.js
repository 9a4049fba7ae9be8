/**
 * `node bench/model-floor.js [report]`: the least a saxes reader can cost
 * when it keeps what the model keeps. It streams the benchmark report like
 * the command does (no positions, 64 KiB chunks), counts the tests that
 * passed and keeps, per test that did not, one plain object with the
 * model's fields, its own copy of the name, the numbers, the type, message,
 * body and output; nothing else (no dialects, no bounds, no depth checks).
 * Prints the CPU seconds of the read, to set beside `read` in
 * `node bench/triage.js`.
 */
import { createReadStream } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SaxesParser } from 'saxes'

const here = dirname(fileURLToPath(import.meta.url))
const path = process.argv[2] ?? join(here, 'out', 'bench-junit.xml')

/** A flat copy, so the kept string does not hold on to the chunk it came from. */
const own = (text) =>
  text === undefined || text.length < 13
    ? (text ?? null)
    : [text.slice(0, 1), text.slice(1)].join('')

const started = process.cpuUsage()
const parser = new SaxesParser({ xmlns: false, position: false })
const suites = []
let suite = null
let testCase = null
/** The field being captured and its text so far, while inside one. */
let field = null
let text = ''
let lastClassname = null
let keptClassname = null

const onText = (piece) => {
  text += piece
}
const capture = (name) => {
  field = name
  text = ''
  parser.on('text', onText)
  parser.on('cdata', onText)
}

parser.on('opentag', ({ name, attributes }) => {
  switch (name) {
    case 'testsuite':
      suite = { name: own(attributes.name), passed: 0, cases: [] }
      suites.push(suite)
      return
    case 'testcase':
      if (attributes.classname !== lastClassname) {
        lastClassname = attributes.classname
        keptClassname = own(lastClassname)
      }
      // The attributes stay raw until the test is known not to have passed.
      testCase = {
        name: attributes.name,
        classname: keptClassname,
        file: null,
        line: attributes.line,
        duration: attributes.time,
        status: 'passed',
        failureType: null,
        message: null,
        details: null,
        systemOut: null,
        systemErr: null,
        flaky: false,
        retries: 0,
        phase: null
      }
      return
    case 'failure':
    case 'error':
    case 'skipped':
      testCase.status = name
      testCase.failureType = own(attributes.type)
      testCase.message = own(attributes.message)
      capture('details')
      return
    case 'system-out':
      if (testCase !== null) capture('systemOut')
  }
})
parser.on('closetag', ({ name }) => {
  if (name === 'testcase') {
    if (testCase.status === 'passed') suite.passed++
    else {
      testCase.name = own(testCase.name)
      testCase.line = Number(testCase.line)
      testCase.duration = Number(testCase.duration)
      suite.cases.push(testCase)
    }
    testCase = null
  } else if (field !== null) {
    testCase[field] = ` ${text}`.slice(1).trim() || null
    field = null
    parser.off('text')
    parser.off('cdata')
  }
})

const decoder = new TextDecoder('utf-8')
for await (const chunk of createReadStream(path, {
  highWaterMark: 64 * 1024
})) {
  parser.write(decoder.decode(chunk, { stream: true }))
}
parser.close()
const used = process.cpuUsage(started)
const kept = suites.reduce((sum, suite) => sum + suite.cases.length, 0)
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0)
console.log(
  `${kept + passed} testcases, ${kept} kept; read in ${((used.user + used.system) / 1e6).toFixed(3)} s CPU`
)
