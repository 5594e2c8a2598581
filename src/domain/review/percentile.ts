/**
 * The p-quantile (p in [0, 1]) by linear interpolation between closest ranks: with the values
 * sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, it is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). This is
 * Hyndman–Fan type 7, the default of Excel PERCENTILE.INC, numpy and R, so a reviewer gets the
 * same number in a spreadsheet. p = 0.5 is the median. null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('values must be finite');
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lowIndex = Math.floor(h);
  const low = sorted[lowIndex];
  if (low === undefined) return null;
  const high = sorted[Math.min(lowIndex + 1, sorted.length - 1)] ?? low;
  return low + (h - lowIndex) * (high - low);
}
