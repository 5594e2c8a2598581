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
  return workingDaysOf(spanOf(from, to, zone), joinedOn, leftOn);
}

/** [from, to) as org-zone days: the first and last by ordinal, with the share of each inside. */
type DaySpan = { first: number; last: number; firstShare: number; lastShare: number } | null;

function spanOf(from: Date, to: Date, zone: string): DaySpan {
  assertZone(zone);
  if (to.getTime() <= from.getTime()) return null;
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
  return {
    first: dayOrdinal(firstDay.toFormat('yyyy-MM-dd')),
    last: dayOrdinal(lastDay.toFormat('yyyy-MM-dd')),
    firstShare: shareOf(firstDay),
    lastShare: shareOf(lastDay),
  };
}

function workingDaysOf(span: DaySpan, joinedOn: LocalDay | null, leftOn: LocalDay | null): number {
  if (span === null) return 0;
  const { first, last } = span;
  const activeFrom = joinedOn === null ? first : Math.max(first, dayOrdinal(joinedOn));
  const activeUntil = leftOn === null ? last + 1 : Math.min(last + 1, dayOrdinal(leftOn));
  let total = 0;
  for (let day = activeFrom; day < activeUntil; day++) {
    if (isWeekend(day)) continue;
    total += day === first ? span.firstShare : day === last ? span.lastShare : 1;
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
 * 1 once the period is over, and for someone with no working day in it. The zone is asked once
 * for everyone (a team's scorecards ask for hundreds of people).
 */
export function elapsedShareOf(
  period: Period,
  asOf: Date,
  zone: string,
): (joinedOn: LocalDay | null, leftOn: LocalDay | null) => number {
  if (asOf.getTime() >= period.end.getTime()) return () => 1;
  const whole = spanOf(period.start, period.end, zone);
  const elapsed = spanOf(period.start, asOf, zone);
  return (joinedOn, leftOn) => {
    const wholeDays = workingDaysOf(whole, joinedOn, leftOn);
    if (wholeDays === 0) return 1;
    return Math.min(1, workingDaysOf(elapsed, joinedOn, leftOn) / wholeDays);
  };
}
