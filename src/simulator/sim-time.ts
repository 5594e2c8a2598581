import { orgDay } from '../domain/time/org-day.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const SECOND = 1000;

/** Storage form of every timestamp: `Date#toISOString()` (milliseconds and Z). */
export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The simulated company works in Asia/Shanghai (UTC+8 all year, no daylight saving), so a local
 * clock time is a fixed offset from UTC. Days are counted from the Unix epoch in local time.
 */
export const ZONE_OFFSET_MS = 8 * HOUR;

/** UTC instant of local midnight of local day number `day`. */
export const localMidnight = (day: number): number => day * DAY - ZONE_OFFSET_MS;

/** Local day number of an instant. */
export const localDayOf = (ms: number): number => Math.floor((ms + ZONE_OFFSET_MS) / DAY);

/** 'YYYY-MM-DD' of a local day number. */
export const dateOfDay = (day: number): string => iso(day * DAY).slice(0, 10);

/** Local day number of a 'YYYY-MM-DD' date. */
export const dayOfDate = (date: string): number =>
  Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/** Saturday or Sunday (1970-01-01 was a Thursday). */
export const isWeekend = (day: number): boolean => {
  const weekday = (day + 4) % 7;
  return weekday === 0 || weekday === 6;
};

/** 'YYYY-MM-DD' twelve months before a date (clamped at month end: 03-31 → 02-28/29). */
export function twelveMonthsBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new RangeError(date);
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

const dayCache = new Map<number, string>();

/**
 * The org-zone day of an instant through the domain's own `orgDay` (what the usage recorder
 * stores), memoised per quarter hour since every zone offset is a multiple of 15 minutes.
 */
export function orgDayOf(ms: number): string {
  const bucket = Math.floor(ms / (15 * MINUTE));
  let day = dayCache.get(bucket);
  if (day === undefined) {
    if (dayCache.size > 100_000) dayCache.clear();
    day = orgDay(new Date(bucket * 15 * MINUTE));
    dayCache.set(bucket, day);
  }
  return day;
}
