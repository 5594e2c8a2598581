import { DateTime } from 'luxon';
import type { LocalDay } from '../time/org-day.js';
import { periodBounds, type Period } from '../time/period.js';
import type { BadgeWindow } from './badge-rule.js';

const shift = (day: LocalDay, days: number): LocalDay =>
  DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate() as LocalDay;

/**
 * The period a days or month badge is measured over when evaluated on `today` (an org-zone day):
 * the `d` full days before today, or the previous calendar month. Its occasion names it by its
 * first and last day.
 */
export function badgeWindowPeriod(
  window: Exclude<BadgeWindow, { kind: 'cycles' }>,
  today: LocalDay,
  zone: string,
): { period: Period; occasion: string } {
  const [firstDay, lastDay] =
    window.kind === 'days'
      ? [shift(today, -window.days), shift(today, -1)]
      : [
          `${shift(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`,
          shift(`${today.slice(0, 7)}-01`, -1),
        ];
  return {
    period: periodBounds('custom', { firstDay, lastDay }, zone),
    occasion: `${firstDay}..${lastDay}`,
  };
}
