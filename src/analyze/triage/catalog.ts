/**
 * The rule catalog: one table per ecosystem, then the cross-cutting rules.
 * Order inside the catalog is priority: infrastructure rules that name an
 * exception type or a tool's fixed wording, then infrastructure free-text
 * heuristics, then product signatures (an assertion or crash is what is left
 * when nothing names an infrastructure cause; infrastructure wording inside
 * compared values is discounted in `classify.ts`). The first match wins.
 */
import type { CauseCategory } from '../types.js'
import type { Rule } from './rule.js'
import { COMMON_RULES } from './rules/common.js'
import { CONFIG_RULES } from './rules/config.js'
import { CPP_RULES } from './rules/cpp.js'
import { DART_RULES } from './rules/dart.js'
import { DOTNET_RULES } from './rules/dotnet.js'
import { ELIXIR_RULES } from './rules/elixir.js'
import { GO_RULES } from './rules/go.js'
import { JAVA_RULES } from './rules/java.js'
import { JAVASCRIPT_RULES } from './rules/javascript.js'
import { PERL_RULES } from './rules/perl.js'
import { PHP_RULES } from './rules/php.js'
import { PYTHON_RULES } from './rules/python.js'
import { RUBY_RULES } from './rules/ruby.js'
import { RUST_RULES } from './rules/rust.js'
import { SCALA_RULES } from './rules/scala.js'
import { SWIFT_RULES } from './rules/swift.js'

/**
 * Every table, in the order they are tried within a tier. Missing config
 * files come first: the ecosystems' missing-file rules would take them.
 */
export const RULE_TABLES: Record<string, readonly Rule[]> = {
  config: CONFIG_RULES,
  python: PYTHON_RULES,
  javascript: JAVASCRIPT_RULES,
  java: JAVA_RULES,
  go: GO_RULES,
  dotnet: DOTNET_RULES,
  ruby: RUBY_RULES,
  rust: RUST_RULES,
  php: PHP_RULES,
  perl: PERL_RULES,
  cpp: CPP_RULES,
  elixir: ELIXIR_RULES,
  swift: SWIFT_RULES,
  dart: DART_RULES,
  scala: SCALA_RULES,
  common: COMMON_RULES
}

export const INFRASTRUCTURE_CATEGORIES: ReadonlySet<CauseCategory> = new Set([
  'missing-module',
  'missing-attribute',
  'missing-fixture',
  'service-unavailable',
  'timeout',
  'missing-config',
  'collection-error',
  'build-failure',
  'permission-denied',
  'resource-exhausted'
])

export const PRODUCT_CATEGORIES: ReadonlySet<CauseCategory> = new Set([
  'assertion',
  'crash'
])

export function isInfrastructure(category: CauseCategory): boolean {
  return INFRASTRUCTURE_CATEGORIES.has(category)
}

/** A rule ready to run: its needles lower-cased, its rank fixed. */
export interface CompiledRule extends Rule {
  needles: string[]
}

export interface Catalog {
  /** Rules in priority order. */
  rules: CompiledRule[]
  /** Finds every needle in a lower-cased text in one pass. */
  needleScan: RegExp | null
  /**
   * For each needle found so far, the shorter needles it contains (found
   * with it). Filled on first sight: most needles never occur in a run, and
   * comparing every needle with every other cost more than a triage's rules.
   */
  contained: Map<string, string[]>
  /** Every distinct needle, longest first. */
  needles: string[]
  /** For each needle, the positions in `rules` of the rules that name it. */
  rulesByNeedle: Map<string, number[]>
  /** Positions in `rules` of the rules without a needle (always tried). */
  unconditional: number[]
}

const rank = (rule: Rule): number =>
  (PRODUCT_CATEGORIES.has(rule.category) ? 2 : 0) +
  (rule.tier === 'text' ? 1 : 0)

const escapeRegExp = (text: string): string =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function compileCatalog(
  tables: Record<string, readonly Rule[]> = RULE_TABLES
): Catalog {
  const ordered = Object.values(tables)
    .flat()
    .map((rule, index) => ({ rule, index }))
    // Stable: rank first, then catalog order.
    .sort((a, b) => rank(a.rule) - rank(b.rule) || a.index - b.index)
  const rules = ordered.map(({ rule }) => ({
    ...rule,
    needles: (Array.isArray(rule.needle) ? rule.needle : [rule.needle])
      .map((needle) => needle.toLowerCase())
      .filter((needle) => needle !== '')
  }))
  const distinct = [...new Set(rules.flatMap((rule) => rule.needles))].sort(
    (a, b) => b.length - a.length
  )
  // A lookahead so needles that start inside another match are still seen.
  const needleScan =
    distinct.length === 0
      ? null
      : new RegExp(`(?=(${distinct.map(escapeRegExp).join('|')}))`, 'g')
  const rulesByNeedle = new Map<string, number[]>()
  const unconditional: number[] = []
  rules.forEach((rule, position) => {
    if (rule.needles.length === 0) unconditional.push(position)
    for (const needle of new Set(rule.needles)) {
      const positions = rulesByNeedle.get(needle) ?? []
      positions.push(position)
      rulesByNeedle.set(needle, positions)
    }
  })
  return {
    rules,
    needleScan,
    contained: new Map(),
    needles: distinct,
    rulesByNeedle,
    unconditional
  }
}

/**
 * The rules worth trying on a text whose needles are `found`, in priority
 * order: those without a needle and those with one of theirs present. Most
 * texts hold a handful of needles, so this is far shorter than the catalog.
 */
export function candidateRules(
  catalog: Catalog,
  found: ReadonlySet<string>
): CompiledRule[] {
  const positions = [...catalog.unconditional]
  for (const needle of found) {
    const owners = catalog.rulesByNeedle.get(needle)
    if (owners !== undefined) positions.push(...owners)
  }
  positions.sort((a, b) => a - b)
  const rules: CompiledRule[] = []
  for (let index = 0; index < positions.length; index++) {
    if (index > 0 && positions[index] === positions[index - 1]) continue
    rules.push(catalog.rules[positions[index]])
  }
  return rules
}

/** The needles present in `lowerText`. */
export function findNeedles(catalog: Catalog, lowerText: string): Set<string> {
  const found = new Set<string>()
  const scan = catalog.needleScan
  if (scan === null) return found
  // exec on the one compiled regex: matchAll would clone it on every call,
  // which costs more than the scan itself on short texts.
  scan.lastIndex = 0
  for (let match = scan.exec(lowerText); match !== null;) {
    const needle = match[1]
    if (!found.has(needle)) {
      found.add(needle)
      for (const inner of containedIn(catalog, needle)) found.add(inner)
    }
    // The match is an empty lookahead: step past it by hand.
    scan.lastIndex = match.index + 1
    match = scan.exec(lowerText)
  }
  return found
}

/** The shorter needles `needle` contains, worked out once per catalog. */
function containedIn(catalog: Catalog, needle: string): string[] {
  let inner = catalog.contained.get(needle)
  if (inner === undefined) {
    inner = catalog.needles.filter(
      (other) => other !== needle && needle.includes(other)
    )
    catalog.contained.set(needle, inner)
  }
  return inner
}
