import { describe, expect, it } from 'vitest';
import type { ScoredItem } from '../appraisal/scorecard.js';
import {
  digestAction,
  digestItemsOf,
  digestSuggestions,
  reachablePoints,
  type DigestItem,
} from './weekly-digest.js';

const item = (overrides: Partial<DigestItem> & Pick<DigestItem, 'metric'>): DigestItem => ({
  weight: 10,
  score: 50,
  kind: 'ratio',
  dir: '+',
  value: 0.5,
  numerator: 5,
  denominator: 10,
  target: 0.9,
  misconfigured: false,
  ...overrides,
});

describe('reachablePoints', () => {
  it('is the weight share of the points the item still lacks to 100', () => {
    // 20 × (100 − 40) ÷ 80 = 15
    expect(reachablePoints(item({ metric: 'a', weight: 20, score: 40 }), 80)).toBe(15);
  });

  it('is zero at or above the target, for N/A and for misconfigured items', () => {
    expect(reachablePoints(item({ metric: 'a', score: 100 }), 40)).toBe(0);
    expect(reachablePoints(item({ metric: 'a', score: 120 }), 40)).toBe(0);
    expect(reachablePoints(item({ metric: 'a', score: null }), 40)).toBe(0);
    expect(reachablePoints(item({ metric: 'a', misconfigured: true }), 40)).toBe(0);
    expect(reachablePoints(item({ metric: 'a' }), 0)).toBe(0);
  });
});

describe('digestAction', () => {
  it('counts the records a share needs to reach its target', () => {
    // 0.9 × 40 − 30 = 6 more of 40 customer profiles complete.
    expect(
      digestAction(
        item({ metric: 'profile_completeness', numerator: 30, denominator: 40, value: 0.75 }),
      ),
    ).toEqual({ kind: 'count_more', records: 6, of: 40 });
    // 0.8 × 7 − 5 = 0.6, rounded up to one record.
    expect(
      digestAction(item({ metric: 'x', numerator: 5, denominator: 7, value: 5 / 7, target: 0.8 })),
    ).toEqual({ kind: 'count_more', records: 1, of: 7 });
  });

  it('does not round a share that lands exactly on its target up by noise', () => {
    // 0.07 × 100 = 7.000000000000001 in floating point: 7 − 4 = 3 records, not 4.
    expect(
      digestAction(
        item({ metric: 'x', numerator: 4, denominator: 100, value: 0.04, target: 0.07 }),
      ),
    ).toEqual({ kind: 'count_more', records: 3, of: 100 });
  });

  it('never asks for more records than a share counts', () => {
    // A target above 100 %: all 2 missing records, no more.
    expect(
      digestAction(item({ metric: 'x', numerator: 8, denominator: 10, value: 0.8, target: 1.5 })),
    ).toEqual({ kind: 'count_more', records: 2, of: 10 });
  });

  it('counts the records a share that should be low has to shed', () => {
    // 4 of 10 opportunities stale, target 10 %: 4 − 1 = 3 to deal with.
    expect(
      digestAction(
        item({
          metric: 'stale_pipeline',
          dir: '-',
          numerator: 4,
          denominator: 10,
          value: 0.4,
          target: 0.1,
        }),
      ),
    ).toEqual({ kind: 'count_fewer', records: 3, of: 10 });
  });

  it('asks for the amount a count or a sum lacks to be on pace', () => {
    expect(
      digestAction(
        item({ metric: 'qualified_leads', kind: 'count', value: 3, target: 7.4, numerator: 3 }),
      ),
    ).toEqual({ kind: 'add', amount: 5 });
    expect(
      digestAction(
        item({
          metric: 'won_amount',
          kind: 'sum',
          value: 150_000,
          target: 400_000.2,
          numerator: 1,
        }),
      ),
    ).toEqual({ kind: 'add', amount: 250_001 });
  });

  it('names value and target for every other kind, in either direction', () => {
    expect(
      digestAction(item({ metric: 'activity_frequency', kind: 'per_week', value: 2.5, target: 4 })),
    ).toEqual({ kind: 'reach', value: 2.5, target: 4 });
    expect(
      digestAction(
        item({ metric: 'avg_deal_cycle_days', kind: 'mean', dir: '-', value: 40, target: 30 }),
      ),
    ).toEqual({ kind: 'reach', value: 40, target: 30 });
    // A count that should be low has no records to add.
    expect(
      digestAction(item({ metric: 'x', kind: 'count', dir: '-', value: 9, target: 4 })),
    ).toEqual({ kind: 'reach', value: 9, target: 4 });
    // A ratio without its records (a custom metric) is worded by value too.
    expect(
      digestAction(item({ metric: 'x', numerator: null, denominator: null, value: 0.5 })),
    ).toEqual({ kind: 'reach', value: 0.5, target: 0.9 });
  });

  it('has nothing to suggest when there is no value or nothing is short', () => {
    expect(digestAction(item({ metric: 'x', value: null }))).toBeNull();
    expect(
      digestAction(item({ metric: 'x', numerator: 10, denominator: 10, value: 1 })),
    ).toBeNull();
    expect(
      digestAction(item({ metric: 'x', dir: '-', numerator: 0, denominator: 10, value: 0 })),
    ).toBeNull();
    expect(digestAction(item({ metric: 'x', kind: 'count', value: 8, target: 7.5 }))).toBeNull();
    expect(digestAction(item({ metric: 'x', kind: 'mean', value: 4, target: 4 }))).toBeNull();
    expect(
      digestAction(item({ metric: 'x', kind: 'median', dir: '-', value: 20, target: 30 })),
    ).toBeNull();
  });
});

describe('digestSuggestions', () => {
  it('ranks the items by the points they would add and keeps the best three', () => {
    // Scored weight 10 + 30 + 20 + 20 + 20 = 100 (the N/A item's weight is not counted).
    const suggestions = digestSuggestions([
      item({ metric: 'a', weight: 10, score: 0 }), // 10 points
      item({ metric: 'b', weight: 30, score: 60 }), // 12 points
      item({ metric: 'c', weight: 20, score: 100 }), // at target: 0
      item({ metric: 'd', weight: 20, score: 25 }), // 15 points
      item({ metric: 'e', weight: 20, score: 80 }), // 4 points
      item({ metric: 'f', weight: 50, score: null, value: null }), // N/A
    ]);
    expect(suggestions.map((s) => [s.metric, s.points])).toEqual([
      ['d', 15],
      ['b', 12],
      ['a', 10],
    ]);
  });

  it('breaks ties by weight, then by metric id, and rounds points to one decimal', () => {
    const suggestions = digestSuggestions([
      item({ metric: 'z', weight: 10, score: 50 }),
      item({ metric: 'y', weight: 10, score: 50 }),
      item({ metric: 'x', weight: 5, score: 0 }),
      item({ metric: 'w', weight: 5, score: 100 }),
    ]);
    // x: 5 × 100 ÷ 30 = 16.666…, y and z: 10 × 50 ÷ 30 = 16.666… — equal; heavier first.
    expect(suggestions.map((s) => [s.metric, s.points])).toEqual([
      ['y', 16.7],
      ['z', 16.7],
      ['x', 16.7],
    ]);
  });

  it('leaves out items worth less than a tenth of a point and misconfigured ones', () => {
    const suggestions = digestSuggestions([
      item({ metric: 'tiny', weight: 1, score: 99.95 }), // 1 × 0.05 ÷ 11 ≈ 0.005
      item({ metric: 'broken', weight: 10, score: null, misconfigured: true }),
      item({ metric: 'big', weight: 10, score: 0 }),
    ]);
    expect(suggestions.map((s) => s.metric)).toEqual(['big']);
  });

  it('suggests nothing for an empty card, an all-N/A card or one at target everywhere', () => {
    expect(digestSuggestions([])).toEqual([]);
    expect(digestSuggestions([item({ metric: 'a', score: null, value: null })])).toEqual([]);
    expect(
      digestSuggestions([
        item({ metric: 'a', score: 100, numerator: 10, denominator: 10, value: 1 }),
        item({ metric: 'b', score: 130, numerator: 10, denominator: 10, value: 1 }),
      ]),
    ).toEqual([]);
  });

  it('carries the action of each suggested item', () => {
    expect(
      digestSuggestions([
        item({ metric: 'plan_execution', score: 0, numerator: 2, denominator: 10, value: 0.2 }),
      ]),
    ).toEqual([
      { metric: 'plan_execution', points: 100, action: { kind: 'count_more', records: 7, of: 10 } },
    ]);
  });
});

describe('digestItemsOf', () => {
  const scored = (overrides: Partial<ScoredItem>): ScoredItem => ({
    metric: 'profile_completeness',
    weight: 20,
    floor: 0.5,
    target: 0.9,
    targetSource: 'template',
    cap: 120,
    minSample: 5,
    value: { value: 0.75, numerator: 30, denominator: 40, naReason: null },
    score: 62.5,
    pace: null,
    misconfigured: null,
    ...overrides,
  });

  it('takes kind and direction from the definition and the pace target while a period runs', () => {
    const items = digestItemsOf(
      [
        scored({}),
        scored({
          metric: 'qualified_leads',
          target: 20,
          value: { value: 3, numerator: 3, denominator: null, naReason: null },
          pace: { elapsedShare: 0.4, proRated: true, floor: 2, target: 8, projected: 7.5 },
        }),
        scored({ metric: 'gone', misconfigured: 'not_finite' }),
      ],
      (metric) =>
        metric === 'profile_completeness'
          ? { kind: 'ratio', dir: '+' }
          : metric === 'qualified_leads'
            ? { kind: 'count', dir: '+' }
            : undefined,
    );
    expect(items).toEqual([
      {
        metric: 'profile_completeness',
        weight: 20,
        score: 62.5,
        kind: 'ratio',
        dir: '+',
        value: 0.75,
        numerator: 30,
        denominator: 40,
        target: 0.9,
        misconfigured: false,
      },
      {
        metric: 'qualified_leads',
        weight: 20,
        score: 62.5,
        kind: 'count',
        dir: '+',
        value: 3,
        numerator: 3,
        denominator: null,
        target: 8,
        misconfigured: false,
      },
    ]);
  });

  it('marks a misconfigured item so that it is never suggested', () => {
    const [item] = digestItemsOf(
      [scored({ misconfigured: 'target_on_wrong_side_of_floor' })],
      () => ({
        kind: 'ratio',
        dir: '+',
      }),
    );
    expect(item?.misconfigured).toBe(true);
  });
});
