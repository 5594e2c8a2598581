/**
 * Rounds for display only (scores are computed unrounded): half away from zero, one decimal by
 * default. The value is first cleaned of binary floating-point noise at 1e-6 of the last shown
 * digit, so a score a person computes by hand as 1.85 (100 × 0.0185 = 1.8499999999999999) shows 1.9,
 * the same digit they get on paper.
 */
export function roundForDisplay(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) throw new RangeError(`value must be finite, got ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be an integer in 0..6, got ${decimals}`);
  }
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toFixed(6));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0.0"
}

/** A score as shown: always one decimal, e.g. "90.0". */
export function formatScore(score: number): string {
  return roundForDisplay(score, 1).toFixed(1);
}
