/** Numbers as the reports, outputs and messages write them. */

/** A fraction as a percent with one decimal: 0.185 → "18.5". */
export function formatPercent(fraction: number): string {
  return (Math.round(fraction * 1000) / 10).toFixed(1)
}

/** A rate for people: "18.5%", or "n/a" when there was nothing to divide. */
export const percentText = (fraction: number | null): string =>
  fraction === null ? 'n/a' : `${formatPercent(fraction)}%`

/** "1 test", "3 tests". Counts are written plainly in every output, as in the tables. */
export const plural = (n: number, word: string): string =>
  `${n} ${word}${n === 1 ? '' : 's'}`
