import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_THRESHOLDS } from '../scoring/grade.js';
import { gradeWithheld, scoreItems, summarise, teamScoreValue } from './scorecard.js';
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
    );
    expect(items.map((i) => i.score)).toEqual([60, 50, null]);
    expect(items.every((i) => i.pace === null)).toBe(true);
    const summary = summarise(items, DEFAULT_GRADE_THRESHOLDS);
    expect(summary.total).toBeCloseTo(850 / 15, 10);
    expect(summary).toMatchObject({ grade: 'D', applicableShare: 2 / 3 });

    // A per-user target of ¥50,000 for ¥60,000 won: 100 × 6,000,000 / 5,000,000 = 120 (the cap).
    const withTarget = scoreItems(template, new Map([['won_amount', value(6_000_000)]]), {
      userTargets: { won_amount: 5_000_000 },
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
      { userTargets: { win_rate: 0.1 } },
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

describe('pace part-way through a period', () => {
  const template = {
    grades: DEFAULT_GRADE_THRESHOLDS,
    items: [
      { metric: 'won_amount', weight: 15, floor: 0, target: 10_000_000, cap: 120, minSample: 5 },
      { metric: 'qualified_leads', weight: 10, floor: 10, target: 40, cap: 120, minSample: 5 },
      { metric: 'activity_frequency', weight: 10, floor: 4, target: 12, cap: 120, minSample: 5 },
      { metric: 'win_rate', weight: 10, floor: 0.15, target: 0.4, cap: 120, minSample: 5 },
    ],
  };
  const values = new Map([
    ['won_amount', value(4_000_000)],
    ['qualified_leads', value(14)],
    ['activity_frequency', value(14)],
    ['win_rate', value(0.3)],
  ]);

  it('pro-rates the floor and target of counts and sums to the elapsed working time', () => {
    // 5.5 of 22 working days = 0.25 elapsed.
    const [won, leads, frequency, win] = scoreItems(template, values, { elapsedShare: 0.25 });
    // ¥40,000 against a pro-rated ¥25,000 (floor 0): 100 × 4,000,000 / 2,500,000 = 160 → cap 120;
    // at this pace the month ends with ¥160,000.
    expect(won).toMatchObject({
      target: 10_000_000,
      score: 120,
      pace: {
        elapsedShare: 0.25,
        proRated: true,
        floor: 0,
        target: 2_500_000,
        projected: 16_000_000,
      },
    });
    // 14 leads against floor 2.5 and target 10: 100 × (14 − 2.5) / 7.5 = 153.3 → 120; and
    // against floor 10 and target 40 on the projected 56, the same score.
    expect(leads?.pace).toMatchObject({ floor: 2.5, target: 10, projected: 56 });
    expect(leads?.score).toBe(120);
    // Rates and shares keep their targets: 14 a week against 12 → 100 × 10 / 8 = 125 → 120;
    // win rate 0.3 → 60; their projection is the value itself.
    expect(frequency?.pace).toMatchObject({ proRated: false, target: 12, projected: 14 });
    expect(win).toMatchObject({
      score: 60,
      pace: { proRated: false, floor: 0.15, projected: 0.3 },
    });
  });

  it('scores a pro-rated count as its projection to the period end would score', () => {
    // 5 leads after 0.4 of the time: 100 × (5 − 4) / (16 − 4) = 8.33; projected 12.5:
    // 100 × (12.5 − 10) / 30 = 8.33.
    const [, leads] = scoreItems(template, new Map([['qualified_leads', value(5)]]), {
      elapsedShare: 0.4,
    });
    expect(leads?.score).toBeCloseTo((100 * (12.5 - 10)) / 30, 10);
  });

  it('withholds the grade in the first working days and when little weight applies', () => {
    const items = [
      { weight: 30, score: 0 },
      { weight: 15, score: 50 },
      { weight: 55, score: null },
    ];
    // Day 2 of the month: fewer than 3 working days have passed.
    expect(gradeWithheld(items, 1.4, 3)).toBe('early_in_period');
    // Later, but the items that apply carry 45 of 100: too little to grade.
    expect(gradeWithheld(items, 10, 3)).toBe('little_weight_applies');
    // Exactly half the weight is enough.
    expect(
      gradeWithheld(
        [
          { weight: 50, score: 10 },
          { weight: 50, score: null },
        ],
        3,
        3,
      ),
    ).toBe(null);
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
