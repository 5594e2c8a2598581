export type WeightedScore = { weight: number; score: number | null };

/**
 * Total = Σ wᵢ·sᵢ / Σ wᵢ over the items that are not N/A, so an N/A item's weight is
 * redistributed over the others in proportion to their weights. All N/A (or no items) → null.
 * The result is kept inside [min sᵢ, max sᵢ], which it is mathematically; the clamp only removes
 * floating-point noise in the last bit so that, e.g., equal scores give exactly that score.
 */
export function totalScore(items: readonly WeightedScore[]): number | null {
  let weighted = 0;
  let weights = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { weight, score } of items) {
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new RangeError(`weight must be a positive number, got ${weight}`);
    }
    if (score === null) continue;
    if (!Number.isFinite(score)) throw new RangeError(`score must be finite, got ${score}`);
    weighted += weight * score;
    weights += weight;
    min = Math.min(min, score);
    max = Math.max(max, score);
  }
  if (weights === 0) return null;
  return Math.min(Math.max(weighted / weights, min), max);
}
