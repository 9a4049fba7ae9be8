import { it, expect } from '@jest/globals'
import { triage } from '../src/analyze/triage/index.js'
import { readReport } from '../src/parse/index.js'
it('perf', async () => {
  const r = await readReport('bench/out/bench-junit.xml')
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now()
    const causes = triage([r])
    process.stdout.write(`triage bench: ${(performance.now() - t0).toFixed(0)} ms, ${causes.length} causes, ${causes.reduce((s, c) => s + c.count, 0)} tests\n`)
    expect(causes.length).toBeGreaterThan(0)
  }
}, 60000)
