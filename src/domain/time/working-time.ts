import { DateTime } from 'luxon';
import { assertZone, type LocalDay } from './org-day.js';
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
