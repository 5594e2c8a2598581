import { describe, it, expect } from 'vitest';
import { isInPeriod, periodBounds, periodContaining } from './period.js';

const iso = (p: { start: Date; end: Date }): [string, string] => [
  p.start.toISOString(),
  p.end.toISOString(),
];

describe('periodBounds in Asia/Shanghai (UTC+8)', () => {
  it('month: local midnights as UTC instants', () => {
    expect(iso(periodBounds('month', '2025-03-15'))).toEqual([
      '2025-02-28T16:00:00.000Z',
      '2025-03-31T16:00:00.000Z',
    ]);
  });

  it('month of February in a leap year', () => {
    expect(iso(periodBounds('month', '2024-02-10'))).toEqual([
      '2024-01-31T16:00:00.000Z',
      '2024-02-29T16:00:00.000Z',
    ]);
  });

  it('quarter: calendar quarters', () => {
    expect(iso(periodBounds('quarter', '2025-05-20'))).toEqual([
      '2025-03-31T16:00:00.000Z',
      '2025-06-30T16:00:00.000Z',
    ]);
    expect(iso(periodBounds('quarter', '2025-12-31'))).toEqual([
      '2025-09-30T16:00:00.000Z',
      '2025-12-31T16:00:00.000Z',
    ]);
  });

  it('year', () => {
    expect(iso(periodBounds('year', '2025-07-01'))).toEqual([
      '2024-12-31T16:00:00.000Z',
      '2025-12-31T16:00:00.000Z',
    ]);
  });

  it('anchored by an instant, uses the local day of that instant', () => {
    // 2025-03-31T17:00Z is 1 April 01:00 in Shanghai → Q2, April
    const instant = new Date('2025-03-31T17:00:00Z');
    expect(iso(periodBounds('month', instant))[0]).toBe('2025-03-31T16:00:00.000Z');
    expect(iso(periodBounds('quarter', instant))[0]).toBe('2025-03-31T16:00:00.000Z');
    // in UTC the same instant is still in March and Q1
    expect(iso(periodBounds('month', instant, 'UTC'))).toEqual([
      '2025-03-01T00:00:00.000Z',
      '2025-04-01T00:00:00.000Z',
    ]);
  });

  it('custom: whole days, first and last day inclusive', () => {
    expect(iso(periodBounds('custom', { firstDay: '2025-03-10', lastDay: '2025-03-16' }))).toEqual([
      '2025-03-09T16:00:00.000Z',
      '2025-03-16T16:00:00.000Z',
    ]);
    expect(iso(periodBounds('custom', { firstDay: '2025-03-10', lastDay: '2025-03-10' }))).toEqual([
      '2025-03-09T16:00:00.000Z',
      '2025-03-10T16:00:00.000Z',
    ]);
  });

  it('rejects a reversed custom range and bad input', () => {
    expect(() => periodBounds('custom', { firstDay: '2025-03-10', lastDay: '2025-03-09' })).toThrow(
      RangeError,
    );
    expect(() => periodBounds('month', '2025-02-30')).toThrow(RangeError);
    expect(() => periodBounds('month', new Date(Number.NaN))).toThrow(RangeError);
    expect(() => periodBounds('month', '2025-03-01', 'Not/AZone')).toThrow(RangeError);
  });
});

describe('periodBounds across a DST change', () => {
  it('month in America/New_York starts and ends at local midnight', () => {
    // March 2025: EST (UTC−5) at the start, EDT (UTC−4) at the end
    expect(iso(periodBounds('month', '2025-03-15', 'America/New_York'))).toEqual([
      '2025-03-01T05:00:00.000Z',
      '2025-04-01T04:00:00.000Z',
    ]);
  });
});

describe('isInPeriod / periodContaining', () => {
  const march = periodBounds('month', '2025-03-01');

  it('23:59 local on the last day of the month is in', () => {
    expect(isInPeriod(new Date('2025-03-31T15:59:00Z'), march)).toBe(true);
    expect(isInPeriod(new Date('2025-03-31T15:59:59.999Z'), march)).toBe(true);
  });

  it('00:00 local on the next day is out', () => {
    expect(isInPeriod(new Date('2025-03-31T16:00:00Z'), march)).toBe(false);
  });

  it('00:00 local on the first day is in; a millisecond earlier is out', () => {
    expect(isInPeriod(new Date('2025-02-28T16:00:00Z'), march)).toBe(true);
    expect(isInPeriod(new Date('2025-02-28T15:59:59.999Z'), march)).toBe(false);
  });

  it('periodContaining finds the period of an instant', () => {
    const at = new Date('2025-03-31T15:59:00Z'); // 23:59 on 31 March local
    expect(iso(periodContaining(at, 'month'))).toEqual(iso(march));
    const next = new Date('2025-03-31T16:00:00Z'); // 00:00 on 1 April local
    expect(iso(periodContaining(next, 'quarter'))).toEqual([
      '2025-03-31T16:00:00.000Z',
      '2025-06-30T16:00:00.000Z',
    ]);
    expect(isInPeriod(next, periodContaining(next, 'year'))).toBe(true);
  });
});
