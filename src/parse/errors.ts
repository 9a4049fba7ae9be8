/** A report refused for a reason the user should read (one line). */
export class ReportError extends Error {}

/** Collapses whitespace and caps length so a reason fits on one line. */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}
