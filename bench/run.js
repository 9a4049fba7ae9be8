/**
 * `npm run bench`: writes a 100,000-testcase JUnit report to bench/out/ and
 * times `node dist/cli.js --json` on it against a bare saxes stream of the
 * same bytes (bench/saxes-count.js), alternating the two a few times in one
 * run. Prints the median wall time, CPU time (user + system) and peak RSS
 * of each child, and the ratios. CPU time is the steadier figure when other
 * work shares the machine.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const outDir = join(here, 'out')
const report = join(outDir, 'bench-junit.xml')
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
/** GNU time reports the peak RSS of the child it runs (%M, KiB). */
const GNU_TIME = '/usr/bin/time'
const hasGnuTime = existsSync(GNU_TIME)

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first')
  process.exit(2)
}
mkdirSync(outDir, { recursive: true })
const written = await generate(report)
const megabytes = statSync(report).size / 1e6
console.log(
  `report: ${relative(root, report)} (${megabytes.toFixed(1)} MB, ${written.tests} testcases, ${written.nonPassing} not passing)`
)

/** Runs one child; resolves to its wall time (s), peak RSS (MiB) and stdout. */
function measure(args) {
  const rssFile = join(outDir, 'rss.txt')
  const command = hasGnuTime ? GNU_TIME : process.execPath
  const argv = hasGnuTime
    ? ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args]
    : ['--import', join(here, 'report-rss.js'), ...args]
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, argv, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stdout = []
    const stderr = []
    child.stdout.on('data', (chunk) => stdout.push(chunk))
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const errText = Buffer.concat(stderr).toString()
      let kib
      let cpu
      if (hasGnuTime) {
        const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop()
        const [rss, user, system] = last.split(' ').map(Number)
        kib = rss
        cpu = user + system
        rmSync(rssFile)
      } else {
        const probe = /maxRSS=(\d+) cpu=(\d+)/.exec(errText)
        kib = Number(probe?.[1])
        cpu = Number(probe?.[2]) / 1e6
      }
      resolve({
        code,
        seconds,
        cpu,
        mib: kib / 1024,
        stdout: Buffer.concat(stdout).toString(),
        stderr: errText
      })
    })
  })
}

const cliArgs = [join('dist', 'cli.js'), '--json', report]
const saxesArgs = [join(here, 'saxes-count.js'), report]
const cli = []
const bare = []
for (let round = 0; round < rounds; round++) {
  const base = await measure(saxesArgs)
  const ours = await measure(cliArgs)
  if (base.code !== 0) throw new Error(`saxes baseline failed: ${base.stderr}`)
  // The CLI exits 0 (no gate given); any other code means it broke.
  if (ours.code !== 0)
    throw new Error(`cli failed: ${ours.stderr.slice(0, 500)}`)
  const counted = JSON.parse(ours.stdout).totals.tests
  const baseline = JSON.parse(base.stdout).testcases
  if (counted !== written.tests || baseline !== written.tests) {
    throw new Error(
      `counts differ: cli ${counted}, saxes ${baseline}, written ${written.tests}`
    )
  }
  bare.push(base)
  cli.push(ours)
}

const median = (runs, key) => {
  const sorted = runs.map((run) => run[key]).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const row = (label, runs) =>
  `${label.padEnd(20)} wall ${median(runs, 'seconds').toFixed(2)} s  cpu ${median(runs, 'cpu').toFixed(2)} s  peak ${median(runs, 'mib').toFixed(0)} MiB`
console.log(
  `median of ${rounds} alternating runs (peak RSS by ${hasGnuTime ? 'GNU time' : 'process.resourceUsage'}):`
)
console.log(row('bare saxes stream', bare))
console.log(row('ci-triage --json', cli))
const wallRatio = median(cli, 'seconds') / median(bare, 'seconds')
const cpuRatio = median(cli, 'cpu') / median(bare, 'cpu')
console.log(
  `ratio: ${wallRatio.toFixed(2)}x the bare stream's wall time, ${cpuRatio.toFixed(2)}x its CPU time (target <= 1.5x); peak ${median(cli, 'mib').toFixed(0)} MiB (target <= 150 MiB)`
)
