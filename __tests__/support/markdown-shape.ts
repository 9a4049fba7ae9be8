/**
 * Checks that markdown was never cut inside a structure: every code fence is
 * closed by a fence at least as long, every table row has its header's cell
 * count, and `<details>` blocks are balanced. Returns the problems found.
 */

/** Cells of a table row: pipes not escaped by a backslash separate them. */
const cellCount = (row: string): number =>
  row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2

/** A line without its inline code spans (a run of n backticks closes at the next run of n). */
export const withoutCodeSpans = (line: string): string =>
  line.replace(/(`+)(?:(?!\1)[^`]|`+(?!\1))*?\1(?!`)/g, '')

/** The text a reader sees as markdown, not code: fenced blocks and code spans removed. */
export function proseOf(text: string): string {
  const kept: string[] = []
  let fence: string | null = null
  for (const line of text.split('\n')) {
    if (fence !== null) {
      const close = /^(`{3,})\s*$/.exec(line)
      if (close && close[1].length >= fence.length) fence = null
      continue
    }
    const open = /^(`{3,})/.exec(line)
    if (open) fence = open[1]
    else kept.push(withoutCodeSpans(line))
  }
  return kept.join('\n')
}

export function markdownProblems(text: string): string[] {
  const problems: string[] = []
  const lines = text.split('\n')
  let fence: string | null = null
  let fenceLine = 0
  let table: { columns: number; start: number } | null = null
  let details = 0
  lines.forEach((line, index) => {
    const number = index + 1
    if (fence !== null) {
      const close = /^(`{3,})\s*$/.exec(line)
      if (close && close[1].length >= fence.length) fence = null
      return
    }
    const open = /^(`{3,})/.exec(line)
    if (open) {
      fence = open[1]
      fenceLine = number
      table = null
      return
    }
    if (line.startsWith('|')) {
      if (!line.endsWith('|')) problems.push(`line ${number}: row not closed`)
      if (table === null) {
        const separator = lines[index + 1] ?? ''
        if (!/^\|(?: *:?-{3,}:? *\|)+$/.test(separator)) {
          problems.push(`line ${number}: table without a separator row`)
        }
        table = { columns: cellCount(line), start: number }
      } else if (cellCount(line) !== table.columns) {
        problems.push(
          `line ${number}: ${cellCount(line)} cells in a table of ${table.columns} (from line ${table.start})`
        )
      }
      return
    }
    table = null
    const prose = withoutCodeSpans(line)
    details += (prose.match(/<details>/g) ?? []).length
    details -= (prose.match(/<\/details>/g) ?? []).length
    if (details < 0)
      problems.push(`line ${number}: </details> without <details>`)
  })
  if (fence !== null)
    problems.push(`fence opened on line ${fenceLine} is not closed`)
  if (details > 0) problems.push(`${details} <details> not closed`)
  return problems
}
