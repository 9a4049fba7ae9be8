/** Numbers as the reports, outputs and messages write them. */

/** A fraction as a percent with one decimal: 0.185 → "18.5". */
export function formatPercent(fraction: number): string {
  return (Math.round(fraction * 1000) / 10).toFixed(1)
}

/** A rate for people: "18.5%", or "n/a" when there was nothing to divide. */
export const percentText = (fraction: number | null): string =>
  fraction === null ? 'n/a' : `${formatPercent(fraction)}%`

/** A count for people: "5,000". */
export const countText = (n: number): string => n.toLocaleString('en-US')

/** "1 test", "3 tests", "5,000 causes". */
export const plural = (n: number, word: string): string =>
  `${countText(n)} ${word}${n === 1 ? '' : 's'}`
