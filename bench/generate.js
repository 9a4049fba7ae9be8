/**
 * Writes the benchmark report: one JUnit XML file with 100,000 testcases in
 * 400 suites (about 35 MB), 20,000 of them not passing with pytest- and
 * jest-like failure messages and stack traces, some with captured output.
 * Deterministic (seeded), so every run measures the same bytes.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const SUITES = 400
const CASES_PER_SUITE = 250

/** Small seeded generator (mulberry32) so the file is the same every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const escapeXml = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

const MODULES = ['cart', 'billing', 'accounts', 'search', 'stock', 'auth']
const HOSTS = ['127.0.0.1:5432', '127.0.0.1:6379', 'db.internal:3306']

/** Failure shapes seen in real runs: [type, message, body] makers. */
const FAILURES = [
  (n, pick) => [
    'AssertionError',
    `assert ${n} == ${n + 1}`,
    pythonTrace(
      pick,
      `    assert total == ${n + 1}\nE   assert ${n} == ${n + 1}`
    )
  ],
  (n, pick) => [
    'ModuleNotFoundError',
    `ModuleNotFoundError: No module named '${pick(MODULES)}_client'`,
    pythonTrace(
      pick,
      `    from ${pick(MODULES)}_client import Client\nE   ModuleNotFoundError: No module named '${pick(MODULES)}_client'`
    )
  ],
  (n, pick) => [
    'AttributeError',
    `AttributeError: type object 'E2EAuthHelper' has no attribute 'create_user_${n % 17}'`,
    pythonTrace(
      pick,
      `    user = E2EAuthHelper.create_user_${n % 17}()\nE   AttributeError: type object 'E2EAuthHelper' has no attribute 'create_user_${n % 17}'`
    )
  ],
  (n, pick) => [
    'Error',
    `connect ECONNREFUSED ${pick(HOSTS)}`,
    jsTrace(pick, `Error: connect ECONNREFUSED ${pick(HOSTS)}`)
  ],
  (n, pick) => [
    'Error',
    `expect(received).toBe(expected) // Object.is equality\n\nExpected: ${n}\nReceived: ${n * 2}`,
    jsTrace(
      pick,
      `Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: ${n}\nReceived: ${n * 2}`
    )
  ],
  (n, pick) => [
    'TimeoutError',
    `thrown: "Exceeded timeout of ${pick(['500', '5000', '30000'])} ms for a test."`,
    jsTrace(pick, 'thrown: "Exceeded timeout of 5000 ms for a test."')
  ]
]

function pythonTrace(pick, tail) {
  const frames = []
  const depth = 3 + Math.floor(pick.random() * 5)
  for (let i = 0; i < depth; i++) {
    const module = pick(MODULES)
    frames.push(
      `tests/test_${module}.py:${10 + i * 7}: in test_${module}_${i}\n    result = ${module}.run(payload, retries=${i})\n${module}/service.py:${40 + i}: in run\n    return self._call(payload)`
    )
  }
  return `${frames.join('\n')}\n${tail}`
}

function jsTrace(pick, head) {
  const lines = [head]
  const depth = 4 + Math.floor(pick.random() * 6)
  for (let i = 0; i < depth; i++) {
    const module = pick(MODULES)
    lines.push(
      `    at Object.<anonymous> (/home/runner/work/app/app/test/${module}.test.js:${12 + i}:${5 + i})`
    )
  }
  lines.push(
    '    at processTicksAndRejections (node:internal/process/task_queues:95:5)'
  )
  return lines.join('\n')
}

export async function generate(path) {
  const rand = random(20_000)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  pick.random = rand
  const out = createWriteStream(path)
  let pending = ''
  const write = async (text) => {
    pending += text
    if (pending.length > 1 << 20) {
      if (!out.write(pending)) await once(out, 'drain')
      pending = ''
    }
  }
  const total = SUITES * CASES_PER_SUITE
  await write(
    `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="bench" tests="${total}">\n`
  )
  let index = 0
  let nonPassing = 0
  for (let s = 0; s < SUITES; s++) {
    const module = MODULES[s % MODULES.length]
    await write(
      `  <testsuite name="tests.test_${module}_${s}" tests="${CASES_PER_SUITE}" timestamp="2026-01-01T00:00:00" hostname="runner">\n`
    )
    for (let c = 0; c < CASES_PER_SUITE; c++, index++) {
      const head = `    <testcase classname="tests.test_${module}_${s}.Test${module[0].toUpperCase()}${module.slice(1)}" name="test_case_${index}_${module}_behaves" file="tests/test_${module}_${s}.py" line="${10 + c}" time="${(rand() * 2).toFixed(3)}"`
      // Every fifth test does not pass: 20,000 of 100,000.
      if (index % 5 !== 4) {
        await write(`${head} />\n`)
        continue
      }
      nonPassing++
      if (nonPassing % 10 === 0) {
        await write(
          `${head}>\n      <skipped type="pytest.skip" message="needs ${pick(HOSTS)}">skipped: service not available in CI</skipped>\n    </testcase>\n`
        )
        continue
      }
      const [type, message, body] = pick(FAILURES)(index, pick)
      const element = nonPassing % 4 === 0 ? 'error' : 'failure'
      const output =
        nonPassing % 3 === 0
          ? `\n      <system-out><![CDATA[${`log line ${index}: connecting to ${pick(HOSTS)}\n`.repeat(8)}]]></system-out>`
          : ''
      await write(
        `${head}>\n      <${element} type="${type}" message="${escapeXml(message)}">${escapeXml(body)}</${element}>${output}\n    </testcase>\n`
      )
    }
    await write('  </testsuite>\n')
  }
  await write('</testsuites>\n')
  out.end(pending)
  await once(out, 'finish')
  return { tests: total, nonPassing }
}
