/** A report refused for a reason the user should read (one line). */
export class ReportError extends Error {}

/**
 * The file is readable but is no test report at all (a pom.xml, a
 * package.json). Files found by searching a folder are dropped quietly for
 * this; files named one by one are still refused with the reason.
 */
export class NotAReportError extends ReportError {}

/** Collapses whitespace and caps length so a reason fits on one line. */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}
