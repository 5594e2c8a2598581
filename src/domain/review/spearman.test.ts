import { describe, it, expect } from 'vitest';
import { averageRanks, spearmanRankCorrelation } from './spearman.js';

describe('averageRanks', () => {
  it('ranks from 1 in input positions', () => {
    expect(averageRanks([30, 10, 20])).toEqual([3, 1, 2]);
  });

  it('gives ties the average of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(averageRanks([7, 1, 7, 1])).toEqual([3.5, 1.5, 3.5, 1.5]);
  });

  it('handles no values', () => {
    expect(averageRanks([])).toEqual([]);
  });
});

describe('spearmanRankCorrelation', () => {
  it('matches 1 − 6Σd²/(n(n²−1)) without ties', () => {
    // ranks y: 2 1 4 3 5 → d = −1 1 −1 1 0, Σd² = 4 → 1 − 24/120 = 0.8
    expect(spearmanRankCorrelation([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });

  it('is exact with ties (Pearson on average ranks)', () => {
    // y ranks 1 2 3.5 5 3.5; dx = −2 −1 0 1 2, dy = −2 −1 .5 2 .5
    // Σdxdy = 8, Σdx² = 10, Σdy² = 9.5 → 8 / √95 ≈ 0.8208
    const rho = spearmanRankCorrelation([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]);
    expect(rho).toBeCloseTo(8 / Math.sqrt(95), 12);
    expect(rho).toBeCloseTo(0.8208, 4);
  });

  it('is 1 for any increasing relation and −1 for any decreasing one', () => {
    expect(spearmanRankCorrelation([1, 2, 3, 4], [1, 4, 9, 16])).toBe(1);
    expect(spearmanRankCorrelation([1, 2, 3, 4], [40, 30, 20, 10])).toBe(-1);
  });

  it('is 0 for a symmetric pattern', () => {
    // y = (x − 3)²: 4 1 0 1 4 → ranks 4.5 2.5 1 2.5 4.5
    // dy = 1.5 −.5 −2 −.5 1.5, dx = −2 −1 0 1 2 → Σdxdy = −3 + .5 + 0 − .5 + 3 = 0
    expect(spearmanRankCorrelation([1, 2, 3, 4, 5], [4, 1, 0, 1, 4])).toBe(0);
  });

  it('leaves out pairs with an N/A side', () => {
    expect(spearmanRankCorrelation([1, 2, null, 3, 4, 5], [2, 1, 100, 4, 3, null])).toBeCloseTo(
      // remaining pairs (1,2) (2,1) (3,4) (4,3): d = −1 1 −1 1, Σd² = 4 → 1 − 24/60 = 0.6
      0.6,
      12,
    );
  });

  it('is null with fewer than 3 pairs', () => {
    expect(spearmanRankCorrelation([1, 2], [3, 4])).toBeNull();
    expect(spearmanRankCorrelation([1, 2, null], [3, 4, 5])).toBeNull();
    expect(spearmanRankCorrelation([], [])).toBeNull();
  });

  it('is null when a side does not vary', () => {
    expect(spearmanRankCorrelation([1, 2, 3, 4], [7, 7, 7, 7])).toBeNull();
    expect(spearmanRankCorrelation([5, 5, 5], [1, 2, 3])).toBeNull();
  });

  it('rejects unpaired input and non-finite values', () => {
    expect(() => spearmanRankCorrelation([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => spearmanRankCorrelation([1, 2, Number.NaN], [1, 2, 3])).toThrow(RangeError);
  });
});
