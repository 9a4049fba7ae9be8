/**
 * `node bench/triage.js`: how the command's time splits between reading the
 * report, the metrics, the triage and the JSON, measured in-process on the
 * benchmark report (run `npm run bench` first to write it).
 *
 * The sources are compiled with tsc to bench/out/lib (the same code the
 * bundle is built from). Every round runs in a fresh child process, so the
 * triage's caches start empty each time, as they do in the command. Prints
 * the median CPU time of each phase and the triage's share of the whole.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const lib = join(here, 'out', 'lib')
const report = join(here, 'out', 'bench-junit.xml')
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)

if (process.argv[2] === '--round') {
  process.stdout.write(`${JSON.stringify(await round(process.argv[3]))}\n`)
} else {
  await main()
}

/** CPU time (user + system) of this process so far, in seconds. */
function cpuSeconds() {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1e6
}

/** One measured run of every phase, as the command does them. */
async function round(path) {
  const load = (module) => import(pathToFileURL(join(lib, module)).href)
  const { readReport } = await load('parse/index.js')
  const { analyze } = await load('analyze/index.js')
  const { addTotals, emptyTotals, rates, suiteTotals } =
    await load('analyze/metrics.js')
  const { triage } = await load('analyze/triage/index.js')
  const { renderJson } = await load('render/json.js')
  const phases = {}
  let started = cpuSeconds()
  const lap = (name) => {
    const now = cpuSeconds()
    phases[name] = now - started
    started = now
  }
  const file = await readReport(path)
  lap('read')
  // What analyze() does besides the triage: per-suite and overall counts.
  const totals = emptyTotals()
  for (const suite of file.suites) {
    const counted = suiteTotals(suite)
    addTotals(totals, counted)
    rates(counted)
  }
  rates(totals)
  lap('metrics')
  const causes = triage([file])
  lap('triage')
  // The whole analysis again (untimed: its triage now runs on warm caches),
  // for the document the command prints.
  const analysis = analyze([file])
  lap('analyze')
  const json = renderJson(analysis)
  lap('json')
  return {
    tests: analysis.totals.tests,
    causes: causes.length,
    bytes: json.length,
    read: phases.read,
    triage: phases.triage,
    metrics: phases.metrics,
    json: phases.json
  }
}

async function main() {
  if (!existsSync(report)) {
    console.error(
      `${relative(root, report)} is missing: run \`npm run bench\` first`
    )
    process.exit(2)
  }
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(root, 'tsconfig.json'),
      '--outDir',
      lib
    ],
    { stdio: 'inherit' }
  )
  const runs = []
  for (let index = 0; index < rounds; index++) {
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--round', report],
      { encoding: 'utf8' }
    )
    if (child.status !== 0) throw new Error(`round failed: ${child.stderr}`)
    runs.push(JSON.parse(child.stdout))
  }
  const median = (key) => {
    const sorted = runs.map((run) => run[key]).sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]
  }
  const { tests, causes } = runs[0]
  console.log(
    `${relative(root, report)}: ${tests} tests, ${causes} causes; median CPU of ${rounds} rounds, each in a fresh process:`
  )
  const total = ['read', 'metrics', 'triage', 'json']
    .map(median)
    .reduce((a, b) => a + b, 0)
  for (const phase of ['read', 'metrics', 'triage', 'json']) {
    const seconds = median(phase)
    console.log(
      `  ${phase.padEnd(8)} ${seconds.toFixed(3)} s  ${((100 * seconds) / total).toFixed(1)} %`
    )
  }
  console.log(
    `  the triage adds ${((100 * median('triage')) / (total - median('triage'))).toFixed(1)} % to the rest (target <= 10 %)`
  )
}
