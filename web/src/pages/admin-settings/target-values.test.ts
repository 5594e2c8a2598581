import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { periodBounds, toEntered, toStored } from './target-values';

describe('target periods and units', () => {
  it('finds the month and the quarter holding a day', () => {
    expect(periodBounds('month', dayjs('2026-11-15'))).toEqual({
      start: '2026-11-01',
      end: '2026-11-30',
    });
    expect(periodBounds('quarter', dayjs('2026-11-15'))).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(periodBounds('quarter', dayjs('2026-02-28'))).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });

  it('enters percentages and yuan, stores fractions and cents', () => {
    expect(toStored('percent', 80)).toBe(0.8);
    expect(toEntered('percent', 0.07)).toBe(7);
    expect(toStored('money', 1234.5)).toBe(123450);
    expect(toEntered('money', 123450)).toBe(1234.5);
    expect(toStored('per_week', 12)).toBe(12);
  });
});
