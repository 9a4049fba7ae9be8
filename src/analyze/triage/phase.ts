/**
 * The stop phases: tests that never reached their body, recognised from the
 * test's name, what its reporter marked, and its message and body.
 */
import type { Suite, TestCase } from '../../model.js'
import { inComparedValue } from './compared.js'

/**
 * Where a test stopped before its body ran, recognised from how each reporter
 * writes it: its file did not load (`collection`), did not build (`build`),
 * its suite could not be assembled (`load`: a Spring context), or the setup
 * code shared by its suite ran and failed (`setup`: a before-all hook,
 * OneTimeSetUp, ClassInitialize, setUpClass, a pytest fixture).
 */
export type StopPhase = 'collection' | 'build' | 'load' | 'setup' | null

export function detectPhase(
  test: TestCase,
  suite: Suite,
  message: string,
  body: string
): StopPhase {
  if (test.phase === 'collection') return 'collection'
  const name = test.name.trim()
  // Reporters put the whole output in the message: its first line says the phase.
  const newline = message.indexOf('\n')
  const firstLine = (
    newline === -1 ? message : message.slice(0, newline)
  ).trim()
  // Most names and first lines match none of the shapes below: literal
  // comparisons and a first-character test before a regex keep that cheap.
  if (
    (name.startsWith('[') && /^\[(?:build|setup) failed\]$/.test(name)) ||
    firstLine === 'Build error'
  )
    return 'build'
  if (
    name === 'TestMain' &&
    /\[(?:build|setup) failed\]|\.go:\d{1,7}:\d{1,5}: /.test(body)
  )
    return 'build'
  if (/^collection failure$/i.test(firstLine)) return 'collection'
  if (pytestCollecting(firstLine)) return 'collection'
  if (
    test.classname === 'Test suite failed to run' ||
    firstLine === '● Test suite failed to run' ||
    jestSuiteFailed(body)
  )
    return 'collection'
  // vitest writes a file that failed to load as a test named like its file,
  // and as `FAIL  file [ file ]` when a reporter puts its output first.
  if (name === test.classname && /\.[cm]?[jt]sx?$/.test(name))
    return 'collection'
  if (firstLine.startsWith('FAIL ') && VITEST_FILE_FAILED.test(firstLine))
    return 'collection'
  // node:test runs each file as a process; one that exits before reporting
  // its tests is a test named by the file's path that says only `test failed`.
  if (
    message === 'test failed' &&
    /[\\/][^\\/]{1,200}\.[cm]?[jt]sx?$/.test(name)
  )
    return 'collection'
  if (
    name === 'initializationError' ||
    name === 'classMethod' ||
    (name === '' && suite.cases.length > 0)
  )
    return 'setup'
  if (
    name.startsWith('"before all" hook') ||
    name.startsWith('"after all" hook')
  )
    return 'setup'
  // unittest names a failed class or module fixture as a test of its own.
  if (/^(?:setUpClass|tearDownClass|setUpModule|tearDownModule) \(/.test(name))
    return 'setup'
  // NUnit repeats a fixture's OneTimeSetUp failure on each of its tests;
  // MSTest names the failed class or assembly initialiser.
  if (
    firstLine.startsWith('OneTimeSetUp: ') ||
    /^(?:Class|Assembly) Initialization method [\w.+`]{1,300} threw exception/.test(
      firstLine
    )
  )
    return 'setup'
  // A framework whose application context did not start (Spring, Quarkus)
  // fails every test of the class before any body runs.
  if (
    firstLine.includes('Failed to load ApplicationContext') ||
    firstLine.includes('Failed to start quarkus') ||
    body.includes('Failed to load ApplicationContext')
  )
    return 'load'
  if (test.phase === 'setup' || message.startsWith('failed on setup with'))
    return 'setup'
  return null
}

/**
 * jest's header for a test file that did not run, unless it is a value an
 * assertion compared (an end-to-end test matching jest's own output).
 */
function jestSuiteFailed(body: string): boolean {
  const at = body.indexOf('● Test suite failed to run')
  return at !== -1 && !inComparedValue(body, at)
}

/** vitest's file-level entry: the file, then the same file in brackets. */
const VITEST_FILE_FAILED = /^FAIL {1,4}(\S{1,300}) \[ \1 \]$/

/**
 * pytest's own words for a module it could not collect, when a reporter puts
 * them first rather than its `collection failure`: the import error header,
 * a module whose basename another test directory already took, the frame
 * that imports every test module (`_importtestmodule` in older releases),
 * a first frame that is a test module's top level (`test_x.py:44: in
 * <module>`: it raised while being imported, before any test ran), the
 * `ERROR collecting` section and the run's `Interrupted:` summary.
 */
function pytestCollecting(firstLine: string): boolean {
  return (
    firstLine.startsWith('ImportError while importing test module ') ||
    firstLine === 'import file mismatch:' ||
    firstLine.endsWith(': in importtestmodule') ||
    firstLine.endsWith(': in _importtestmodule') ||
    (firstLine.endsWith(': in <module>') &&
      PYTEST_MODULE_FRAME.test(firstLine)) ||
    PYTEST_COLLECTING.test(firstLine)
  )
}

const PYTEST_MODULE_FRAME = /\.py:\d{1,7}: in <module>$/

const PYTEST_COLLECTING =
  /^_{0,100} ?ERROR collecting |^Interrupted: \d{1,6} errors? during collection\b/
