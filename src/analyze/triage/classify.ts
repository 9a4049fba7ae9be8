/**
 * One non-passing test → its category, key and hint. The phase comes first
 * (a test that never reached its body), then the rules in catalog order over
 * the message, body and system-err together.
 */
import type { Suite, TestCase } from '../../model.js'
import type { CauseCategory } from '../types.js'
import {
  candidateRules,
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
  includesAny,
  normalise,
  serviceName,
  signatureLine,
  systemName
} from './normalize.js'
import { inComparedValue } from './compared.js'
import { BoundedMemo } from './memo.js'
import { detectPhase, type StopPhase } from './phase.js'

export interface Classification {
  readonly category: CauseCategory
  readonly key: string
  /** Rule that decided, or null for the phase and fallbacks. */
  readonly rule: string | null
  /** Normalised signature: what the finding shows as its message. */
  readonly message: string
  /** Raw excerpt (bounded). */
  readonly evidence: string
  /** Hint template, still with `{count}` to fill. */
  readonly hint: string
}

/**
 * A classification a rule decided. Its message and evidence are worked out
 * when first read: the triage reads them for the first tests of a cause only,
 * and normalising every test's signature was about a tenth of its cost.
 */
class RuleClassification implements Classification {
  private shownMessage: string | undefined
  private shownEvidence: string | undefined

  constructor(
    readonly category: CauseCategory,
    readonly key: string,
    readonly rule: string,
    readonly hint: string,
    /** The message and body the signature line comes from. */
    private readonly failure: { message: string; body: string },
    /** The text the rule matched and where: the evidence is that line. */
    private readonly matched: { text: string; index: number },
    /** The signature, when the key needed it already. */
    signature?: string
  ) {
    this.shownMessage = signature
  }

  get message(): string {
    this.shownMessage ??= normalise(
      signatureLine(this.failure.message, this.failure.body)
    )
    return this.shownMessage
  }

  get evidence(): string {
    this.shownEvidence ??= excerptAt(this.matched.text, this.matched.index)
    return this.shownEvidence
  }

  /** The same finding under another category, key and hint (a stop phase's). */
  recast(
    category: CauseCategory,
    key: string,
    hint: string
  ): RuleClassification {
    return new RuleClassification(
      category,
      key,
      this.rule,
      hint,
      this.failure,
      this.matched,
      this.shownMessage
    )
  }
}

/** `found` with another category, key and hint; its message and evidence stay. */
function recast(
  found: Classification,
  category: CauseCategory,
  key: string,
  hint: string
): Classification {
  return found instanceof RuleClassification
    ? found.recast(category, key, hint)
    : { ...found, category, key, hint }
}

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
/**
 * Tried first when a failure reads as an assertion: the assertion rules, and
 * before them those that know an assertion's own words for something
 * missing (`beforeAssertions`).
 */
const ASSERTION_RULES = (): CompiledRule[] => {
  assertionRules ??= catalog().rules.filter(
    (rule) => rule.beforeAssertions === true || rule.category === 'assertion'
  )
  return assertionRules
}

let serviceCatalog: Catalog | null = null
/**
 * The rules that name an unavailable service, compiled as a catalog of their
 * own: they are looked for behind a timeout, in the whole text, and their
 * needles (over a hundred) are cheaper found in one scan than one by one.
 */
const SERVICE_CATALOG = (): Catalog => {
  serviceCatalog ??= compileCatalog({
    service: catalog().rules.filter(
      (rule) => rule.category === 'service-unavailable' && rule.scope !== 'skip'
    )
  })
  return serviceCatalog
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
    // Any segment: `RSpec::ExampleGroups::AdminDashboard`, `Tests\Support\Api`.
    if (
      TEST_PATH.test(value) ||
      value.split(/[:.\\]/).some((segment) => TEST_CLASS.test(segment))
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
  // Templates are few and filled once per test: split each one once.
  let parts = TEMPLATE_PARTS.get(template)
  if (parts === undefined) {
    parts = template.split(/\{(\w{1,40})\}/)
    TEMPLATE_PARTS.set(template, parts)
  }
  // Even entries are literal text, odd ones the names between braces.
  let filled = parts[0]
  for (let index = 1; index < parts.length; index += 2) {
    const value = values[parts[index]]
    if (value !== undefined) filled += String(value)
    filled += parts[index + 1]
  }
  return filled
}

const TEMPLATE_PARTS = new Map<string, string[]>()

function capturesOf(match: RegExpExecArray): Record<string, string> {
  const captures: Record<string, string> = {}
  for (const [name, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined) captures[name.replace(/\d$/, '')] = value
  }
  if (captures.port !== undefined || captures.host !== undefined) {
    captures.service = serviceName(captures.host, captures.port)
    // The key names the address as the report writes it; the hint names the service.
    captures.address =
      captures.host !== undefined && captures.port !== undefined
        ? `${loopbackAs(captures.host)}:${captures.port}`
        : captures.service
  }
  // JVM class names in internal form (`com/acme/Foo`) read as imported (`com.acme.Foo`).
  if (
    captures.cls !== undefined &&
    /^[\w$]{1,200}(?:\/[\w$]{1,200}){1,40}$/.test(captures.cls)
  )
    captures.cls = captures.cls.replace(/\//g, '.')
  // Ruby writes receivers as `#<AuthHelper:0x0000…>`: the class is the name.
  for (const field of ['cls', 'recv']) {
    const value = captures[field]
    if (value !== undefined)
      captures[field] = value
        .replace(/^#<([\w:]{1,300})(?::0x[\da-f]{1,32})?>?$/, '$1')
        .replace(/:0x[\da-f]{1,32}$/, '')
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
 * `localhost`, `::1` and `127.x` are one machine: written as `127.0.0.1` so a
 * service refused on either spelling is one finding.
 */
function loopbackAs(host: string): string {
  return /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[?::1\]?)$/i.test(host)
    ? '127.0.0.1'
    : host
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
 * mention "timeout" or "connection refused" is still an assertion. So is a
 * Mockito verification: the arguments it prints are the test's values.
 */
const ASSERTION_FIRST =
  /^(?:E\s+)?(?:AssertionError\b|assert |expect\(|Error: expect\(\w{1,40}\)\.(?:not\.)?to\w{1,40}\(\w{0,40}\) failed$|Expected values to be|\[FAILED\] Expected$|Condition not satisfied:|[\w./\\-]{1,300}:\d{1,7}: ERROR: (?:CHECK|REQUIRE)|error: in "[^"\n]{1,300}": (?:critical )?check |expected (?:not )?to find |Capybara::ExpectationNotMet|Expected [^\n]{0,200} to |org\.opentest4j\.AssertionFailedError|java\.lang\.AssertionError|junit\.framework\.(?:AssertionFailedError|ComparisonFailure)|org\.junit\.ComparisonFailure|Failed asserting that|Assert\.\w{1,40}(?:\(\) Failure| failed)|assertion `left|\[Error \[ERR_TEST_FAILURE\]: Expected values|Wanted but not invoked:|Argument\(s\) are different!|org\.mockito\.exceptions\.verification\.)/
const ASSERTION_TYPE_NAME =
  /AssertionError|AssertionFailedError|ComparisonFailure|ExpectationNotMet|ConditionNotSatisfiedError|ExpectationFailedException|ERR_ASSERTION/

interface RuleHit {
  rule: CompiledRule
  captures: Record<string, string>
  index: number
}

function runRules(
  rules: readonly CompiledRule[],
  text: string,
  scope: 'failure' | 'skip',
  scanned?: Catalog
): RuleHit | null {
  const lower = text.toLowerCase()
  // The whole catalog (or a subset compiled as one): one scan finds every
  // needle, and only the rules whose needles were found are tried, in order.
  // A short subset (the assertion rules) checks each rule's needles directly.
  const scan = scanned ?? (rules === catalog().rules ? catalog() : null)
  const needles = scan !== null ? findNeedles(scan, lower) : null
  const tried =
    needles !== null && scan !== null ? candidateRules(scan, needles) : rules
  for (const rule of tried) {
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
    if (
      scope === 'failure' &&
      isInfrastructure(rule.category) &&
      inComparedValue(text, match.index)
    )
      continue
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
const messageHits = new BoundedMemo<RuleHit | null>(MESSAGE_CACHE_SIZE)

function messageHit(
  rules: readonly CompiledRule[],
  typed: string
): RuleHit | null {
  const known = messageHits.get(typed)
  if (known !== undefined) return known
  const hit = runRules(rules, typed, 'failure')
  messageHits.set(typed, hit)
  return hit
}

/** Skip reasons repeat even more than messages; short ones are remembered the same way. */
const SKIP_REASON_CACHED = 2_000
const skipHits = new BoundedMemo<RuleHit | null>(MESSAGE_CACHE_SIZE)

function skipHit(
  rules: readonly CompiledRule[],
  reason: string
): RuleHit | null {
  if (reason.length > SKIP_REASON_CACHED) return runRules(rules, reason, 'skip')
  const known = skipHits.get(reason)
  if (known !== undefined) return known
  const hit = runRules(rules, reason, 'skip')
  skipHits.set(reason, hit)
  return hit
}

/**
 * An address as reports write it: `127.0.0.1:5432`, `localhost:6379`,
 * `[::1]:5432`, or Python's `('127.0.0.1', 8089)`. Hostnames are left out:
 * `file.go:35` reads the same.
 */
const ADDRESS =
  /\b(?<host>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}):(?<port>\d{2,5})\b|(?<host2>\[[\da-fA-F:]{2,60}\]):(?<port2>\d{2,5})\b|\(['"](?<host3>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)['"], (?<port3>\d{2,5})\)|for "(?<host4>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)" port (?<port4>\d{2,5})\b/g

function addressIn(text: string): string {
  // exec on the one regex: matchAll would clone it (and its compiled code
  // lookup) on every call.
  ADDRESS.lastIndex = 0
  for (
    let match = ADDRESS.exec(text);
    match !== null;
    match = ADDRESS.exec(text)
  ) {
    if (match[0] === '') ADDRESS.lastIndex++
    if (inComparedValue(text, match.index)) continue
    const groups = match.groups ?? {}
    const host = groups.host ?? groups.host2 ?? groups.host3 ?? groups.host4
    const port = groups.port ?? groups.port2 ?? groups.port3 ?? groups.port4
    return `${loopbackAs(host)}:${port}`
  }
  return ''
}

/** A host and port in a URL, where a name cannot be a file and line. */
const URL_HOST =
  /\b(?:https?|wss?|grpcs?|postgres(?:ql)?|redis|amqps?|mongodb|mysql):\/\/(?:[^\s/@:]{1,100}(?::[^\s/@]{0,100})?@)?(?<host>[\w-]{1,63}(?:\.[\w-]{1,63}){0,10}):(?<port>\d{2,5})\b/

/**
 * A name the resolver could not find, however the tool says so: Go's
 * `lookup minio on 127.0.0.11:53` (then the resolver's own address),
 * libpq's `could not translate host name "postgres"`, Node's `getaddrinfo
 * ENOTFOUND x`.
 */
const UNRESOLVED_HOST =
  /\blookup (?<host>[\w.-]{1,253}) on (?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-fA-F:]{2,60}\]):53\b|could not translate host name "(?<host2>[\w.-]{1,253})" to address|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host3>[\w.-]{1,253})/

/** The keys of rules that saw an HTTP error status (`HTTP 502`). */
const HTTP_STATUS_KEY = /^HTTP \d{3}$/

/** The host of a URL without a port (`https://registry.ci.acme.dev/v2/…`). */
const URL_NAME =
  /\bhttps?:\/\/(?<host>[\w-]{1,63}(?:\.[\w-]{1,63}){1,10})(?=[/\s"'`]|$)/

/** Keys that say only that something refused: a better name is looked for. */
const GENERIC_SERVICE_KEYS = new Set([
  'connection refused',
  'connection reset',
  'unavailable system',
  'a service'
])

/**
 * The key of a service that was not there: its address wherever the report
 * gives one (the line that matched, then the message, then the rest), else
 * the service the rule named, else the method that tried to connect.
 */
function serviceKey(
  text: string,
  index: number,
  message: string,
  ruleKey: string
): string {
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{2,5}$/.test(ruleKey))
    return ruleKey
  // `message` is already bounded and clean: the line that matched, then it.
  const line = excerptAt(text, index)
  // A name the resolver could not find is the service, whatever address the
  // text also shows (the resolver's): with the port its URL gives, if any.
  const unresolved =
    UNRESOLVED_HOST.exec(line) ??
    UNRESOLVED_HOST.exec(message) ??
    UNRESOLVED_HOST.exec(text)
  if (unresolved?.groups) {
    const { host, host2, host3 } = unresolved.groups
    const name = host ?? host2 ?? host3
    const url = URL_HOST.exec(text)
    return url?.groups?.host === name ? `${name}:${url.groups.port}` : name
  }
  const address = addressIn(line) || addressIn(message) || addressIn(text)
  if (address !== '') return address
  // A named host is an address only inside a URL (`file.go:35` reads the
  // same as `vault:8200`): `Get "https://vault.internal:8200/…": x509: …`.
  const url = URL_HOST.exec(line) ?? URL_HOST.exec(message)
  if (url?.groups) return `${loopbackAs(url.groups.host)}:${url.groups.port}`
  // An HTTP error status names no address: the host of the request on the
  // matching line does (`GET https://registry.ci.acme.dev/v2/…: 502`).
  if (HTTP_STATUS_KEY.test(ruleKey)) {
    const request = URL_NAME.exec(line)
    if (request?.groups) return request.groups.host
  }
  if (!GENERIC_SERVICE_KEYS.has(ruleKey)) return ruleKey
  return connectingFrame(text) || ruleKey
}

/** The first JVM frame outside the JDK and test runners: what tried to connect. */
const APP_FRAME =
  /\tat (?:[\w.]{1,100}\/)?(?!(?:java|javax|jdk|sun|com\.sun|org\.junit|junit|org\.apache\.maven|org\.gradle|kotlin)\.)(?:[\w$]{1,100}\.){0,30}(?<cls>[\w$]{1,100})\.(?<meth>[\w$<>]{1,100})\(/

function connectingFrame(text: string): string {
  const match = APP_FRAME.exec(text)
  return match?.groups ? `${match.groups.cls}.${match.groups.meth}` : ''
}

/** A test as a person names it: `Class.method`, or its name when the class adds nothing. */
function testLabel(test: TestCase): string {
  usedTestIdentity = true
  const owner = test.classname.split(/[.\\/]/).pop() ?? ''
  if (owner === '' || owner === test.name || test.name.startsWith(owner))
    return test.name
  return `${owner}.${test.name}`
}

/** The file or class a test belongs to, as a person names it; else the test. */
function testUnit(test: TestCase): string {
  usedTestIdentity = true
  if (test.file) return projectRelative(test.file)
  return test.classname || testLabel(test)
}

/**
 * Go reports a parent test as failed when only its subtests failed, with no
 * output of its own: it takes the cause of its first failing subtest. Each
 * suite's subtests are indexed once, so this stays linear.
 */
const SUBTEST_PARENTS = new WeakMap<Suite, Map<string, TestCase>>()

function failedOnlyThroughSubtests(
  test: TestCase,
  suite: Suite
): TestCase | null {
  if (test.status !== 'failed' && test.status !== 'error') return null
  const message = test.message ?? ''
  if ((message !== '' && message !== 'Failed') || test.name.includes('/'))
    return null
  const details = test.details ?? ''
  // A bare parent holds a few `=== RUN`/`--- FAIL` lines, nothing more.
  if (details.length > 2_000) return null
  if (
    !/^(?:\s*(?:=== (?:RUN|PAUSE|CONT)|--- FAIL)[^\n]{0,500}\n?){0,4}\s*$/.test(
      details
    )
  )
    return null
  let parents = SUBTEST_PARENTS.get(suite)
  if (parents === undefined) {
    parents = new Map()
    for (const other of suite.cases) {
      const slash = other.name.indexOf('/')
      if (slash <= 0 || (other.status !== 'failed' && other.status !== 'error'))
        continue
      const name = other.name.slice(0, slash)
      if (!parents.has(name)) parents.set(name, other)
    }
    SUBTEST_PARENTS.set(suite, parents)
  }
  return parents.get(test.name) ?? null
}

/** What the test file or suite is called, for keys of findings without a better name. */
function locationOf(test: TestCase, suite: Suite, phase: StopPhase): string {
  usedTestIdentity = true
  const where =
    test.file ??
    suite.file ??
    (test.name.includes('/')
      ? test.name
      : test.classname || test.name || suite.name)
  // pytest names a module it could not collect by its dotted path.
  return phase === 'collection' &&
    /^\w{1,100}(?:\.\w{1,100}){1,30}$/.test(where)
    ? where.replace(/\./g, '/')
    : projectRelative(where)
}

/**
 * Assertions that say no error should have happened and show the one that
 * did: chai's `expected [Error: …] to be null`, jest's `toBeNull()` with
 * `Received: [Error: …]`, node's `ifError`, testify's `NoError`, pytest's
 * `assert err is None`, JUnit's `assertNull`/`assertDoesNotThrow`.
 */
const UNWANTED_ERROR =
  /expected \[(?<e1>\w{0,60}Error\b[^\]\n]{0,400})\] to (?:be null|be undefined|not exist|not be ok|be falsy)|\.toBe(?:Null|Undefined|Falsy)\(\)\s{1,20}Received: (?<e2>[^\n]{1,400})|ifError got unwanted exception: (?<e3>[^\n]{1,400})|Received unexpected error:\s{1,40}(?<e4>[^\n]{1,400})|assert (?<e5>\w{0,60}Error\([^\n]{0,400}\)) is None|expected: ?<null> but was: ?<(?<e6>[^\n]{1,400})>|Unexpected exception thrown: (?<e7>[^\n]{1,400})/

/**
 * One of these occurs in every text `UNWANTED_ERROR` matches (one per
 * alternative), so most texts skip that regex. Each starts with a character
 * that is rare in traces (`]`, a capital, `<`): a literal search jumps from one
 * such character to the next, where an alternation of phrases that start
 * with a space or a lower-case letter tried nearly every position (a third of
 * the cost of classifying a typical failure).
 */
const UNWANTED_ERROR_NEEDLES = [
  '] to ',
  'Null()',
  'Undefined()',
  'Falsy()',
  'Error got unwanted',
  'Received unexpected',
  'None',
  '<null>',
  'Unexpected exception thrown'
]

function unwantedErrorHit(
  rules: readonly CompiledRule[],
  text: string
): { hit: RuleHit; error: string } | null {
  // The haystack is joined from cleaned parts: a plain cut, no second clean.
  const bounded =
    text.length > MATCH_LIMITS.message
      ? text.slice(0, MATCH_LIMITS.message)
      : text
  if (!includesAny(bounded, UNWANTED_ERROR_NEEDLES)) return null
  const match = UNWANTED_ERROR.exec(bounded)
  if (match === null) return null
  const error = Object.values(match.groups ?? {}).find((v) => v !== undefined)
  if (error === undefined) return null
  const hit = runRules(rules, error, 'failure')
  if (hit === null || !isInfrastructure(hit.rule.category)) return null
  // A wait over a refusal, as below: testify's `Received unexpected error:`
  // shows the wrapped error's later lines (`last attempt: dial tcp …:
  // connection refused`) under the first one that names the deadline.
  const refused =
    hit.rule.category === 'timeout' ? refusalBehind(bounded) : null
  return refused !== null ? { hit: refused, error: bounded } : { hit, error }
}

const ASSERTION_TYPE = /assert|expectation|comparisonfailure/i
const EXCEPTION_TYPE = /(?:Error|Exception|Panic|panic)$/

/**
 * Failures repeat their text across thousands of tests: a classification is
 * remembered per distinct input, the bounded texts the rules read plus the
 * status and phase, when they are short. One that used the test's name or
 * file (its key names the test) is not remembered.
 *
 * Inputs are filed under their message and told apart by comparing the rest:
 * a lookup hashes the message alone, where one key joined from every text
 * cost a copy and a hash of all of it per test, most never seen twice.
 */
const CACHED_INPUT_CHARS = 600
const CLASSIFIED_MESSAGES = 5_000
/** A message seen with more distinct inputs than this keeps the latest. */
const INPUTS_PER_MESSAGE = 8

/** A classification and the input besides the message it was worked out from. */
interface ClassifiedInput {
  status: TestCase['status']
  phase: StopPhase
  type: string
  body: string
  out: string
  err: string
  result: Classification
}

const classified = new BoundedMemo<ClassifiedInput[]>(CLASSIFIED_MESSAGES)

function rememberedClassification(
  message: string,
  input: Omit<ClassifiedInput, 'result'>
): Classification | undefined {
  const inputs = classified.get(message)
  if (inputs === undefined) return undefined
  for (const known of inputs) {
    if (
      known.body === input.body &&
      known.type === input.type &&
      known.out === input.out &&
      known.err === input.err &&
      known.status === input.status &&
      known.phase === input.phase
    )
      return known.result
  }
  return undefined
}

function rememberClassification(message: string, input: ClassifiedInput) {
  const inputs = classified.get(message)
  if (inputs === undefined) classified.set(message, [input])
  else {
    if (inputs.length >= INPUTS_PER_MESSAGE) inputs.shift()
    inputs.push(input)
  }
}
/** Set when a classification read the test's name, class or file. */
let usedTestIdentity = false

/** Lets go of remembered classifications (after a triage run). */
export function forgetClassifications(): void {
  classified.clear()
  messageHits.clear()
  skipHits.clear()
}

const UNKNOWN_FILE = 'unknown file\n'

export function classify(test: TestCase, suite: Suite): Classification {
  const parent = failedOnlyThroughSubtests(test, suite)
  if (parent !== null) return classify(parent, suite)
  // GoogleTest writes `unknown file` as the location of an exception thrown
  // outside an assertion: a place, not what went wrong.
  const headed = head(test.message, MATCH_LIMITS.message)
  const message = headed.startsWith(UNKNOWN_FILE)
    ? headed.slice(UNKNOWN_FILE.length)
    : headed
  const body = headAndTail(test.details)
  const type = head(test.failureType, 200)
  const out = head(test.systemOut, MATCH_LIMITS.output)
  const err = head(test.systemErr, MATCH_LIMITS.output)
  const phase =
    test.status === 'skipped' ? null : detectPhase(test, suite, message, body)
  // Long texts (stack traces) rarely repeat exactly: keying them costs more
  // than it saves.
  const cacheable =
    message.length + body.length + out.length + err.length <= CACHED_INPUT_CHARS
  const input = cacheable
    ? { status: test.status, phase, type, body, out, err }
    : null
  const known =
    input !== null ? rememberedClassification(message, input) : undefined
  if (known !== undefined) return known
  usedTestIdentity = false
  const result = classifyInput(
    test,
    suite,
    message,
    body,
    type,
    out,
    err,
    phase
  )
  if (input !== null && !usedTestIdentity) {
    rememberClassification(message, { ...input, result })
  }
  return result
}

/**
 * `classify` on bounded texts. Reads of the test beyond them go through
 * `testLabel` and `locationOf`, which mark the result as not reusable.
 */
function classifyInput(
  test: TestCase,
  suite: Suite,
  message: string,
  body: string,
  type: string,
  out: string,
  err: string,
  phase: StopPhase
): Classification {
  const rules = catalog().rules
  // CTest and others leave message and body empty and put everything in the output.
  const shownBody = body !== '' || message !== '' ? body : out || err

  if (test.status === 'skipped') {
    const reason = `${message}\n${body}\n${out}`.trim()
    const hit = /xfail/i.test(type) ? null : skipHit(rules, reason)
    if (hit) return fromHit(hit, reason, message, body, test)
    const shown =
      reason === ''
        ? 'no reason given'
        : normalise(signatureLine(message, shownBody))
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
  const haystack = joinLines(typed, body, err, out)
  // An assertion that no error occurred, holding the error that did: when
  // that error is infrastructure, it is the cause.
  const unwanted = unwantedErrorHit(rules, haystack)
  if (unwanted !== null) {
    return fromHit(unwanted.hit, unwanted.error, message, shownBody, test)
  }
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
  const found = decisive
    ? fromMessage
    : assertionFirst
      ? (runRules(ASSERTION_RULES(), haystack, 'failure') ??
        runRules(rules, haystack, 'failure'))
      : runRules(rules, haystack, 'failure')
  // A wait that ran out because what it waited on refused (a pool that could
  // not open a connection, a gRPC deadline over a refused dial): the refused
  // service is the cause, the timeout its symptom.
  const hit =
    found !== null && found.rule.category === 'timeout'
      ? (refusalBehind(haystack) ?? found)
      : found
  let result: Classification
  if (hit) {
    result = fromHit(hit, haystack, message, shownBody, test)
  } else {
    const signature = signatureLine(message, shownBody)
    const category: CauseCategory = ASSERTION_TYPE.test(type)
      ? 'assertion'
      : EXCEPTION_TYPE.test(type) ||
          // .NET writes `System.Collections.Generic.KeyNotFoundException : …`.
          EXCEPTION_TYPE.test((signature.split(':')[0] ?? '').trimEnd())
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
  // Setup code that failed on no infrastructure cause is a product failure
  // like any other: the suite's own code (or the product it calls) threw.
  if (phase === 'setup' && !isInfrastructure(result.category)) {
    return result.category === 'crash' || result.category === 'assertion'
      ? result
      : recast(result, 'crash', result.key, FALLBACK_HINTS.crash)
  }
  // A test that never reached its body: the phase names the finding unless
  // a rule found a more specific infrastructure cause inside it.
  if (phase !== null && !isInfrastructure(result.category)) {
    const category: CauseCategory =
      phase === 'build' ? 'build-failure' : 'collection-error'
    const where = locationOf(test, suite, phase)
    // The file or class that did not load is what its tests share.
    return recast(result, category, where, FALLBACK_HINTS[category])
  }
  return result
}

/**
 * What every refusal writes, in any case (`Connection refused`,
 * `ECONNREFUSED`, `:econnrefused`, `ConnectionRefusedError`). Timeouts are
 * common and most wait on nothing that refused: two literal searches spare
 * them the service rules' needle scan.
 */
const REFUSAL_WORDS = ['efused', 'EFUSED']

/** The refused service behind a timeout: a service rule matching anywhere in `text`, outside compared values. */
function refusalBehind(text: string): RuleHit | null {
  if (!includesAny(text, REFUSAL_WORDS)) return null
  const service = SERVICE_CATALOG()
  return runRules(service.rules, text, 'failure', service)
}

/** The parts that are not empty, each starting a line. */
function joinLines(...parts: string[]): string {
  let joined = ''
  for (const part of parts) {
    if (part === '') continue
    joined = joined === '' ? part : `${joined}\n${part}`
  }
  return joined
}

function fromHit(
  hit: RuleHit,
  text: string,
  message: string,
  body: string,
  test: TestCase
): Classification {
  const { rule, captures } = hit
  let category = rule.category
  if (rule.refine === 'helper' && !looksLikeTestCode(captures))
    category = 'crash'
  // Normalised only when the key is made of it; else when first shown.
  let signature: string | undefined
  const signatureOf = (): string =>
    (signature ??= normalise(signatureLine(message, body)))
  // The rule's key when it names one; an empty key is filled below.
  let key =
    category === rule.category && rule.key !== ''
      ? fillTemplate(rule.key, captures)
      : ''
  if (category === 'service-unavailable' && category === rule.category) {
    key = serviceKey(text, hit.index, message, key || signatureOf())
  }
  if (category === 'timeout' && category === rule.category) {
    // What timed out when the report names it (a hook, a wait, the running
    // test, an address like `127.0.0.1:48123: read timed out`), with the
    // budget it exceeded as written. A test that hit its runner's budget and
    // names nothing else is keyed by the budget: fifty tests over the same
    // 5000 ms are one finding with one fix. Without a budget, the test.
    const named =
      (rule.key !== '' ? key : '') ||
      addressIn(excerptAt(text, hit.index)) ||
      addressIn(message)
    if (
      named === '' &&
      captures.budget &&
      (captures.what ?? 'test').toLowerCase() === 'test'
    )
      key = `test timeout ${captures.budget.replace(/^([\d.]+)\s*/, '$1 ')}`
    else {
      const what = named || testLabel(test)
      key = captures.budget ? `${what} (${captures.budget})` : what
    }
  }
  // What did not build or load is the test's own file or class when the rule
  // names nothing (JUnit `No runnable methods`, a test class signature check):
  // each one is its own finding, not one per wording.
  if (
    key === '' &&
    (category === 'build-failure' || category === 'collection-error')
  )
    key = testUnit(test)
  const hint =
    category === rule.category
      ? fillTemplate(rule.hint, captures)
      : FALLBACK_HINTS[category]
  if (key === '') key = signatureOf()
  return new RuleClassification(
    category,
    key,
    rule.id,
    hint,
    { message, body },
    { text, index: hit.index },
    signature
  )
}
