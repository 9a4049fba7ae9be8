/**
 * What the source tree shows about a cause: for a missing name, where its
 * owner is, what the owner does define and how often the missing name is
 * called; for a missing module, whether it belongs to the repository or to a
 * dependency manifest. Light line-level scanning, no language parsers. The
 * tree is read by `collect/source.ts`; this module never touches the disk.
 */
import { plural } from '../../format.js'
import type { Cause, CauseTest, Fix } from '../types.js'

export interface SourceFile {
  /** Relative to the root, with `/` separators. */
  path: string
  /** Contents, or null when the file was listed but not read (not source, or over a bound). */
  text: string | null
}

export interface SourceTree {
  root: string
  files: SourceFile[]
  /** Why the walk stopped early (a time, file or byte bound), or null. */
  truncated: string | null
}

export interface SourceStats {
  failed: number
  skipped: number
  /** Paths (without extension) of the tests that failed with this cause. */
  failedFiles: ReadonlySet<string>
  /** Paths (without extension) of every skipped test in the run. */
  skippedFiles: ReadonlySet<string>
}

/** What the tree showed, and the action it points to. */
export interface SourceFinding {
  text: string
  fix: Fix | null
}

interface Definition {
  name: string
  /** Parameter names, without types, defaults or the receiver. */
  params: string[]
  /** Enclosing class, module or type; null at top level. */
  owner: string | null
  kind: 'class' | 'function'
  file: string
  line: number
}

const MAX_LINE = 2_000
const SHOWN_DEFINITIONS = 6

const extensionOf = (path: string): string =>
  /\.([A-Za-z]{1,5})$/.exec(path)?.[1]?.toLowerCase() ?? ''

const withoutExtension = (path: string): string =>
  path.replace(/\.[A-Za-z]{1,5}$/, '')

/**
 * Paths a test may live at, without extension: its file, or its dotted
 * classname as a path (`tests.integration.test_sessions`).
 */
export function testPaths(test: CauseTest): string[] {
  const paths: string[] = []
  if (test.file)
    paths.push(
      withoutExtension(test.file.replace(/\\/g, '/').replace(/^\.\//, ''))
    )
  if (test.classname && /^[\w.]+$/.test(test.classname)) {
    paths.push(test.classname.replace(/\./g, '/'))
  }
  return paths
}

const PRIMITIVE =
  /^(?:int|long|short|byte|char|boolean|bool|float|double|string|void|object|decimal|uint|var|val|final|const|readonly|public|private|protected|ref|out|in|params|mut)$/

/** Parameter names from a raw parameter list: `self, email: str, roles=None` → `email, roles`. */
export function paramNames(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.split('=')[0].split(':')[0].trim())
    .filter((part) => part !== '')
    .map((part) => {
      const words = part.replace(/[*&]/g, ' ').split(/\s+/).filter(Boolean)
      const php = words.find((word) => word.startsWith('$'))
      if (php) return php.slice(1)
      // `Type name` (Java, C#) puts the name last; `name Type` (Go) first.
      const typeFirst =
        words.length > 1 &&
        (/^[A-Z]|[.<[]/.test(words[0]) || PRIMITIVE.test(words[0]))
      const name = typeFirst ? words[words.length - 1] : (words[0] ?? '')
      return name.replace(/^\.{3}|^[@]/g, '')
    })
    .filter((name) => name !== '' && !/^(?:self|cls|this|_)$/.test(name))
}

const PY_CLASS = /^(\s*)class\s+(\w{1,200})/
const PY_DEF = /^(\s*)(?:async\s+)?def\s+(\w{1,200})\s*\(([^)\n]{0,500})/
const CLASS_LIKE =
  /^\s*(?:export\s+)?(?:default\s+)?(?:public\s+|private\s+|internal\s+|abstract\s+|final\s+|open\s+|data\s+|sealed\s+|static\s+|partial\s+)*(?:class|interface|object|record|struct|module|trait|enum)\s+([\w:]{1,200})/
const GO_TYPE = /^type\s+(\w{1,200})\s+(?:struct|interface)/
const GO_FUNC =
  /^func\s+(?:\(\s*\w{0,50}\s*\*?\s*(\w{1,200})(?:\[[^\]\n]{0,100}\])?\s*\)\s*)?(\w{1,200})\s*(?:\[[^\]\n]{0,200}\])?\(([^)\n]{0,500})/
const RUST_IMPL =
  /^\s*impl(?:<[^>\n]{0,200}>)?\s+(?:[\w:]{1,200}(?:<[^>\n]{0,200}>)?\s+for\s+)?(\w{1,200})/
const FUNCTION_LIKE = [
  // function name(…), fun name(…), fn name(…), def name(…), func name(…)
  /^\s*(?:export\s+)?(?:default\s+)?(?:public\s+|private\s+|protected\s+|static\s+|final\s+|abstract\s+|async\s+|override\s+|suspend\s+|pub(?:\([\w\s]{1,20}\))?\s+|unsafe\s+)*(?:function\*?|fun|fn|def)\s+(?:self\.)?([\w?!]{1,200})\s*(?:<[^>\n]{0,200}>)?\s*(?:\(([^)\n]{0,500}))?/,
  // const name = (…) => / const name = async function
  /^\s*(?:export\s+)?(?:const|let|var)\s+([\w$]{1,200})\s*(?::[^=\n]{1,200})?=\s*(?:async\s+)?(?:function\b[^(\n]{0,100})?\(([^)\n]{0,500})\)\s*(?::[^=\n]{1,200})?(?:=>|\{)/,
  // class members: name(…) {   /   Type name(…) {   (JS/TS/Java/C#/Kotlin/PHP)
  /^\s+(?:(?:public|private|protected|internal|static|final|abstract|async|override|virtual|synchronized|readonly|get|set)\s+){0,6}(?:[\w<>[\],.?]{1,200}\s+)?([\w$]{1,200})\s*(?:<[^>\n]{0,200}>)?\s*\(([^)\n]{0,500})\)\s*(?::\s*[^{\n]{1,200})?(?:throws\s+[\w., ]{1,300})?\s*\{/
]
const NOT_A_NAME =
  /^(?:if|for|while|switch|catch|return|function|new|else|do|try|with|await|typeof|super|this)$/

function definitionsOf(file: SourceFile): Definition[] {
  if (file.text === null) return []
  const ext = extensionOf(file.path)
  const out: Definition[] = []
  const lines = file.text.split('\n')
  if (ext === 'py') {
    const classes: Array<{ indent: number; name: string }> = []
    lines.forEach((raw, index) => {
      const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw
      const cls = PY_CLASS.exec(line)
      const def = cls ? null : PY_DEF.exec(line)
      const match = cls ?? def
      if (!match) return
      const indent = match[1].length
      while (classes.length > 0 && classes[classes.length - 1].indent >= indent)
        classes.pop()
      const owner = classes.length > 0 ? classes[classes.length - 1].name : null
      if (cls) {
        out.push({
          name: cls[2],
          params: [],
          owner,
          kind: 'class',
          file: file.path,
          line: index + 1
        })
        classes.push({ indent, name: cls[2] })
      } else if (def) {
        out.push({
          name: def[2],
          params: paramNames(def[3]),
          owner,
          kind: 'function',
          file: file.path,
          line: index + 1
        })
      }
    })
    return out
  }
  let owner: string | null = null
  lines.forEach((raw, index) => {
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw
    const typeMatch =
      CLASS_LIKE.exec(line) ?? GO_TYPE.exec(line) ?? RUST_IMPL.exec(line)
    if (typeMatch) {
      owner = typeMatch[1]
      out.push({
        name: typeMatch[1],
        params: [],
        owner: null,
        kind: 'class',
        file: file.path,
        line: index + 1
      })
      return
    }
    if (ext === 'go') {
      const go = GO_FUNC.exec(line)
      if (go) {
        out.push({
          name: go[2],
          params: paramNames(go[3]),
          owner: go[1] ?? null,
          kind: 'function',
          file: file.path,
          line: index + 1
        })
      }
      return
    }
    for (const pattern of FUNCTION_LIKE) {
      const fn = pattern.exec(line)
      if (fn && !NOT_A_NAME.test(fn[1])) {
        const topLevel = !/^\s/.test(line)
        out.push({
          name: fn[1],
          params: paramNames(fn[2] ?? ''),
          owner: topLevel && ext !== 'rb' ? null : owner,
          kind: 'function',
          file: file.path,
          line: index + 1
        })
        break
      }
    }
  })
  return out
}

const definitionCache = new WeakMap<SourceTree, Definition[]>()

function definitions(tree: SourceTree): Definition[] {
  let found = definitionCache.get(tree)
  if (!found) {
    found = tree.files.flatMap(definitionsOf)
    definitionCache.set(tree, found)
  }
  return found
}

/** Edit distance, bounded for long names. */
export function editDistance(a: string, b: string): number {
  const x = a.slice(0, 100)
  const y = b.slice(0, 100)
  let previous = Array.from({ length: y.length + 1 }, (_v, i) => i)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[y.length]
}

/** The name most like `wanted`, when it is alike enough to be a likely rename. */
function closest(
  wanted: string,
  candidates: readonly Definition[]
): Definition | null {
  let best: Definition | null = null
  let bestScore = Infinity
  const lower = wanted.toLowerCase()
  for (const candidate of candidates) {
    if (candidate.kind !== 'function' || candidate.name === wanted) continue
    const score = editDistance(lower, candidate.name.toLowerCase())
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best !== null &&
    bestScore <= Math.max(3, Math.ceil(wanted.length * 0.5))
    ? best
    : null
}

const signature = (definition: Definition): string =>
  `${definition.name}(${definition.params.slice(0, 3).join(', ')}${definition.params.length > 3 ? ', ...' : ''})`

const escapeRegExp = (text: string): string =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Does a source path (without extension) stand for one of these test paths? */
function matchesAny(path: string, tests: ReadonlySet<string>): boolean {
  const bare = withoutExtension(path)
  for (const test of tests) {
    if (bare === test || bare.endsWith(`/${test}`) || test.endsWith(`/${bare}`))
      return true
  }
  return false
}

function describeMissingName(
  tree: SourceTree,
  cause: Cause,
  stats: SourceStats
): SourceFinding | null {
  const parts = cause.key.split(/\.|::|#/)
  const name = parts.pop() ?? ''
  if (!/^[\w$?!]{1,200}$/.test(name)) return null
  const ownerPath = parts.join('.')
  const ownerName = parts[parts.length - 1] ?? ''
  const all = definitions(tree)
  let ownerLabel: string | null = null
  let members: Definition[] = []
  if (ownerName !== '') {
    const ownerClass = all.find(
      (d) => d.kind === 'class' && d.name === ownerName
    )
    if (ownerClass) {
      ownerLabel = `\`${ownerName}\` (${ownerClass.file})`
      members = all.filter(
        (d) => d.kind === 'function' && d.owner === ownerName
      )
    } else {
      const modulePath = ownerPath.replace(/\./g, '/')
      const moduleFile = tree.files.find(
        (f) =>
          f.text !== null &&
          (withoutExtension(f.path) === modulePath ||
            withoutExtension(f.path).endsWith(`/${modulePath}`) ||
            withoutExtension(f.path) === `${modulePath}/__init__`)
      )
      if (moduleFile) {
        ownerLabel = `\`${ownerPath}\` (${moduleFile.path})`
        members = all.filter(
          (d) =>
            d.file === moduleFile.path &&
            d.kind === 'function' &&
            d.owner === null
        )
      }
    }
  }
  const sentences: string[] = []
  const exact = all.find(
    (d) =>
      d.name === name &&
      d.kind === 'function' &&
      (ownerName === '' || d.owner === ownerName)
  )
  // Call sites of the missing name, excluding its definitions.
  const call = new RegExp(
    `(?<![\\w$])${escapeRegExp(name)}\\s{0,5}\\(([^()\\n]{0,80})\\)?`,
    'g'
  )
  const definitionLine = new RegExp(
    `(?:def|function|func|fn|fun)\\s{1,5}(?:\\([^)\\n]{0,100}\\)\\s{0,5})?${escapeRegExp(name)}\\b`
  )
  let sites = 0
  let hidden = 0
  let example: string | null = null
  const siteFiles = new Set<string>()
  for (const file of tree.files) {
    if (file.text === null || !file.text.includes(name)) continue
    for (const line of file.text.split('\n')) {
      if (!line.includes(name) || definitionLine.test(line)) continue
      call.lastIndex = 0
      for (const match of line.slice(0, MAX_LINE).matchAll(call)) {
        sites++
        siteFiles.add(file.path)
        example ??= `${name}(${(match[1] ?? '').trim()})`
        if (
          matchesAny(file.path, stats.skippedFiles) &&
          !matchesAny(file.path, stats.failedFiles)
        )
          hidden++
      }
    }
  }
  if (example) sentences.push(`Tests call \`${example}\``)
  if (ownerLabel) {
    const shown = members
      .slice(0, SHOWN_DEFINITIONS)
      .map((d) => `\`${signature(d)}\``)
    const more =
      members.length > SHOWN_DEFINITIONS
        ? `, and ${members.length - SHOWN_DEFINITIONS} more`
        : ''
    sentences.push(
      members.length > 0
        ? `${ownerLabel} defines ${shown.join(', ')}${more}`
        : `${ownerLabel} defines no methods`
    )
  }
  let best: Definition | null = null
  if (exact) {
    sentences.push(
      `\`${name}\` is defined in ${exact.file}:${exact.line}, so check that the tests import that version`
    )
  } else {
    best = closest(name, members.length > 0 ? members : all)
    if (best)
      sentences.push(
        `the closest match is \`${signature(best)}\` (${best.file}:${best.line})`
      )
  }
  let text = sentences.length > 0 ? `${sentences.join('; ')}.` : ''
  if (sites > 0) {
    const failedNote =
      stats.failed > 0
        ? `${plural(stats.failed, 'test')} failed on it`
        : `${plural(stats.skipped, 'test')} skipped on it`
    const hiddenNote =
      hidden > 0
        ? `, ${hidden} more ${hidden === 1 ? 'is' : 'are'} hidden behind skips`
        : ''
    text += ` ${plural(sites, 'call site')} in ${plural(siteFiles.size, 'file')}; ${failedNote}${hiddenNote}.`
  } else if (ownerLabel || exact) {
    text += ' No call sites found in the source tree.'
  }
  if (text.trim() === '') return null
  const where =
    sites > 0
      ? ` at ${plural(sites, 'call site')} in ${plural(siteFiles.size, 'file')}`
      : ''
  const owner = ownerName === '' ? null : `\`${ownerName}\``
  let action: string | null = null
  if (exact) {
    action = `Import \`${name}\` from ${exact.file} where the tests use it`
  } else if (best) {
    action = `Rename \`${name}\` to \`${best.name}\`${where}${owner ? `, or add it to ${owner}` : ''}`
  } else if (ownerLabel) {
    action = `Add \`${name}\` to ${ownerLabel}${sites > 0 ? `, or change the ${plural(sites, 'call site')} to a name it defines` : ''}`
  }
  return {
    text: text.trim(),
    fix: action === null ? null : { action, ...namePayoff(stats, hidden) }
  }
}

/** A rename fixes the tests that failed on it and the call sites that skips hide. */
function namePayoff(stats: SourceStats, hidden: number): Omit<Fix, 'action'> {
  const parts: string[] = []
  if (stats.failed > 0) parts.push(plural(stats.failed, 'failing test'))
  if (stats.skipped > 0) parts.push(plural(stats.skipped, 'skipped test'))
  if (hidden > 0) parts.push(`${hidden} hidden behind skips`)
  const last = parts.pop() ?? ''
  const list = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last
  return {
    payoff: `${stats.failed > 0 ? 'fixes' : 'unblocks'} ${list}`,
    unblocks: stats.failed + stats.skipped + hidden
  }
}

interface Manifest {
  file: SourceFile
  ecosystem:
    'python' | 'javascript' | 'ruby' | 'go' | 'java' | 'php' | 'dotnet' | 'rust'
}

const MANIFESTS: ReadonlyArray<[RegExp, Manifest['ecosystem']]> = [
  [
    /(?:^|\/)(?:requirements[\w.-]{0,40}\.txt|pyproject\.toml|setup\.cfg|setup\.py|Pipfile)$/,
    'python'
  ],
  [/(?:^|\/)package\.json$/, 'javascript'],
  [/(?:^|\/)Gemfile$|\.gemspec$/, 'ruby'],
  [/(?:^|\/)go\.mod$/, 'go'],
  [/(?:^|\/)(?:pom\.xml|build\.gradle(?:\.kts)?)$/, 'java'],
  [/(?:^|\/)composer\.json$/, 'php'],
  [/\.(?:csproj|fsproj)$|(?:^|\/)Directory\.Packages\.props$/, 'dotnet'],
  [/(?:^|\/)Cargo\.toml$/, 'rust']
]

function manifests(tree: SourceTree): Manifest[] {
  const out: Manifest[] = []
  for (const file of tree.files) {
    if (file.text === null) continue
    const found = MANIFESTS.find(([pattern]) => pattern.test(file.path))
    if (found) out.push({ file, ecosystem: found[1] })
  }
  // Shallowest first: the project's own manifest before nested ones.
  return out.sort(
    (a, b) => a.file.path.split('/').length - b.file.path.split('/').length
  )
}

/** The files that import `module`: the failing tests' own files first, then any file naming it. */
function importersOf(tree: SourceTree, cause: Cause, module: string): string[] {
  const testFiles = new Set(cause.tests.flatMap(testPaths))
  const last = module.split(/[./]/).pop() ?? module
  const own = tree.files.filter(
    (f) =>
      f.text !== null && matchesAny(f.path, testFiles) && f.text.includes(last)
  )
  const found =
    own.length > 0
      ? own
      : tree.files.filter((f) => f.text !== null && f.text.includes(module))
  return found.map((f) => f.path)
}

const listOf = (paths: readonly string[]): string =>
  paths.length <= 2
    ? paths.join(' and ')
    : `${paths.slice(0, 2).join(', ')} and ${plural(paths.length - 2, 'more file')}`

function describeMissingModule(
  tree: SourceTree,
  cause: Cause
): SourceFinding | null {
  const module = cause.key.trim()
  if (module === '' || /\s/.test(module)) return null
  const payoff = {
    payoff: `unblocks ${plural(cause.count, 'test')}`,
    unblocks: cause.count
  }
  const finding = (text: string, action: string | null): SourceFinding => ({
    text,
    fix: action === null ? null : { action, ...payoff }
  })
  const relative = /^\.{1,2}\//.test(module)
  const dotted = /^[\w]+(?:\.[\w]+)*$/.test(module) && !relative
  const segments = relative
    ? module.split('/')
    : dotted
      ? module.split('.')
      : module.replace(/^@/, '').split('/')
  const paths = new Set<string>()
  const dirs = new Set<string>()
  for (const file of tree.files) {
    const bare = withoutExtension(file.path)
    paths.add(bare)
    const pieces = file.path.split('/')
    for (let i = 1; i < pieces.length; i++)
      dirs.add(pieces.slice(0, i).join('/'))
  }
  const exists = (candidate: string): string | null => {
    for (const base of ['', 'src/', 'lib/', 'app/']) {
      const path = `${base}${candidate}`
      if (paths.has(path)) return path
      if (paths.has(`${path}/__init__`) || paths.has(`${path}/index`))
        return `${path}/`
      if (dirs.has(path)) return `${path}/`
    }
    return null
  }
  const importers = importersOf(tree, cause, module)
  const inImporters = importers.length > 0 ? ` in ${listOf(importers)}` : ''
  if (relative) {
    const base = segments[segments.length - 1]
    const near = tree.files.find(
      (f) =>
        withoutExtension(f.path).endsWith(`/${base}`) ||
        withoutExtension(f.path) === base
    )
    return near
      ? finding(
          `No file matches the relative import \`${module}\` from where it was imported; a file with that name exists at ${near.path}, so it was probably moved.`,
          `Point the import \`${module}\`${inImporters} at ${near.path}, where the file now is`
        )
      : finding(
          `No file named \`${base}\` exists anywhere in the source tree: it was deleted or never committed.`,
          `Commit the missing file \`${base}\` or remove the import \`${module}\`${inImporters}`
        )
  }
  const asPath = dotted ? segments.join('/') : module
  const found = exists(asPath)
  if (found)
    return finding(
      `\`${module}\` exists in the repository at ${found}, so the import path or the package layout (PYTHONPATH, an editable install, tsconfig paths) is what fails in CI.`,
      `Make ${found} importable in CI (PYTHONPATH, an editable install or tsconfig paths) so \`${module}\` resolves`
    )
  const top = segments[0]
  if (
    exists(top) ||
    (dotted && segments.length > 1 && exists(segments.slice(0, -1).join('/')))
  ) {
    for (let n = segments.length - 1; n >= 1; n--) {
      const prefix = segments.slice(0, n)
      const at = exists(prefix.join('/'))
      if (at) {
        const name = dotted ? prefix.join('.') : prefix.join('/')
        // A Python package gets a `.py` file; elsewhere the layout is the project's choice.
        const root = at.endsWith('/') ? at : `${at}/`
        const target =
          dotted &&
          at.endsWith('/') &&
          importers.some((p) => extensionOf(p) === 'py')
            ? `\`${root}${segments.slice(n).join('/')}.py\``
            : `the module \`${module}\``
        return finding(
          `\`${module}\` is not in the repository; the nearest existing module is \`${name}\` (${at}). Create the missing module or fix the import path.`,
          `Create ${target} or fix the import${inImporters}`
        )
      }
    }
  }
  const ecosystem: Manifest['ecosystem'] | null =
    /^[A-Z]|\.[A-Z]\w*$/.test(segments[segments.length - 1]) &&
    dotted &&
    segments.length > 2
      ? 'java'
      : module.includes('/') && /\./.test(segments[0])
        ? 'go'
        : null
  const all = manifests(tree)
  const candidates = ecosystem
    ? all.filter((m) => m.ecosystem === ecosystem)
    : all
  const packageName = module.startsWith('@')
    ? segments.slice(0, 2).join('/').replace(/^/, '@')
    : top
  const listed = candidates.find((m) =>
    new RegExp(`(?<![\\w-])${escapeRegExp(packageName)}(?![\\w-])`, 'i').test(
      m.file.text ?? ''
    )
  )
  if (listed) {
    return finding(
      `\`${packageName}\` is not part of the repository and ${listed.file.path} lists it, so it was not installed in CI: install the dependencies before the tests.`,
      `Install the dependencies from ${listed.file.path} in CI before the tests run (it lists \`${packageName}\`)`
    )
  }
  const manifest = candidates[0]
  return manifest
    ? finding(
        `\`${packageName}\` is not part of the repository, so it is a third-party package, and ${manifest.file.path} does not list it: add the package that provides \`${packageName}\` to ${manifest.file.path}.`,
        `Add the package that provides \`${packageName}\` to ${manifest.file.path}`
      )
    : finding(
        `\`${packageName}\` is not part of the repository and no dependency manifest was found: it is a third-party package that CI does not install.`,
        `Install the package that provides \`${packageName}\` in CI and record it in a dependency manifest`
      )
}

/** What the source tree shows about a cause and the action it points to, or null. */
export function findSource(
  tree: SourceTree,
  cause: Cause,
  stats: SourceStats
): SourceFinding | null {
  const found =
    cause.category === 'missing-attribute'
      ? describeMissingName(tree, cause, stats)
      : cause.category === 'missing-module'
        ? describeMissingModule(tree, cause)
        : null
  if (found !== null && tree.truncated)
    found.text += ` (The source scan stopped early: ${tree.truncated}.)`
  return found
}

/**
 * The source text for a cause. The triage stores only the text it returns,
 * so the action is recorded on the cause here (`fix`), beside it.
 */
export function describeSource(
  tree: SourceTree,
  cause: Cause,
  stats: SourceStats
): string | null {
  const found = findSource(tree, cause, stats)
  cause.fix = found?.fix ?? null
  return found?.text ?? null
}
