/**
 * `node bench/triage.js`: how the command's time splits between reading the
 * report, the metrics, the triage and the JSON, measured in-process on the
 * benchmark report (run `npm run bench` first to write it).
 *
 * The sources are compiled with tsc to build/ (the same code the bundle is
 * built from). Every round runs in a fresh child process, so the
 * triage's caches start empty each time, as they do in the command. Prints
 * the median CPU and wall time of each phase and the triage's share. CPU
 * counts every thread (the compiler and the collector work beside the
 * main thread), so it is the larger figure.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
/** tsconfig.json's outDir: ignored by git, the linter and the formatter. */
const lib = join(root, 'build')
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
  const walls = {}
  const peaks = {}
  let started = cpuSeconds()
  let startedWall = process.hrtime.bigint()
  const lap = (name) => {
    const now = cpuSeconds()
    const nowWall = process.hrtime.bigint()
    phases[name] = now - started
    walls[name] = Number(nowWall - startedWall) / 1e9
    peaks[name] = process.resourceUsage().maxRSS / 1024
    started = now
    startedWall = nowWall
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
    json: phases.json,
    readWall: walls.read,
    triageWall: walls.triage,
    metricsWall: walls.metrics,
    jsonWall: walls.json,
    peakAfterRead: peaks.read,
    peakAfterTriage: peaks.triage,
    peakAfterJson: peaks.json
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
      join(root, 'tsconfig.json')
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
    `${relative(root, report)}: ${tests} tests, ${causes} causes; medians of ${rounds} rounds, each in a fresh process:`
  )
  const phases = ['read', 'metrics', 'triage', 'json']
  const sum = (suffix) =>
    phases.map((phase) => median(phase + suffix)).reduce((a, b) => a + b, 0)
  const total = { cpu: sum(''), wall: sum('Wall') }
  console.log('  phase     CPU              wall')
  for (const phase of phases) {
    const cpu = median(phase)
    const wall = median(`${phase}Wall`)
    console.log(
      `  ${phase.padEnd(8)}  ${cpu.toFixed(3)} s ${((100 * cpu) / total.cpu).toFixed(1).padStart(5)} %  ${wall.toFixed(3)} s ${((100 * wall) / total.wall).toFixed(1).padStart(5)} %`
    )
  }
  console.log(
    `  peak RSS: ${median('peakAfterRead').toFixed(0)} MiB after reading, ${median('peakAfterTriage').toFixed(0)} MiB after the triage, ${median('peakAfterJson').toFixed(0)} MiB with the JSON`
  )
  const share = (suffix, all) =>
    (
      (100 * median(`triage${suffix}`)) /
      (all - median(`triage${suffix}`))
    ).toFixed(1)
  console.log(
    `  the triage adds ${share('', total.cpu)} % CPU and ${share('Wall', total.wall)} % wall time to the rest (target <= 10 %)`
  )
}
