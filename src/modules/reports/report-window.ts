import { nextDay, orgDay, startOfOrgDay } from '../../domain/time/org-day.js';
import { periodBounds, periodContaining, type Period } from '../../domain/time/period.js';
import { now } from '../../platform/clock.js';
import type { ReportWindow } from './reports.repository.js';
import type { ReportQuery } from './reports.schema.js';

const lastDayOf = (period: Period, zone: string) =>
  orgDay(new Date(period.end.getTime() - 1), zone);

/**
 * The report's period as inclusive days and as instants: the days asked for; a missing end is
 * the last day of the start's month, a missing start the first day of the end's month, neither
 * the current month (METRICS.md "Reports").
 */
export function reportWindow(query: ReportQuery, zone: string): ReportWindow & { period: Period } {
  let firstDay = query.from;
  let lastDay = query.to;
  if (firstDay === undefined && lastDay === undefined) {
    const month = periodContaining(now(), 'month', zone);
    firstDay = orgDay(month.start, zone);
    lastDay = lastDayOf(month, zone);
  } else if (firstDay === undefined) {
    firstDay = orgDay(periodBounds('month', lastDay as string, zone).start, zone);
  } else if (lastDay === undefined) {
    lastDay = lastDayOf(periodBounds('month', firstDay, zone), zone);
  }
  const to = lastDay as string;
  const period = { start: startOfOrgDay(firstDay, zone), end: startOfOrgDay(nextDay(to), zone) };
  return {
    firstDay,
    lastDay: to,
    from: period.start.toISOString(),
    before: period.end.toISOString(),
    period,
  };
}
