import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { totalScore, type WeightedScore } from './total-score.js';

describe('totalScore', () => {
  it('is the weighted mean of the item scores', () => {
    // (10·80 + 30·100 + 60·90) / 100 = (800 + 3000 + 5400) / 100 = 92
    expect(
      totalScore([
        { weight: 10, score: 80 },
        { weight: 30, score: 100 },
        { weight: 60, score: 90 },
      ]),
    ).toBe(92);
  });

  it('redistributes the weight of N/A items over the others', () => {
    // (10·80 + 30·100) / 40 = 3800 / 40 = 95
    expect(
      totalScore([
        { weight: 10, score: 80 },
        { weight: 30, score: 100 },
        { weight: 60, score: null },
      ]),
    ).toBe(95);
  });

  it('counts a 0 score (it is not N/A)', () => {
    expect(
      totalScore([
        { weight: 1, score: 0 },
        { weight: 1, score: 100 },
      ]),
    ).toBe(50);
  });

  it('is N/A when every item is N/A, or there are none', () => {
    expect(totalScore([{ weight: 5, score: null }])).toBeNull();
    expect(totalScore([])).toBeNull();
  });

  it('the sales template example: won_amount at cap, two items N/A', () => {
    // weights 10, 15, 5 scored 90, 120, 60; 5 and 10 N/A → (900 + 1800 + 300) / 30 = 100
    expect(
      totalScore([
        { weight: 10, score: 90 },
        { weight: 15, score: 120 },
        { weight: 5, score: 60 },
        { weight: 5, score: null },
        { weight: 10, score: null },
      ]),
    ).toBe(100);
  });

  it('rejects non-positive or non-finite weights and scores', () => {
    expect(() => totalScore([{ weight: 0, score: 1 }])).toThrow(RangeError);
    expect(() => totalScore([{ weight: -1, score: 1 }])).toThrow(RangeError);
    expect(() => totalScore([{ weight: 0, score: null }])).toThrow(RangeError);
    expect(() => totalScore([{ weight: 1, score: Number.NaN }])).toThrow(RangeError);
  });
});

describe('totalScore properties', () => {
  const item = fc.record({
    weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
    score: fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: null }),
  });
  const items = fc.array(item, { maxLength: 15 });

  it('adding an N/A item never changes the total', () => {
    fc.assert(
      fc.property(
        items,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.nat(),
        (list, weight, at) => {
          const withNa: WeightedScore[] = [...list];
          withNa.splice(at % (list.length + 1), 0, { weight, score: null });
          expect(totalScore(withNa)).toBe(totalScore(list));
        },
      ),
    );
  });

  it('lies between the smallest and largest item score', () => {
    fc.assert(
      fc.property(items, (list) => {
        const scores = list.flatMap((i) => (i.score === null ? [] : [i.score]));
        const total = totalScore(list);
        if (scores.length === 0) {
          expect(total).toBeNull();
          return;
        }
        expect(total ?? -1).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(total ?? Infinity).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });

  it('equal scores give exactly that score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (weights, score) => {
          expect(totalScore(weights.map((weight) => ({ weight, score })))).toBe(score);
        },
      ),
    );
  });
});
