/**
 * Everything that comes from a report is untrusted: it must render as text,
 * never as live HTML, a mention that pings, a cross-reference, a link, math,
 * or our own hidden marker.
 */

const HTML = /[&<>"]/g
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
}

const ZWJ = '\u200d'

/**
 * Control characters and bidi overrides: invisible, can reorder what a reader
 * sees ("Trojan source") or corrupt the API body. Tab and newline are kept.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

/** Text that must not link to people, issues or pull requests. */
function unlink(text: string): string {
  return (
    text
      // `@user` and `@org/team` would ping.
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
      // `#123`, `owner/repo#123` and `GH-123` would cross-reference an issue.
      .replace(/#(?=\d)/g, `#${ZWJ}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`)
  )
}

/** Inline text, safe inside a paragraph or a table cell. */
export function escapeInline(text: string): string {
  return unlink(
    text
      .replace(CONTROL, '')
      .replace(HTML, (ch) => HTML_ENTITIES[ch])
      // Markdown punctuation that could start emphasis, links, code, tables or math.
      .replace(/([\\`*_{}[\]()#+!|~$])/g, '\\$1')
      // A scheme followed by `:` is never left linkable (`javascript:`, `data:`).
      .replace(/\b(javascript|data|vbscript):/gi, `$1${ZWJ}:`)
      .replace(/\r?\n|\r/g, ' ')
  )
}

/**
 * A fenced code block that the text cannot break out of: the fence is longer
 * than any backtick run inside, and our HTML comment markers are defused.
 * Mentions inside code never ping, so only markers need care.
 */
export function codeBlock(text: string, language = ''): string {
  const clean = text.replace(CONTROL, '')
  const longest = Math.max(
    2,
    ...Array.from(clean.matchAll(/`+/g), (m) => m[0].length)
  )
  const fence = '`'.repeat(longest + 1)
  const lang = language.replace(/[^\w+-]/g, '')
  return `${fence}${lang}\n${defuseMarkers(clean)}\n${fence}`
}

/** Inline code span that survives backticks in the text. */
export function codeSpan(text: string): string {
  const flat = text.replace(CONTROL, '').replace(/\r?\n|\r/g, ' ')
  const longest = Math.max(
    0,
    ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length)
  )
  const ticks = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${ticks}${pad}${defuseMarkers(flat)}${pad}${ticks}`
}

/** HTML comments are how we find our own comment; report text cannot forge one. */
export function defuseMarkers(text: string): string {
  return text.replace(/<!--/g, '<\u200b!--').replace(/-->/g, '--\u200b>')
}
