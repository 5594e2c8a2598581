import { describe, it, expect } from 'vitest';
import { activeDaysInPeriod, daysInPeriod } from './active-days.js';
import { periodBounds } from './period.js';

const q2 = periodBounds('quarter', '2025-04-01'); // 1 April – 30 June 2025: 30 + 31 + 30 = 91 days
const feb2024 = periodBounds('month', '2024-02-01');

describe('daysInPeriod', () => {
  it('counts the calendar days of the period', () => {
    expect(daysInPeriod(q2)).toBe(91);
    expect(daysInPeriod(feb2024)).toBe(29);
    expect(daysInPeriod(periodBounds('year', '2024-01-01'))).toBe(366);
    expect(
      daysInPeriod(periodBounds('custom', { firstDay: '2025-03-10', lastDay: '2025-03-16' })),
    ).toBe(7);
  });

  it('counts 31 days for March in a zone with a DST change', () => {
    expect(
      daysInPeriod(periodBounds('month', '2025-03-01', 'America/New_York'), 'America/New_York'),
    ).toBe(31);
  });

  it('counts only days whose midnight is in a period not aligned to midnight', () => {
    // 2025-04-01 12:00 local → 2025-04-04 12:00 local: midnights of 2, 3 and 4 April
    const odd = { start: new Date('2025-04-01T04:00:00Z'), end: new Date('2025-04-04T04:00:00Z') };
    expect(daysInPeriod(odd)).toBe(3);
  });
});

describe('activeDaysInPeriod', () => {
  it('is every day for someone there all along', () => {
    expect(activeDaysInPeriod(q2, null, null)).toBe(91);
    expect(activeDaysInPeriod(q2, '2020-01-01', null)).toBe(91);
    expect(activeDaysInPeriod(q2, '2020-01-01', '2026-01-01')).toBe(91);
  });

  it('counts a newcomer from the joining day, inclusive', () => {
    // joined 16 May: 16–31 May = 16 days, June = 30 → 46 days of 91
    expect(activeDaysInPeriod(q2, '2025-05-16', null)).toBe(46);
    // joined on the first day: all 91; on the last day: 1
    expect(activeDaysInPeriod(q2, '2025-04-01', null)).toBe(91);
    expect(activeDaysInPeriod(q2, '2025-06-30', null)).toBe(1);
  });

  it('does not count the leaving day', () => {
    // left 16 May: 1 April – 15 May = 30 + 15 = 45 days
    expect(activeDaysInPeriod(q2, null, '2025-05-16')).toBe(45);
    expect(activeDaysInPeriod(q2, null, '2025-04-01')).toBe(0);
    expect(activeDaysInPeriod(q2, null, '2025-07-01')).toBe(91);
  });

  it('combines joining and leaving inside the period', () => {
    // 10 April (inclusive) to 20 April (exclusive) = 10 days
    expect(activeDaysInPeriod(q2, '2025-04-10', '2025-04-20')).toBe(10);
  });

  it('is 0 for someone who joined after or left before the period', () => {
    expect(activeDaysInPeriod(q2, '2025-07-01', null)).toBe(0);
    expect(activeDaysInPeriod(q2, null, '2025-03-01')).toBe(0);
    expect(activeDaysInPeriod(q2, '2025-05-01', '2025-04-01')).toBe(0);
  });

  it('rejects malformed days', () => {
    expect(() => activeDaysInPeriod(q2, '16/05/2025', null)).toThrow(RangeError);
  });
});
