import { DateTime } from 'luxon';
import { assertZone, dayOrdinal, type LocalDay } from './org-day.js';
import type { Period } from './period.js';

/**
 * Working days (Monday to Friday in the org zone; no holiday calendar yet) in [from, to) on which
 * a person is active (joined_on inclusive, left_on exclusive; null = no limit), each day counted
 * by the share of it that lies in [from, to): a whole weekday is 1, the morning of one is less.
 */
export function workingDaysBetween(
  from: Date,
  to: Date,
  zone: string,
  joinedOn: LocalDay | null = null,
  leftOn: LocalDay | null = null,
): number {
  assertZone(zone);
  if (to.getTime() <= from.getTime()) return 0;
  // Only the first and the last day can be partly outside [from, to): the zone is asked about
  // those two; the days between are whole and are walked as day ordinals (a live scorecard asks
  // for a quarter's working days several times: parsing a date per day cost it ~2 ms).
  const firstDay = DateTime.fromJSDate(from, { zone }).startOf('day');
  const lastDay = DateTime.fromJSDate(new Date(to.getTime() - 1), { zone }).startOf('day');
  const shareOf = (day: DateTime) => {
    const next = day.plus({ days: 1 }).startOf('day');
    const inside =
      Math.min(next.toMillis(), to.getTime()) - Math.max(day.toMillis(), from.getTime());
    return Math.max(0, inside) / (next.toMillis() - day.toMillis());
  };
  const first = dayOrdinal(firstDay.toFormat('yyyy-MM-dd'));
  const last = dayOrdinal(lastDay.toFormat('yyyy-MM-dd'));
  const activeFrom = joinedOn === null ? first : Math.max(first, dayOrdinal(joinedOn));
  const activeUntil = leftOn === null ? last + 1 : Math.min(last + 1, dayOrdinal(leftOn));
  let total = 0;
  for (let day = activeFrom; day < activeUntil; day++) {
    if (isWeekend(day)) continue;
    total += day === first ? shareOf(firstDay) : day === last ? shareOf(lastDay) : 1;
  }
  return total;
}

/** Saturday or Sunday, for a day ordinal (days since Thursday 1970-01-01; the same in every zone). */
function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/**
 * How much of a period's working time a person has had by `asOf`: the working days elapsed
 * over the working days of the whole period, both counted on the days the person is active.
 * 1 once the period is over, and for someone with no working day in it.
 */
export function elapsedShare(
  period: Period,
  asOf: Date,
  zone: string,
  joinedOn: LocalDay | null,
  leftOn: LocalDay | null,
): number {
  if (asOf.getTime() >= period.end.getTime()) return 1;
  const whole = workingDaysBetween(period.start, period.end, zone, joinedOn, leftOn);
  if (whole === 0) return 1;
  const elapsed = workingDaysBetween(period.start, asOf, zone, joinedOn, leftOn);
  return Math.min(1, elapsed / whole);
}
