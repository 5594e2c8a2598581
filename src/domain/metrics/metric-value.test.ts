import { describe, it, expect } from 'vitest';
import {
  DEFAULT_MIN_SAMPLE,
  countValue,
  isActiveMostOfPeriod,
  isNa,
  meanOfTotals,
  meanValue,
  medianValue,
  perWeekValue,
  ratioValue,
  sumValue,
  workingWeeks,
} from './metric-value.js';

describe('ratioValue', () => {
  it('is a fraction 0..1 with numerator and denominator kept', () => {
    expect(ratioValue(4, 5, 5)).toEqual({
      value: 0.8,
      numerator: 4,
      denominator: 5,
      naReason: null,
    });
    expect(ratioValue(0, 8, 5)).toEqual({ value: 0, numerator: 0, denominator: 8, naReason: null });
    expect(ratioValue(8, 8, 5).value).toBe(1);
  });

  it('is N/A below min_sample, keeping the counts for the explanation', () => {
    expect(ratioValue(3, 4, 5)).toEqual({
      value: null,
      numerator: 3,
      denominator: 4,
      naReason: 'below_min_sample',
    });
    expect(isNa(ratioValue(3, 4, 5))).toBe(true);
  });

  it('counts exactly min_sample as enough', () => {
    expect(ratioValue(1, 5, 5).value).toBe(0.2);
  });

  it('is N/A (no_items), never 0, for 0/0 with min_sample 0', () => {
    expect(ratioValue(0, 0, 0)).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      naReason: 'no_items',
    });
  });

  it('is N/A below the default min_sample of 5 for 0/0', () => {
    expect(DEFAULT_MIN_SAMPLE).toBe(5);
    expect(ratioValue(0, 0, DEFAULT_MIN_SAMPLE).naReason).toBe('below_min_sample');
  });

  it('rejects impossible inputs', () => {
    expect(() => ratioValue(6, 5, 5)).toThrow(RangeError);
    expect(() => ratioValue(-1, 5, 5)).toThrow(RangeError);
    expect(() => ratioValue(1.5, 5, 5)).toThrow(RangeError);
    expect(() => ratioValue(1, Number.NaN, 5)).toThrow(RangeError);
    expect(() => ratioValue(1, 5, -1)).toThrow(RangeError);
    expect(() => ratioValue(1, 5, 2.5)).toThrow(RangeError);
  });
});

describe('meanValue', () => {
  it('is sum / count', () => {
    // deal cycles 10, 20, 30, 40, 51 days: sum 151, mean 30.2
    expect(meanValue([10, 20, 30, 40, 51], 5)).toEqual({
      value: 30.2,
      numerator: 151,
      denominator: 5,
      naReason: null,
    });
  });

  it('is N/A below min_sample', () => {
    expect(meanValue([10, 20], 5)).toEqual({
      value: null,
      numerator: 30,
      denominator: 2,
      naReason: 'below_min_sample',
    });
  });

  it('is N/A (no_items) with no items and min_sample 0', () => {
    expect(meanValue([], 0).naReason).toBe('no_items');
  });

  it('accepts a single item when min_sample is 1', () => {
    expect(meanValue([4], 1).value).toBe(4);
  });

  it('rejects non-finite items', () => {
    expect(() => meanValue([1, Number.POSITIVE_INFINITY], 0)).toThrow(RangeError);
  });
});

describe('medianValue', () => {
  it('takes the middle value of an odd count, whatever the input order', () => {
    expect(medianValue([9, 1, 5, 3, 7], 5)).toEqual({
      value: 5,
      numerator: null,
      denominator: 5,
      naReason: null,
    });
  });

  it('takes the mean of the two middle values of an even count', () => {
    // sorted 2, 4, 6, 10, 12, 30 → (6 + 10) / 2 = 8
    expect(medianValue([30, 2, 12, 6, 10, 4], 5).value).toBe(8);
    expect(medianValue([1, 2], 1).value).toBe(1.5);
  });

  it('does not mutate its input', () => {
    const items = [3, 1, 2];
    medianValue(items, 1);
    expect(items).toEqual([3, 1, 2]);
  });

  it('is N/A below min_sample and with no items', () => {
    expect(medianValue([1, 2, 3, 4], 5).naReason).toBe('below_min_sample');
    expect(medianValue([], 0).naReason).toBe('no_items');
  });

  it('handles a single item', () => {
    expect(medianValue([42], 1).value).toBe(42);
  });
});

describe('workingWeeks', () => {
  it('is active days / 7', () => {
    expect(workingWeeks(91)).toBe(13);
    expect(workingWeeks(14)).toBe(2);
    expect(workingWeeks(0)).toBe(0);
    expect(workingWeeks(3.5 * 2)).toBe(1);
  });

  it('rejects fractional or negative days', () => {
    expect(() => workingWeeks(-1)).toThrow(RangeError);
    expect(() => workingWeeks(1.5)).toThrow(RangeError);
  });
});

describe('isActiveMostOfPeriod', () => {
  it('is true from exactly half of the days', () => {
    expect(isActiveMostOfPeriod({ activeDays: 15, periodDays: 30 })).toBe(true);
    expect(isActiveMostOfPeriod({ activeDays: 16, periodDays: 31 })).toBe(true);
    expect(isActiveMostOfPeriod({ activeDays: 15, periodDays: 31 })).toBe(false);
    expect(isActiveMostOfPeriod({ activeDays: 0, periodDays: 30 })).toBe(false);
  });

  it('rejects impossible coverage', () => {
    expect(() => isActiveMostOfPeriod({ activeDays: 31, periodDays: 30 })).toThrow(RangeError);
    expect(() => isActiveMostOfPeriod({ activeDays: 0, periodDays: 0 })).toThrow(RangeError);
  });
});

describe('countValue / sumValue / perWeekValue', () => {
  const full = { activeDays: 91, periodDays: 91 };
  const half = { activeDays: 46, periodDays: 91 };
  const little = { activeDays: 45, periodDays: 91 };

  it('zero is a real count, not N/A', () => {
    expect(countValue(0, full)).toEqual({
      value: 0,
      numerator: 0,
      denominator: null,
      naReason: null,
    });
  });

  it('a count is N/A for a user active on fewer than half of the days', () => {
    expect(countValue(12, little)).toEqual({
      value: null,
      numerator: 12,
      denominator: null,
      naReason: 'inactive_most_of_period',
    });
    expect(countValue(12, half).value).toBe(12);
  });

  it('a sum keeps cents and may be negative', () => {
    expect(sumValue(30_000_000, full).value).toBe(30_000_000);
    expect(sumValue(-500, full).value).toBe(-500);
    expect(sumValue(100, little).naReason).toBe('inactive_most_of_period');
    expect(() => sumValue(Number.NaN, full)).toThrow(RangeError);
  });

  it('per week divides by the working weeks of the active days', () => {
    // 91 days = 13 weeks, 130 activities → 10 a week
    expect(perWeekValue(130, full)).toEqual({
      value: 10,
      numerator: 130,
      denominator: 13,
      naReason: null,
    });
    // a newcomer active 49 of 91 days = 7 weeks, 70 activities → 10 a week
    expect(perWeekValue(70, { activeDays: 49, periodDays: 91 }).value).toBe(10);
  });

  it('per week is N/A for a user active on fewer than half of the days', () => {
    const v = perWeekValue(70, little);
    expect(v.value).toBeNull();
    expect(v.naReason).toBe('inactive_most_of_period');
    expect(v.denominator).toBeCloseTo(45 / 7, 12);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => countValue(-1, full)).toThrow(RangeError);
    expect(() => perWeekValue(0.5, full)).toThrow(RangeError);
  });
});

describe('meanOfTotals', () => {
  it('divides a database-summed total by its count, with min_sample', () => {
    expect(meanOfTotals(45, 5, 5)).toEqual({
      value: 9,
      numerator: 45,
      denominator: 5,
      naReason: null,
    });
    expect(meanOfTotals(36, 4, 5).naReason).toBe('below_min_sample');
    expect(meanOfTotals(0, 0, 0).naReason).toBe('no_items');
  });
});
