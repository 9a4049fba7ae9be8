/**
 * Everything that comes from a report is untrusted: it must render as text,
 * never as live HTML, a mention that pings, a link, or our own marker.
 */

const HTML = /[&<>"]/g
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
}

/** Inline text, safe inside a paragraph or a table cell. */
export function escapeInline(text: string): string {
  return (
    text
      .replace(HTML, (ch) => HTML_ENTITIES[ch])
      // Markdown punctuation that could start emphasis, links, code or tables.
      .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
      // `@user` and `#123` must not ping or link: a zero-width joiner breaks them.
      .replace(/@(?=[A-Za-z0-9])/g, '@\u200d')
      .replace(/\r?\n/g, ' ')
  )
}

/**
 * A fenced code block that the text cannot break out of: the fence is longer
 * than any backtick run inside, and our HTML comment markers are defused.
 */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(
    2,
    ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)
  )
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${defuseMarkers(text)}\n${fence}`
}

/** Inline code span that survives backticks in the text. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
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
