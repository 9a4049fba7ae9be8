/**
 * Turning raw failure text into something that groups: a bounded haystack,
 * the signature line, volatile tokens masked, ports named as services.
 */
import { BoundedMemo } from './memo.js'

/** Characters of each field that rules ever look at; beyond this is never matched. */
export const MATCH_LIMITS = {
  message: 4_000,
  /** Head and tail of a body: the cause is near the top (JS, Go) or the bottom (pytest `E` lines, Java `Caused by:`). */
  bodyHead: 6_000,
  bodyTail: 4_000,
  output: 2_000,
  /** Characters of one evidence excerpt. */
  excerpt: 400,
  /** Characters of a normalised message or fallback key. */
  signature: 200
} as const

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]{0,20}[A-Za-z]/g

export function clean(text: string): string {
  // Most text has neither: a character search is far cheaper than a replace.
  const ansi = text.indexOf('\u001b') !== -1
  const cr = text.indexOf('\r') !== -1
  if (!ansi && !cr) return text
  const plain = ansi ? text.replace(ANSI, '') : text
  return cr ? plain.replace(/\r\n?/g, '\n') : plain
}

/** The first `limit` characters, cut before anything is matched. */
export function head(text: string | null, limit: number): string {
  if (!text) return ''
  return clean(text.length > limit ? text.slice(0, limit) : text)
}

/** Head and tail of a long body, so both ends of a trace are seen. */
export function headAndTail(text: string | null): string {
  if (!text) return ''
  const max = MATCH_LIMITS.bodyHead + MATCH_LIMITS.bodyTail
  if (text.length <= max) return clean(text)
  return clean(
    `${text.slice(0, MATCH_LIMITS.bodyHead)}\n…\n${text.slice(text.length - MATCH_LIMITS.bodyTail)}`
  )
}

/** Well-known ports, so `127.0.0.1:5432` and `[::1]:5432` are one finding. */
export const SERVICE_PORTS: Readonly<Record<string, string>> = {
  '5432': 'PostgreSQL',
  '3306': 'MySQL',
  '6379': 'Redis',
  '27017': 'MongoDB',
  '9092': 'Kafka',
  '5672': 'RabbitMQ',
  '9200': 'Elasticsearch',
  '11211': 'memcached',
  '1433': 'SQL Server',
  '1521': 'Oracle',
  '4566': 'LocalStack',
  '2375': 'Docker',
  '2376': 'Docker',
  '9000': 'MinIO',
  '4444': 'Selenium',
  '2181': 'ZooKeeper',
  '9042': 'Cassandra',
  '4222': 'NATS',
  '2379': 'etcd',
  '8500': 'Consul'
}

/** Canonical names of systems a skip reason may name in any spelling. */
const SYSTEM_NAMES: Readonly<Record<string, string>> = {
  docker: 'Docker',
  podman: 'Podman',
  postgres: 'PostgreSQL',
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  redis: 'Redis',
  mongo: 'MongoDB',
  mongodb: 'MongoDB',
  kafka: 'Kafka',
  rabbitmq: 'RabbitMQ',
  elasticsearch: 'Elasticsearch',
  opensearch: 'OpenSearch',
  memcached: 'memcached',
  localstack: 'LocalStack',
  minio: 'MinIO',
  selenium: 'Selenium',
  chrome: 'Chrome',
  chromedriver: 'Chrome',
  firefox: 'Firefox',
  playwright: 'Playwright',
  sqlserver: 'SQL Server',
  'sql server': 'SQL Server',
  oracle: 'Oracle',
  cassandra: 'Cassandra',
  zookeeper: 'ZooKeeper',
  nats: 'NATS',
  etcd: 'etcd',
  consul: 'Consul',
  vault: 'Vault',
  kubernetes: 'Kubernetes',
  minikube: 'Kubernetes',
  kind: 'Kubernetes',
  gpu: 'GPU',
  cuda: 'GPU',
  network: 'network',
  internet: 'network',
  database: 'database',
  db: 'database',
  x11: 'display',
  display: 'display'
}

export function systemName(text: string): string {
  return SYSTEM_NAMES[text.toLowerCase()] ?? text
}

const LOOPBACK =
  /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[?::1\]?|0\.0\.0\.0)$/

/** The service a host and port stand for: a known port's name, else `host:port`. */
export function serviceName(
  host: string | undefined,
  port: string | undefined
): string {
  if (port && SERVICE_PORTS[port]) return SERVICE_PORTS[port]
  if (host && port) {
    const shown = LOOPBACK.test(host)
      ? 'localhost'
      : host.replace(/^\[|\]$/g, '')
    return `${shown}:${port}`
  }
  return host ?? 'a service'
}

/**
 * A mask: what it matches, what replaces it, and the literals it cannot match
 * without (any one of them): when the text has none, the replace is skipped,
 * a substring search being far cheaper than a regex pass.
 */
type Mask = readonly [
  RegExp,
  string | ((...args: string[]) => string),
  string | readonly string[] | null
]

/**
 * Volatile tokens masked so messages that differ only in them group.
 * Each pattern is linear: bounded classes, no nested repetition.
 */
const MASKS: readonly Mask[] = [
  // Object reprs and ids: `<Foo object at 0x7f…>`, `#<Foo:0x0000…>`, `Foo@1b2c3d`.
  [/\b0x[0-9a-fA-F]{1,32}\b/g, '<hex>', '0x'],
  [/@[0-9a-f]{5,16}\b/g, '@<id>', '@'],
  [
    /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
    '<uuid>',
    '-'
  ],
  [/\b[0-9a-f]{12,64}\b/g, '<hex>', null],
  // Temporary directories and absolute paths up to the project-relative part.
  [
    /(?:\/tmp|\/var\/folders|\/private\/var)\/[^\s'"():]{1,300}/g,
    '<tmp>',
    ['/tmp/', '/var/folders/', '/private/var/']
  ],
  [
    /(?:[A-Za-z]:)?(?:[\\/][\w.@+-]{1,100}){1,40}[\\/](?:site-packages|node_modules|dist-packages)[\\/]/g,
    '<deps>/',
    ['-packages', 'node_modules']
  ],
  [
    /\/(?:home|Users|runner|github|workspace|builds|__w|src|app|repo|code)\/(?:[\w.@+-]{1,100}\/){0,8}/g,
    '/',
    '/'
  ]
]

/**
 * The masks that need a digit, tried only when the text has one (the masks
 * above never add a digit).
 */
const NUMBER_MASKS: readonly Mask[] = [
  // host:port → the service; ephemeral ports are noise.
  [
    /\b(localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[\da-fA-F:]{2,60}\]):(\d{2,5})\b/g,
    (_m: string, host: string, port: string) => serviceName(host, port),
    ':'
  ],
  [/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g, '<ip>', '.'],
  // Durations and dates.
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z?/g, '<time>', '-'],
  [
    /\b\d{1,12}(?:\.\d{1,9})? ?(?:ms|s|sec|seconds|m|min|h|µs|ns)\b/g,
    '<duration>',
    null
  ],
  // Remaining numbers (line numbers, counts, ports, pids).
  [/\b\d{1,20}(?:\.\d{1,20})?\b/g, '<n>', null]
]

function applyMasks(text: string, masks: readonly Mask[]): string {
  let out = text
  for (const [pattern, replacement, needs] of masks) {
    if (needs !== null && !includesAny(out, needs)) continue
    out = out.replace(pattern, replacement as string)
  }
  return out
}

/** Does `text` hold `needles` (or any one of them)? */
export function includesAny(
  text: string,
  needles: string | readonly string[]
): boolean {
  if (typeof needles === 'string') return text.includes(needles)
  for (const needle of needles) if (text.includes(needle)) return true
  return false
}

/** A message with its volatile tokens masked, one line, bounded. */
const normalised = new BoundedMemo<string>(5_000)

export function normalise(text: string): string {
  const cached = normalised.get(text)
  if (cached !== undefined) return cached
  let out = clean(
    text.length > 4 * MATCH_LIMITS.signature
      ? text.slice(0, 4 * MATCH_LIMITS.signature)
      : text
  )
  out = applyMasks(out, MASKS)
  if (/\d/.test(out)) out = applyMasks(out, NUMBER_MASKS)
  out = out.replace(/\s{1,1000}/g, ' ').trim()
  const result =
    out.length > MATCH_LIMITS.signature
      ? `${out.slice(0, MATCH_LIMITS.signature - 1)}…`
      : out
  if (text.length <= 4 * MATCH_LIMITS.signature) {
    normalised.set(text, result)
  }
  return result
}

/** Messages that say nothing by themselves: the real text is in the body. */
const GENERIC_MESSAGE =
  /^(?:|failed|failure|error|build error|runtime error|no test result found|collection failure|internal error|test failure|skipped|test failure with exit code \d{1,5}.{0,50})$/i

export function isGenericMessage(message: string): boolean {
  return GENERIC_MESSAGE.test(message.trim())
}

/**
 * The line that best says what went wrong: pytest's last `E ` line, Java's
 * deepest `Caused by:`, else the message's first line, else the body's first
 * meaningful line.
 */
export function signatureLine(message: string, body: string): string {
  // Asked several times per test with the same two strings: remember the last.
  if (
    lastSignature !== null &&
    lastSignature.message === message &&
    lastSignature.body === body
  )
    return lastSignature.line
  const line = findSignatureLine(message, body)
  lastSignature = { message, body, line }
  return line
}

let lastSignature: { message: string; body: string; line: string } | null = null

function findSignatureLine(message: string, body: string): string {
  // Java: the deepest `Caused by:`; pytest: the last `E ` line. Found from
  // the end, no split; a forward search first, because lastIndexOf is a
  // slow character-by-character scan in V8 and most bodies have neither.
  const cause = body.includes('Caused by: ')
    ? body.lastIndexOf('\nCaused by: ')
    : -1
  const causeAt =
    cause !== -1 ? cause + 1 : body.startsWith('Caused by: ') ? 0 : -1
  if (causeAt !== -1) return lineAt(body, causeAt).slice(11).trim()
  const e = body.includes('\nE ') ? body.lastIndexOf('\nE ') : -1
  const eAt = e !== -1 ? e + 1 : body.startsWith('E ') ? 0 : -1
  if (eAt !== -1) return lineAt(body, eAt).slice(1).trim()
  const firstMessageLine = firstLineAfterHeaders(message)
  if (firstMessageLine && !isGenericMessage(firstMessageLine)) {
    return firstMessageLine.trim()
  }
  const meaningful = body
    .split('\n')
    .map((line) => line.trim())
    .find(
      (line) =>
        line !== '' &&
        !/^(?:=== (?:RUN|PAUSE|CONT)|--- (?:FAIL|PASS|SKIP)|FAIL\b|ok\b|PASS\b|●)/.test(
          line
        )
    )
  return meaningful ?? firstMessageLine?.trim() ?? ''
}

/**
 * A line that only names the test the message belongs to: PHPUnit's
 * `Tests\\Unit\\FooTest::test_bar` (with its data set), go test's `=== RUN`.
 * The error is on the lines after it.
 */
const TEST_HEADER =
  /^\s{0,8}(?:[\w\\]{1,300}::\w{1,300}(?: with data set [^\n]{1,200})?|=== (?:RUN|PAUSE|CONT)\s{1,20}\S{1,300})\s{0,8}$/

/** The first line with more than whitespace that is not only a test's name. */
function firstLineAfterHeaders(text: string): string | undefined {
  let start = 0
  // A few header lines at most; a message that is only headers keeps its first.
  for (let skipped = 0; skipped < 3; skipped++) {
    const line = firstNonBlankLine(text.slice(start))
    // Literal checks first: most first lines hold neither. A banner
    // (`==================` around Go's race report) says nothing either.
    if (line === undefined) break
    const header =
      (line.includes('::') || line.includes('=== ')) && TEST_HEADER.test(line)
    if (!header && !isBanner(line)) break
    const rest = text.indexOf(line, start) + line.length + 1
    if (firstNonBlankLine(text.slice(rest)) === undefined) break
    start = rest
  }
  return firstNonBlankLine(start === 0 ? text : text.slice(start))
}

/** A line drawn only of one rule character: `=====`, `-----`, `*****`. */
function isBanner(line: string): boolean {
  const first = line.trimStart()[0]
  return (
    (first === '=' || first === '-' || first === '*' || first === '_') &&
    BANNER.test(line)
  )
}

const BANNER = /^\s{0,20}([=*_-])\1{3,199}\s{0,20}$/

/** The first line with more than whitespace, as it is (no split of the whole text). */
function firstNonBlankLine(text: string): string | undefined {
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    if (line.trim() !== '') return line
    start = end + 1
  }
  return undefined
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start)
  return text.slice(start, end === -1 ? text.length : end)
}

/** The raw line around a match: evidence a person can recognise. */
export function excerptAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1
  let end = text.indexOf('\n', index)
  if (end === -1) end = text.length
  const line = text
    .slice(start, Math.min(end, start + MATCH_LIMITS.excerpt))
    .trim()
  return line
}
