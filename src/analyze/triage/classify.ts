/**
 * One non-passing test → its category, key and hint. The phase comes first
 * (a test that never reached its body), then the rules in catalog order over
 * the message, body and system-err together.
 */
import type { Suite, TestCase } from '../../model.js'
import type { CauseCategory } from '../types.js'
import {
  compileCatalog,
  findNeedles,
  isInfrastructure,
  type Catalog,
  type CompiledRule
} from './catalog.js'
import {
  MATCH_LIMITS,
  excerptAt,
  head,
  headAndTail,
  normalise,
  serviceName,
  signatureLine,
  systemName
} from './normalize.js'

export interface Classification {
  category: CauseCategory
  key: string
  /** Rule that decided, or null for the phase and fallbacks. */
  rule: string | null
  /** Normalised signature: what the finding shows as its message. */
  message: string
  /** Raw excerpt (bounded). */
  evidence: string
  /** Hint template, still with `{count}` to fill. */
  hint: string
}

/** Where a test stopped before its body ran, recognised from how each reporter writes it. */
type StopPhase = 'collection' | 'build' | 'setup' | null

const FALLBACK_HINTS: Record<CauseCategory, string> = {
  'missing-module':
    'A module could not be imported. Install it or fix the import path.',
  'missing-attribute':
    'Tests use a name that does not exist. Restore it or update the callers.',
  'missing-fixture': 'Tests request a fixture that is not defined.',
  'service-unavailable':
    'A service the tests need was not available. Start it in CI before the tests.',
  timeout:
    'Tests ran out of time, usually waiting on a dependency that is not there.',
  'missing-config': 'A variable, secret or config file is missing in CI.',
  'collection-error':
    'A test file could not be loaded, so none of its tests ran. Fix the error at the top of the file or in what it imports.',
  'build-failure':
    'The test code did not compile, so none of its tests ran. Fix the first compiler error.',
  'permission-denied': 'The runner lacks a permission the tests need.',
  'resource-exhausted': 'The runner ran out of memory or disk.',
  assertion:
    'An expectation did not hold: look at the expected and actual values.',
  crash: 'An uncaught error in the code under test.',
  'skip-intentional': 'Skipped on purpose. Check that the reason still holds.',
  unknown:
    'No rule recognised this failure. Read the evidence; if it is a known kind, add a rule.'
}

let assertionRules: CompiledRule[] | null = null
const ASSERTION_RULES = (): CompiledRule[] => {
  assertionRules ??= catalog().rules.filter(
    (rule) => rule.category === 'assertion'
  )
  return assertionRules
}

let defaultCatalog: Catalog | null = null
export function catalog(): Catalog {
  defaultCatalog ??= compileCatalog()
  return defaultCatalog
}

const TEST_PATH =
  /(?:^|[./\\:])(?:tests?|spec|specs|__tests__|testutils?|testing|conftest|fixtures?|factories|helpers?|support|mocks?)(?:[./\\:]|$)/i
const TEST_CLASS =
  /^Test|Tests?$|TestCase$|Spec$|Helpers?$|Fixtures?$|Factory$|Mock|Fake|Stub|ExampleGroups|Support$|Page$|Steps?$/
const HELPER_NAME =
  /^(?:create|make|build|given|setup|set_up|setUp|mock|fake|stub|seed|login|log_in|sign_in|signIn|logIn|authenticate|with|when|arrange|prepare|render|mount|new_test|newTest|fixture)(?:[A-Z_]|$)|(?:_factory|_fixture|_helper|Factory|Fixture|Helper)$/

/** Does a missing name (or its owner) look like test code rather than product code? */
function looksLikeTestCode(captures: Record<string, string>): boolean {
  for (const field of ['module', 'obj', 'cls', 'type']) {
    const value = captures[field]
    if (!value) continue
    if (
      TEST_PATH.test(value) ||
      TEST_CLASS.test(value.split(/[:.]/).pop() ?? value)
    )
      return true
  }
  for (const field of ['attr', 'fn', 'name', 'meth', 'prop']) {
    const value = captures[field]
    if (value && HELPER_NAME.test(value.split(/[:.\\]/).pop() ?? value))
      return true
  }
  return false
}

const ENV_LOOKUP =
  /os\.environ|<frozen os>|os\.py:\d|getenv|ENV\[|ENV\.fetch|process\.env/

/** Fills `{name}` from captures; unknown names become empty. */
export function fillTemplate(
  template: string,
  values: Record<string, string | number>
): string {
  return template.replace(/\{(\w{1,40})\}/g, (_m, name: string) =>
    values[name] === undefined ? '' : String(values[name])
  )
}

function capturesOf(match: RegExpExecArray): Record<string, string> {
  const captures: Record<string, string> = {}
  for (const [name, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined) captures[name.replace(/\d$/, '')] = value
  }
  if (captures.port !== undefined || captures.host !== undefined) {
    captures.service = serviceName(captures.host, captures.port)
  }
  if (captures.owner !== undefined && captures.cls === undefined) {
    captures.cls = captures.owner.split('.').pop() ?? captures.owner
  }
  if (captures.path !== undefined)
    captures.path = projectRelative(captures.path)
  if (captures.system !== undefined)
    captures.system = systemName(captures.system)
  if (captures.module !== undefined) {
    captures.top = captures.module.replace(/^@?[./]*/, '').split(/[./]/)[0]
  }
  return captures
}

/**
 * An absolute path cut to where the project's own folders start, so the key
 * reads as the test wrote it (`/home/runner/work/app/app/test/data/x.json` →
 * `test/data/x.json`).
 */
export function projectRelative(path: string): string {
  const clean = path.replace(/^file:\/\//, '').replace(/\\/g, '/')
  if (!clean.startsWith('/') && !/^[A-Za-z]:\//.test(clean)) return clean
  const match =
    /\/((?:src|tests?|spec|testdata|t|__tests__|fixtures?|resources|data)\/[^\n]{1,300})$/.exec(
      clean
    )
  return match ? match[1] : clean
}

/**
 * The exception type decides before free text: an assertion whose values
 * mention "timeout" or "connection refused" is still an assertion.
 */
const ASSERTION_FIRST =
  /^(?:E\s+)?(?:AssertionError\b|assert |expect\(|Expected values to be|Expected [^\n]{0,200} to |org\.opentest4j\.AssertionFailedError|java\.lang\.AssertionError|junit\.framework\.(?:AssertionFailedError|ComparisonFailure)|org\.junit\.ComparisonFailure|Failed asserting that|Assert\.\w{1,40}(?:\(\) Failure| failed)|assertion `left|\[Error \[ERR_TEST_FAILURE\]: Expected values)/
const ASSERTION_TYPE_NAME =
  /AssertionError|AssertionFailedError|ComparisonFailure|ExpectationNotMetError|ExpectationFailedException|ERR_ASSERTION/

interface RuleHit {
  rule: CompiledRule
  captures: Record<string, string>
  index: number
}

/** Rule subsets this small check their needles directly instead of the combined scan. */
const DIRECT_NEEDLE_CHECK = 12

function runRules(
  rules: readonly CompiledRule[],
  text: string,
  scope: 'failure' | 'skip'
): RuleHit | null {
  const lower = text.toLowerCase()
  const needles =
    rules.length > DIRECT_NEEDLE_CHECK ? findNeedles(catalog(), lower) : null
  for (const rule of rules) {
    const ruleScope = rule.scope ?? 'any'
    if (ruleScope !== 'any' && ruleScope !== scope) continue
    // Skips are only ever explained by infrastructure; a skip is no assertion.
    if (scope === 'skip' && !isInfrastructure(rule.category)) continue
    if (
      rule.needles.length > 0 &&
      !rule.needles.some((n) => (needles ? needles.has(n) : lower.includes(n)))
    )
      continue
    const match = rule.pattern.exec(text)
    if (!match) continue
    const captures = capturesOf(match)
    if (rule.refine === 'env' && !ENV_LOOKUP.test(text)) continue
    return { rule, captures, index: match.index }
  }
  return null
}

/**
 * Messages repeat across thousands of tests; what the rules make of a message
 * alone is remembered (bounded), so the body is scanned only when it matters.
 */
const MESSAGE_CACHE_SIZE = 5_000
const messageHits = new Map<string, RuleHit | null>()

function messageHit(
  rules: readonly CompiledRule[],
  typed: string
): RuleHit | null {
  if (messageHits.has(typed)) return messageHits.get(typed) ?? null
  const hit = runRules(rules, typed, 'failure')
  if (messageHits.size >= MESSAGE_CACHE_SIZE) messageHits.clear()
  messageHits.set(typed, hit)
  return hit
}

function detectPhase(
  test: TestCase,
  suite: Suite,
  message: string,
  body: string
): StopPhase {
  const name = test.name.trim()
  if (test.phase === 'collection') return 'collection'
  if (/^\[(?:build|setup) failed\]$/.test(name) || message === 'Build error')
    return 'build'
  if (
    name === 'TestMain' &&
    /\[(?:build|setup) failed\]|\.go:\d{1,7}:\d{1,5}: /.test(body)
  )
    return 'build'
  if (/^collection failure$/i.test(message)) return 'collection'
  if (
    test.classname === 'Test suite failed to run' ||
    /● Test suite failed to run/.test(body)
  )
    return 'collection'
  // vitest writes a file that failed to load as a test named like its file.
  if (name === test.classname && /\.[cm]?[jt]sx?$/.test(name))
    return 'collection'
  if (
    /^(?:initializationError|classMethod)$/.test(name) ||
    (name === '' && suite.cases.length > 0)
  )
    return 'setup'
  if (/^"(?:before|after) all" hook/.test(name)) return 'setup'
  if (/Failed to load ApplicationContext/.test(body)) return 'setup'
  if (test.phase === 'setup' || /^failed on setup with/.test(message))
    return 'setup'
  return null
}

/** What the test file or suite is called, for keys of findings without a better name. */
function locationOf(test: TestCase, suite: Suite): string {
  return (
    test.file ??
    suite.file ??
    (test.name.includes('/')
      ? test.name
      : test.classname || test.name || suite.name)
  )
}

const ASSERTION_TYPE = /assert|expectation|comparisonfailure/i
const EXCEPTION_TYPE = /(?:Error|Exception|Panic|panic)$/

export function classify(test: TestCase, suite: Suite): Classification {
  const rules = catalog().rules
  const message = head(test.message, MATCH_LIMITS.message)
  const body = headAndTail(test.details)
  const type = head(test.failureType, 200)

  if (test.status === 'skipped') {
    const reason =
      `${message}\n${body}\n${head(test.systemOut, MATCH_LIMITS.output)}`.trim()
    const hit = /xfail/i.test(type) ? null : runRules(rules, reason, 'skip')
    if (hit) return fromHit(hit, reason, message, body)
    const shown =
      reason === ''
        ? 'no reason given'
        : normalise(signatureLine(message, body))
    return {
      category: 'skip-intentional',
      key: shown,
      rule: null,
      message: shown,
      evidence: reason === '' ? '' : excerptAt(reason, 0),
      hint: FALLBACK_HINTS['skip-intentional']
    }
  }

  // `type="java.lang.NoSuchMethodError" message="com.x.Y.z()"` reads as the exception line it was.
  const typed =
    type !== '' && !message.startsWith(type) ? `${type}: ${message}` : message
  const haystack = [
    typed,
    body,
    head(test.systemErr, MATCH_LIMITS.output),
    head(test.systemOut, MATCH_LIMITS.output)
  ]
    .filter((part) => part !== '')
    .join('\n')
  const phase = detectPhase(test, suite, message, body)
  const assertionFirst =
    ASSERTION_TYPE_NAME.test(type) ||
    ASSERTION_FIRST.test(signatureLine(message, body))
  // An infrastructure rule that names an exception type in the message itself
  // decides without the body (unless it needs the trace, like `env`).
  const fromMessage = assertionFirst ? null : messageHit(rules, typed)
  const decisive =
    fromMessage !== null &&
    fromMessage.rule.tier !== 'text' &&
    fromMessage.rule.refine !== 'env' &&
    isInfrastructure(fromMessage.rule.category)
  const hit = decisive
    ? fromMessage
    : assertionFirst
      ? (runRules(ASSERTION_RULES(), haystack, 'failure') ??
        runRules(rules, haystack, 'failure'))
      : runRules(rules, haystack, 'failure')
  let result: Classification
  if (hit) {
    result = fromHit(hit, haystack, message, body)
  } else {
    const signature = signatureLine(message, body)
    const category: CauseCategory = ASSERTION_TYPE.test(type)
      ? 'assertion'
      : EXCEPTION_TYPE.test(type) ||
          EXCEPTION_TYPE.test(signature.split(':')[0] ?? '')
        ? 'crash'
        : 'unknown'
    result = {
      category,
      key: normalise(signature),
      rule: null,
      message: normalise(signature),
      evidence: signature.slice(0, MATCH_LIMITS.excerpt),
      hint: FALLBACK_HINTS[category]
    }
  }
  // A test that never reached its body: the phase names the finding unless
  // a rule found a more specific infrastructure cause inside it.
  if (phase !== null && !isInfrastructure(result.category)) {
    const category: CauseCategory =
      phase === 'build' ? 'build-failure' : 'collection-error'
    const where = locationOf(test, suite)
    return {
      ...result,
      category,
      key:
        result.rule === null && result.message === ''
          ? where
          : result.message || where,
      hint: FALLBACK_HINTS[category]
    }
  }
  return result
}

function fromHit(
  hit: RuleHit,
  text: string,
  message: string,
  body: string
): Classification {
  const { rule, captures } = hit
  let category = rule.category
  if (rule.refine === 'helper' && !looksLikeTestCode(captures))
    category = 'crash'
  const signature = normalise(signatureLine(message, body))
  const key =
    category === rule.category && rule.key !== ''
      ? fillTemplate(rule.key, captures)
      : signature
  return {
    category,
    key: key === '' ? signature : key,
    rule: rule.id,
    message: signature,
    evidence: excerptAt(text, hit.index),
    hint:
      category === rule.category
        ? fillTemplate(rule.hint, captures)
        : FALLBACK_HINTS[category]
  }
}
