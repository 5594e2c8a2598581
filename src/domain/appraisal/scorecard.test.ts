import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_THRESHOLDS } from '../scoring/grade.js';
import { scoreItems, summarise, teamScoreValue } from './scorecard.js';
import { allReports, managersBottomUp } from './team-order.js';

const value = (v: number | null) => ({
  value: v,
  numerator: null,
  denominator: null,
  naReason: v === null ? ('below_min_sample' as const) : null,
});

describe('scoreItems and summarise', () => {
  const template = {
    grades: DEFAULT_GRADE_THRESHOLDS,
    items: [
      { metric: 'win_rate', weight: 10, floor: 0.15, target: 0.4, cap: 120, minSample: 5 },
      { metric: 'avg_deal_cycle_days', weight: 5, floor: 90, target: 30, cap: 120, minSample: 5 },
      { metric: 'won_amount', weight: 15, floor: 0, target: 10_000_000, cap: 120, minSample: 5 },
    ],
  };

  it('scores by the curve, applies a per-user target, and redistributes N/A weight', () => {
    // win_rate 0.3: 100 × (0.3 − 0.15) / 0.25 = 60. Cycle 60 days (−): 100 × (90 − 60) / 60 = 50.
    // won_amount N/A. Total = (10 × 60 + 5 × 50) / 15 = 56.67 → D.
    const items = scoreItems(
      template,
      new Map([
        ['win_rate', value(0.3)],
        ['avg_deal_cycle_days', value(60)],
        ['won_amount', value(null)],
      ]),
      {},
    );
    expect(items.map((i) => i.score)).toEqual([60, 50, null]);
    const summary = summarise(items, DEFAULT_GRADE_THRESHOLDS);
    expect(summary.total).toBeCloseTo(850 / 15, 10);
    expect(summary).toMatchObject({ grade: 'D', applicableShare: 2 / 3 });

    // A per-user target of ¥50,000 for ¥60,000 won: 100 × 6,000,000 / 5,000,000 = 120 (the cap).
    const withTarget = scoreItems(template, new Map([['won_amount', value(6_000_000)]]), {
      won_amount: 5_000_000,
    });
    expect(withTarget[2]).toMatchObject({ target: 5_000_000, targetSource: 'user', score: 120 });
  });

  it('marks an item with a target on the wrong side of its floor misconfigured and scores the rest', () => {
    // A stored per-user win_rate target of 0.1 is below the floor 0.15 (dir +): N/A, misconfigured.
    // avg_deal_cycle_days 60: 50 as above; won_amount ¥60,000 of ¥100,000: 60. Total (5 × 50 + 15 × 60) / 20 = 57.5.
    const items = scoreItems(
      template,
      new Map([
        ['win_rate', value(0.3)],
        ['avg_deal_cycle_days', value(60)],
        ['won_amount', value(6_000_000)],
      ]),
      { win_rate: 0.1 },
    );
    expect(items.map((i) => [i.score, i.misconfigured])).toEqual([
      [null, 'target_on_wrong_side_of_floor'],
      [50, null],
      [60, null],
    ]);
    expect(summarise(items, DEFAULT_GRADE_THRESHOLDS).total).toBe(57.5);
  });

  it('uses a manager’s adjusted score in the total while keeping the computed one', () => {
    const summary = summarise(
      [
        { weight: 1, score: 40, adjustedScore: 80 },
        { weight: 1, score: 100 },
      ],
      DEFAULT_GRADE_THRESHOLDS,
    );
    expect(summary.total).toBe(90);
    expect(summary.grade).toBe('A');
  });

  it('never lets an N/A item lower a total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weight: fc.integer({ min: 1, max: 50 }),
            score: fc.double({ min: 0, max: 120, noNaN: true }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 50 }),
        (items, weight) => {
          const before = summarise(items, DEFAULT_GRADE_THRESHOLDS).total;
          const after = summarise(
            [...items, { weight, score: null }],
            DEFAULT_GRADE_THRESHOLDS,
          ).total;
          expect(after).toBeCloseTo(before ?? 0, 9);
        },
      ),
    );
  });
});

describe('teamScoreValue', () => {
  it('is the mean of the reports’ totals, N/A totals left out, min_sample on those left', () => {
    expect(teamScoreValue([80, null, 90, 100], 2)).toMatchObject({
      value: 90,
      numerator: 270,
      denominator: 3,
    });
    expect(teamScoreValue([80, null], 2)).toMatchObject({
      value: null,
      naReason: 'below_min_sample',
      denominator: 1,
    });
  });
});

describe('team order', () => {
  const managerOf = new Map<string, string | null>([
    ['ceo', null],
    ['director', 'ceo'],
    ['lead', 'director'],
    ['rep1', 'lead'],
    ['rep2', 'lead'],
    ['rep3', 'director'],
  ]);

  it('computes the lowest managers first', () => {
    expect(managersBottomUp(managerOf)).toEqual(['lead', 'director', 'ceo']);
  });

  it('finds reports at every depth', () => {
    expect(allReports('director', managerOf).sort()).toEqual(['lead', 'rep1', 'rep2', 'rep3']);
    expect(allReports('rep1', managerOf)).toEqual([]);
  });
});
