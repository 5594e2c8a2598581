import { DateTime } from 'luxon';
import { DEFAULT_ORG_ZONE, assertZone, dayOrdinal, type LocalDay } from './org-day.js';
import type { Period } from './period.js';

/**
 * The org-zone days of a period, as [first, endExclusive) day ordinals. A day belongs to the
 * period when its local midnight lies in [start, end); for periods from periodBounds (which start
 * and end at midnight) these are exactly the calendar days of the period.
 */
function dayRange(period: Period, zone: string): { first: number; endExclusive: number } {
  assertZone(zone);
  const firstMidnightFrom = (instant: Date): number => {
    const local = DateTime.fromJSDate(instant, { zone });
    const midnight = local.startOf('day');
    const day = dayOrdinal(midnight.toFormat('yyyy-MM-dd'));
    return midnight.toMillis() < local.toMillis() ? day + 1 : day;
  };
  const first = firstMidnightFrom(period.start);
  const endExclusive = Math.max(first, firstMidnightFrom(period.end));
  return { first, endExclusive };
}

/** Number of org-zone calendar days in the period (91 for 2025 Q2, 29 for February 2024). */
export function daysInPeriod(period: Period, zone: string = DEFAULT_ORG_ZONE): number {
  const { first, endExclusive } = dayRange(period, zone);
  return endExclusive - first;
}

/**
 * Days of the period on which the user was active: joined and not yet left. joined_on is
 * inclusive (the first day at work counts) and left_on is exclusive (the day they left is not a
 * working day for the CRM: the account is closed that day). null joinedOn = joined before the
 * period; null leftOn = still here. A newcomer who joined half-way is measured on their half.
 */
export function activeDaysInPeriod(
  period: Period,
  joinedOn: LocalDay | null,
  leftOn: LocalDay | null,
  zone: string = DEFAULT_ORG_ZONE,
): number {
  const { first, endExclusive } = dayRange(period, zone);
  const from = joinedOn === null ? first : Math.max(first, dayOrdinal(joinedOn));
  const until = leftOn === null ? endExclusive : Math.min(endExclusive, dayOrdinal(leftOn));
  return Math.max(0, until - from);
}
