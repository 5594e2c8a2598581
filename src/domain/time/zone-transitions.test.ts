import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { orgDay } from './org-day.js';
import { zoneTransitions } from './zone-transitions.js';

/** The offset the transitions give an instant: that of the last one at or before it. */
function offsetFrom(transitions: ReturnType<typeof zoneTransitions>, instant: Date): number {
  const iso = instant.toISOString();
  return transitions.filter((t) => t.from <= iso).at(-1)?.offsetMinutes ?? Number.NaN;
}

const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'America/Santiago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Africa/Casablanca',
  'UTC',
];

describe('zone transitions', () => {
  it.each(ZONES)('give %s its offset and local day at every minute around each change', (zone) => {
    const transitions = zoneTransitions(zone);
    for (const { from } of transitions.slice(1)) {
      for (const minutes of [-61, -1, 0, 1, 59, 60 * 24]) {
        const instant = new Date(Date.parse(from) + minutes * 60_000);
        const local = DateTime.fromJSDate(instant, { zone });
        expect(offsetFrom(transitions, instant)).toBe(local.offset);
        const shifted = new Date(instant.getTime() + offsetFrom(transitions, instant) * 60_000);
        expect(shifted.toISOString().slice(0, 10)).toBe(orgDay(instant, zone));
      }
    }
  });

  it.each(ZONES)('give %s its offset at instants spread over 1970–2100', (zone) => {
    const transitions = zoneTransitions(zone);
    const start = Date.UTC(1970, 0, 1);
    const step = (Date.UTC(2100, 11, 31) - start) / 997;
    for (let i = 0; i <= 997; i++) {
      const instant = new Date(start + Math.round(i * step) + (i % 1440) * 60_000);
      expect(offsetFrom(transitions, instant)).toBe(DateTime.fromJSDate(instant, { zone }).offset);
    }
  });

  it('has one offset for a zone without daylight saving since 1970, two a year for New York', () => {
    expect(zoneTransitions('Asia/Kolkata')).toEqual([
      { from: '0001-01-01T00:00:00.000Z', offsetMinutes: 330 },
    ]);
    const newYork = zoneTransitions('America/New_York');
    expect(newYork.filter((t) => t.from.startsWith('2026-'))).toEqual([
      { from: '2026-03-08T07:00:00.000Z', offsetMinutes: -240 },
      { from: '2026-11-01T06:00:00.000Z', offsetMinutes: -300 },
    ]);
  });

  it('refuses an unknown zone', () => {
    expect(() => zoneTransitions('Mars/Olympus')).toThrow(RangeError);
  });
});
