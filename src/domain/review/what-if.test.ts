import { describe, expect, it } from 'vitest';
import { metricsToMeasure, ranksByTotal, rescore } from './what-if.js';

const item = (metric: string, weight = 10, floor = 0, target = 1, minSample = 5) => ({
  metric,
  weight,
  floor,
  target,
  cap: 120,
  minSample,
});
const grades = { S: 110, A: 90, B: 75, C: 60 };
const value = (v: number | null) => ({
  value: v,
  numerator: v,
  denominator: 1,
  naReason: null,
});
const rules = { directionOf: () => '+' as const, kindOf: () => 'ratio' as const };

describe('ranksByTotal', () => {
  it('shares the best rank on equal totals and leaves N/A unranked', () => {
    expect(ranksByTotal([50, 80, null, 80, 10])).toEqual([3, 1, null, 1, 4]);
  });
});

describe('metricsToMeasure', () => {
  it('lists added items and items whose min_sample changed', () => {
    expect(
      metricsToMeasure([item('a'), item('b')], [item('a', 20), item('b', 10, 0, 1, 3), item('c')]),
    ).toEqual(['b', 'c']);
  });
});

describe('rescore', () => {
  const card = {
    items: [
      { metric: 'a', value: value(0.5), adjustedScore: 90 },
      { metric: 'b', value: value(0.25), adjustedScore: null },
    ],
    targets: {},
    elapsedShare: 1,
  };

  it('keeps an adjustment where the rule is unchanged and rescores the rest from the values', () => {
    const proposal = { items: [item('a', 30), item('b', 10, 0, 0.5)], grades };
    const result = rescore(card, [item('a'), item('b')], proposal, new Map(), rules);
    // a keeps its adjusted 90 (only its weight changed); b: 100 × 0.25 / 0.5 = 50.
    expect(result.total).toBe((30 * 90 + 10 * 50) / 40);
    expect(result.grade).toBe('B');
  });

  it('drops an adjustment when the rule changed, and uses measured values for added items', () => {
    const proposal = { items: [item('a', 10, 0, 0.5), item('c')], grades };
    const result = rescore(
      card,
      [item('a'), item('b')],
      proposal,
      new Map([['c', value(1)]]),
      rules,
    );
    // a: 100 × 0.5 / 0.5 = 100 (the adjusted 90 judged the old target); c: 100.
    expect(result.total).toBe(100);
  });
});
