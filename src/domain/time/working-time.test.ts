import { describe, expect, it } from 'vitest';
import { periodBounds } from './period.js';
import { elapsedShare, workingDaysBetween } from './working-time.js';

const ZONE = 'Asia/Shanghai';
// December 2026: 1 December is a Tuesday; 23 weekdays (1–4, 7–11, 14–18, 21–25, 28–31).
const DECEMBER = periodBounds('month', '2026-12-01', ZONE);
const at = (local: string) => new Date(`${local}+08:00`);

describe('workingDaysBetween', () => {
  it('counts the weekdays of a whole month', () => {
    expect(workingDaysBetween(DECEMBER.start, DECEMBER.end, ZONE)).toBe(23);
  });

  it('counts part of a day by the share of it elapsed, and weekends not at all', () => {
    // Tuesday 1 December 06:00: a quarter of one working day.
    expect(workingDaysBetween(DECEMBER.start, at('2026-12-01T06:00:00'), ZONE)).toBe(0.25);
    // Saturday 5 December 18:00: Tuesday to Friday are whole, Saturday does not count.
    expect(workingDaysBetween(DECEMBER.start, at('2026-12-05T18:00:00'), ZONE)).toBe(4);
  });

  it('counts only the days a person is active', () => {
    // Joined Monday 14 December, left Monday 28 December (exclusive): 14–18 and 21–25.
    expect(workingDaysBetween(DECEMBER.start, DECEMBER.end, ZONE, '2026-12-14', '2026-12-28')).toBe(
      10,
    );
  });

  it('counts a day of 23 hours by its own length across a daylight-saving switch', () => {
    // Berlin, Sunday 29 March 2026 has 23 hours; Monday 30 March at 06:00 is a quarter day.
    const from = new Date('2026-03-28T23:00:00Z'); // Sunday 00:00 CET
    const to = new Date('2026-03-30T04:00:00Z'); // Monday 06:00 CEST
    expect(workingDaysBetween(from, to, 'Europe/Berlin')).toBe(0.25);
  });
});

describe('elapsedShare', () => {
  it('is the elapsed working time over the month’s working time', () => {
    // First day at noon: 0.5 of 23 working days.
    expect(elapsedShare(DECEMBER, at('2026-12-01T12:00:00'), ZONE, null, null)).toBeCloseTo(
      0.5 / 23,
      12,
    );
    // Mid-month, Wednesday 16 December at midnight: 11 of 23.
    expect(elapsedShare(DECEMBER, at('2026-12-16T00:00:00'), ZONE, null, null)).toBe(11 / 23);
    // Last day, Thursday 31 December at 18:00: 22.75 of 23.
    expect(elapsedShare(DECEMBER, at('2026-12-31T18:00:00'), ZONE, null, null)).toBe(22.75 / 23);
  });

  it('is 1 once the period is over', () => {
    expect(elapsedShare(DECEMBER, DECEMBER.end, ZONE, null, null)).toBe(1);
    expect(elapsedShare(DECEMBER, at('2027-01-05T10:00:00'), ZONE, null, null)).toBe(1);
  });

  it('measures a person who joined mid-period on their own working days', () => {
    // Joined Monday 14 December (14 working days left in the month: 14–18, 21–25, 28–31); on Wednesday 16 December
    // at midnight they have had 2 of them.
    expect(elapsedShare(DECEMBER, at('2026-12-16T00:00:00'), ZONE, '2026-12-14', null)).toBe(
      2 / 14,
    );
    // Someone who joins after the period has no working day in it: nothing to pro-rate.
    expect(elapsedShare(DECEMBER, at('2026-12-16T00:00:00'), ZONE, '2027-01-04', null)).toBe(1);
  });
});
