import { startOfLocalDay } from '../../domain/time/org-day.js';

/**
 * Turns an inclusive range of org-zone calendar days (as list filters take them) into the
 * half-open range of UTC instants [from, before) that timestamps are compared with.
 */
export function dayRangeToInstants(
  fromDay: string | undefined,
  toDay: string | undefined,
  zone: string,
): { from: string | undefined; before: string | undefined } {
  return {
    from: fromDay ? (startOfLocalDay(fromDay, zone).toUTC().toISO() ?? undefined) : undefined,
    before: toDay
      ? (startOfLocalDay(toDay, zone).plus({ days: 1 }).toUTC().toISO() ?? undefined)
      : undefined,
  };
}
