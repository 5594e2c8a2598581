/**
 * Counts by key, without the keys whose counts are all zero: a stored total that adds up to
 * nothing (every record it counted is gone) says the same as no row.
 */
export function nonZeroTotals(entries: Iterable<[string, number[]]>): Record<string, number[]> {
  return Object.fromEntries([...entries].filter(([, counts]) => counts.some((n) => n !== 0)));
}
