import { DateTime } from 'luxon';
import { DEFAULT_ORG_ZONE, assertZone, startOfLocalDay, type LocalDay } from './org-day.js';

export type CalendarPeriodKind = 'month' | 'quarter' | 'year';
export type PeriodKind = CalendarPeriodKind | 'custom';

const ONE = {
  month: { months: 1 },
  quarter: { quarters: 1 },
  year: { years: 1 },
} as const;

/** Half-open [start, end) between two UTC instants, each an org-zone midnight. */
export type Period = { start: Date; end: Date };

/** A custom period named by its first and last day, both inclusive, as a person picks them. */
export type CustomRange = { firstDay: LocalDay; lastDay: LocalDay };

/**
 * Bounds of the calendar month/quarter/year containing `anchor` (an instant, or a local day), or
 * of a custom range of whole days, computed at midnight in the org zone and returned as UTC
 * instants. Quarters are calendar quarters (Q1 = January–March).
 */
export function periodBounds(
  kind: CalendarPeriodKind,
  anchor: Date | LocalDay,
  zone?: string,
): Period;
export function periodBounds(kind: 'custom', anchor: CustomRange, zone?: string): Period;
export function periodBounds(
  kind: PeriodKind,
  anchor: Date | LocalDay | CustomRange,
  zone: string = DEFAULT_ORG_ZONE,
): Period {
  assertZone(zone);
  if (kind === 'custom') {
    if (typeof anchor === 'string' || anchor instanceof Date) {
      throw new TypeError('a custom period needs { firstDay, lastDay }');
    }
    const start = startOfLocalDay(anchor.firstDay, zone);
    const end = startOfLocalDay(anchor.lastDay, zone).plus({ days: 1 }).startOf('day');
    if (end <= start) throw new RangeError('lastDay must not be before firstDay');
    return { start: start.toJSDate(), end: end.toJSDate() };
  }
  let local: DateTime;
  if (typeof anchor === 'string') local = startOfLocalDay(anchor, zone);
  else if (anchor instanceof Date) local = DateTime.fromJSDate(anchor, { zone });
  else throw new TypeError(`a ${kind} period is anchored by an instant or a day`);
  if (!local.isValid) throw new RangeError('invalid anchor');
  const start = local.startOf(kind);
  const end = start.plus(ONE[kind]).startOf(kind);
  return { start: start.toJSDate(), end: end.toJSDate() };
}

/** The calendar period of the given kind that contains the instant. */
export function periodContaining(
  instant: Date,
  kind: CalendarPeriodKind,
  zone: string = DEFAULT_ORG_ZONE,
): Period {
  return periodBounds(kind, instant, zone);
}

/** start ≤ instant < end. */
export function isInPeriod(instant: Date, period: Period): boolean {
  const t = instant.getTime();
  return t >= period.start.getTime() && t < period.end.getTime();
}
