import { describe, it, expect } from 'vitest';
import {
  orgWeek,
  DEFAULT_ORG_ZONE,
  assertZone,
  dayOrdinal,
  nextDay,
  orgDay,
  orgDayRemembered,
  startOfLocalDay,
  startOfOrgDay,
} from './org-day.js';

describe('orgDay', () => {
  it('defaults to Asia/Shanghai (UTC+8)', () => {
    expect(DEFAULT_ORG_ZONE).toBe('Asia/Shanghai');
    // 2025-03-31T15:59:59Z is 23:59:59 on 31 March in Shanghai
    expect(orgDay(new Date('2025-03-31T15:59:59Z'))).toBe('2025-03-31');
    // 16:00Z is 00:00 on 1 April in Shanghai
    expect(orgDay(new Date('2025-03-31T16:00:00Z'))).toBe('2025-04-01');
  });

  it('follows the given zone', () => {
    expect(orgDay(new Date('2025-03-31T16:00:00Z'), 'UTC')).toBe('2025-03-31');
    expect(orgDay(new Date('2025-07-01T03:00:00Z'), 'America/New_York')).toBe('2025-06-30');
  });

  it('rejects an unknown zone', () => {
    expect(() => orgDay(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => assertZone('Nowhere')).toThrow(RangeError);
  });
});

describe('orgDayRemembered', () => {
  /** Instants every 17 minutes over the three days around `middle`, in time order. */
  const around = (middle: string) =>
    Array.from(
      { length: Math.floor((3 * 24 * 60) / 17) },
      (_, i) => new Date(Date.parse(middle) + (i * 17 - 36 * 60) * 60_000),
    );

  it.each([
    ['Asia/Shanghai', '2026-03-31T16:00:00Z'],
    // New York's autumn day has 25 hours, its spring day 23.
    ['America/New_York', '2025-11-02T06:00:00Z'],
    ['America/New_York', '2025-03-09T07:00:00Z'],
    // In Santiago the clocks go from 23:59:59 to 01:00: that day has no midnight.
    ['America/Santiago', '2025-09-07T04:00:00Z'],
  ])('agrees with orgDay in %s around %s, forwards and backwards', (zone, middle) => {
    const instants = around(middle);
    for (const order of [instants, [...instants].reverse()]) {
      const remembered = orgDayRemembered(zone);
      expect(order.map(remembered)).toEqual(order.map((at) => orgDay(at, zone)));
    }
  });

  it('rejects an unknown zone and an invalid instant', () => {
    expect(() => orgDayRemembered('Mars/Olympus')(new Date(0))).toThrow(RangeError);
    expect(() => orgDayRemembered('UTC')(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('orgWeek', () => {
  it('is the ISO week of the org-zone day, Monday to Sunday', () => {
    // Wednesday 18 November 2026 is in week 47.
    expect(orgWeek(new Date('2026-11-18T02:00:00Z'), 'Asia/Shanghai')).toBe('2026-W47');
    // 23:30 UTC on Sunday 22 November is already Monday 23 November in Shanghai: week 48.
    expect(orgWeek(new Date('2026-11-22T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-W48');
    expect(orgWeek(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('2026-W47');
  });

  it('takes the week-numbering year at the turn of the year', () => {
    // Friday 1 January 2027 still belongs to 2026's week 53; Thursday 31 December 2026 too.
    expect(orgWeek(new Date('2027-01-01T04:00:00Z'), 'Asia/Shanghai')).toBe('2026-W53');
    // Monday 4 January 2027 starts week 1 of 2027.
    expect(orgWeek(new Date('2027-01-04T04:00:00Z'), 'Asia/Shanghai')).toBe('2027-W01');
  });
});

describe('startOfOrgDay', () => {
  it('is local midnight as a UTC instant', () => {
    expect(startOfOrgDay('2025-04-01').toISOString()).toBe('2025-03-31T16:00:00.000Z');
    expect(startOfOrgDay('2025-04-01', 'UTC').toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(startOfLocalDay('2025-04-01').zoneName).toBe('Asia/Shanghai');
  });

  it('rejects malformed or impossible days', () => {
    expect(() => startOfOrgDay('2025-02-30')).toThrow(RangeError);
    expect(() => startOfOrgDay('2025-4-1')).toThrow(RangeError);
    expect(() => startOfOrgDay('2025-04-01T00:00')).toThrow(RangeError);
  });
});

describe('dayOrdinal', () => {
  it('counts calendar days', () => {
    expect(dayOrdinal('1970-01-01')).toBe(0);
    expect(dayOrdinal('1970-01-02')).toBe(1);
    expect(dayOrdinal('2024-03-01') - dayOrdinal('2024-02-01')).toBe(29);
    expect(dayOrdinal('2025-03-01') - dayOrdinal('2025-02-01')).toBe(28);
  });

  it('rejects bad days', () => {
    expect(() => dayOrdinal('2025-13-01')).toThrow(RangeError);
    expect(() => dayOrdinal('yesterday')).toThrow(RangeError);
    expect(() => dayOrdinal('2025-02-29')).toThrow(RangeError);
    expect(() => dayOrdinal('2025-04-31')).toThrow(RangeError);
    expect(() => dayOrdinal('2025-01-00')).toThrow(RangeError);
    expect(dayOrdinal('2024-02-29') - dayOrdinal('2024-02-28')).toBe(1);
  });
});

describe('nextDay', () => {
  it('crosses month, leap-day and year ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
