/** The command line: `ci-triage [options] <files, folders or globs...>`. */
import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { analyze } from './analyze/index.js'
import type { GateThresholds } from './analyze/gate.js'
import { collectFiles } from './collect/files.js'
import { readCollected } from './collect/read.js'
import { indexSource } from './collect/source.js'
import { renderJson } from './render/json.js'
import { renderMarkdown } from './render/markdown.js'

const USAGE = `Usage: ci-triage [options] <files, folders or globs...>

Reads test reports (JUnit XML and its dialects, NUnit, xUnit.net, TRX, TAP,
CTRF, mocha/jest/go/dart/rspec JSON), measures execution, skip, failure and
pass rates, and groups failures by root cause.

Options:
  --markdown                  print the report as markdown (default)
  --json                      print one JSON document
  --min-execution-rate <pct>  fail (exit 1) when fewer tests ran
  --min-pass-rate <pct>       fail (exit 1) when fewer tests passed
  --max-skip-rate <pct>       fail (exit 1) when more tests were skipped
  --fail-on-infrastructure    fail (exit 1) when an infrastructure cause is found
  --source-root <dir>         source tree used for fix hints
  --title <text>              heading of the markdown report
  -h, --help                  show this help

Exit codes: 0 done, 1 a gate threshold failed, 2 bad usage or no readable report.`

export class UsageError extends Error {}

function percentOption(
  name: string,
  value: string | undefined
): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value.replace(/%$/, ''))
  if (
    value.trim() === '' ||
    !Number.isFinite(number) ||
    number < 0 ||
    number > 100
  ) {
    throw new UsageError(
      `--${name} must be a percent between 0 and 100, got "${value}"`
    )
  }
  return number
}

export async function main(argv: string[]): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        markdown: { type: 'boolean' },
        'min-execution-rate': { type: 'string' },
        'min-pass-rate': { type: 'string' },
        'max-skip-rate': { type: 'string' },
        'fail-on-infrastructure': { type: 'boolean' },
        'source-root': { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (err) {
    process.stderr.write(`ci-triage: ${(err as Error).message}\n\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = args
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  let thresholds: GateThresholds
  try {
    if (positionals.length === 0) throw new UsageError('no report files given')
    if (values.json && values.markdown) {
      throw new UsageError('choose one of --json and --markdown')
    }
    thresholds = {
      minExecutionRate: percentOption(
        'min-execution-rate',
        values['min-execution-rate']
      ),
      minPassRate: percentOption('min-pass-rate', values['min-pass-rate']),
      maxSkipRate: percentOption('max-skip-rate', values['max-skip-rate']),
      failOnInfrastructure: values['fail-on-infrastructure'] ?? false
    }
  } catch (err) {
    process.stderr.write(`ci-triage: ${(err as Error).message}\n\n${USAGE}\n`)
    return 2
  }

  const collected = await collectFiles(positionals)
  for (const line of collected.missing)
    process.stderr.write(`warning: ${line}\n`)
  const reports = await readCollected(collected, process.cwd())
  // Without --source-root nothing is scanned and every cause's source is null.
  const sourceRoot = values['source-root']
  if (
    sourceRoot &&
    !(await stat(sourceRoot).catch(() => null))?.isDirectory()
  ) {
    process.stderr.write(
      `ci-triage: --source-root ${sourceRoot} is not a folder\n`
    )
    return 2
  }
  const source = sourceRoot ? await indexSource(sourceRoot) : null
  const analysis = analyze(reports, { thresholds, source })
  for (const warning of analysis.warnings)
    process.stderr.write(`warning: ${warning}\n`)

  process.stdout.write(
    values.json
      ? renderJson(analysis)
      : renderMarkdown(analysis, { title: values.title })
  )
  if (!reports.some((report) => report.error === null)) {
    process.stderr.write('ci-triage: no readable test report\n')
    return 2
  }
  return analysis.gate.passed ? 0 : 1
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(
      `ci-triage: ${err instanceof Error ? err.stack : String(err)}\n`
    )
    process.exitCode = 2
  }
)
