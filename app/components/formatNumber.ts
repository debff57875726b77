/** One formatter for every count the page writes: `toLocaleString` builds a new one per call (0.5 ms). */
const counts = new Intl.NumberFormat('en-US');

/** `1,234`: counts as the page writes them. */
export function formatNumber(n: number): string {
  return counts.format(n);
}
