import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { periodBounds } from './period.js';
import { elapsedShareOf, workingDaysBetween } from './working-time.js';

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

describe('elapsedShareOf', () => {
  it('is the elapsed working time over the month’s working time', () => {
    // First day at noon: 0.5 of 23 working days.
    expect(elapsedShareOf(DECEMBER, at('2026-12-01T12:00:00'), ZONE)(null, null)).toBeCloseTo(
      0.5 / 23,
      12,
    );
    // Mid-month, Wednesday 16 December at midnight: 11 of 23.
    expect(elapsedShareOf(DECEMBER, at('2026-12-16T00:00:00'), ZONE)(null, null)).toBe(11 / 23);
    // Last day, Thursday 31 December at 18:00: 22.75 of 23.
    expect(elapsedShareOf(DECEMBER, at('2026-12-31T18:00:00'), ZONE)(null, null)).toBe(22.75 / 23);
  });

  it('is 1 once the period is over', () => {
    expect(elapsedShareOf(DECEMBER, DECEMBER.end, ZONE)(null, null)).toBe(1);
    expect(elapsedShareOf(DECEMBER, at('2027-01-05T10:00:00'), ZONE)(null, null)).toBe(1);
  });

  it('measures a person who joined mid-period on their own working days', () => {
    // Joined Monday 14 December (14 working days left in the month: 14–18, 21–25, 28–31); on Wednesday 16 December
    // at midnight they have had 2 of them.
    expect(elapsedShareOf(DECEMBER, at('2026-12-16T00:00:00'), ZONE)('2026-12-14', null)).toBe(
      2 / 14,
    );
    // Someone who joins after the period has no working day in it: nothing to pro-rate.
    expect(elapsedShareOf(DECEMBER, at('2026-12-16T00:00:00'), ZONE)('2027-01-04', null)).toBe(1);
  });
});

/**
 * The definition, day by day: every org-zone day that meets [from, to), counted by the share of
 * it inside, when it is a weekday on which the person is active.
 */
function workingDaysByDefinition(
  from: Date,
  to: Date,
  zone: string,
  joinedOn: string | null,
  leftOn: string | null,
): number {
  let total = 0;
  for (
    let day = DateTime.fromJSDate(from, { zone }).startOf('day');
    day.toMillis() < to.getTime();
    day = day.plus({ days: 1 }).startOf('day')
  ) {
    const next = day.plus({ days: 1 }).startOf('day');
    const local = day.toFormat('yyyy-MM-dd');
    const active = (joinedOn === null || local >= joinedOn) && (leftOn === null || local < leftOn);
    if (day.weekday > 5 || !active) continue;
    const inside =
      Math.min(next.toMillis(), to.getTime()) - Math.max(day.toMillis(), from.getTime());
    total += Math.max(0, inside) / (next.toMillis() - day.toMillis());
  }
  return total;
}

describe('workingDaysBetween against its definition', () => {
  // Zones with and without daylight saving (Berlin and New York change at different dates, Lord
  // Howe by half an hour), around 2026's changes.
  const zoneArb = fc.constantFrom(
    'Asia/Shanghai',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'UTC',
  );
  const instantArb = fc
    .integer({ min: Date.parse('2026-02-20T00:00:00Z'), max: Date.parse('2026-11-20T00:00:00Z') })
    .map((ms) => new Date(ms));
  const dayArb = fc.option(
    instantArb.map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  );

  it('gives the day-by-day count for any interval, zone and active dates', () => {
    fc.assert(
      fc.property(instantArb, instantArb, zoneArb, dayArb, dayArb, (a, b, zone, joined, left) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(workingDaysBetween(from, to, zone, joined, left)).toBeCloseTo(
          workingDaysByDefinition(from, to, zone, joined, left),
          9,
        );
      }),
      { numRuns: 300, seed: 20261203 },
    );
    // The definition walks up to nine months day by day with Luxon for each of the 300 cases:
    // about 3 s on an idle machine, past the unit default of 5 s beside CI's browser suites.
  }, 60_000);
});
