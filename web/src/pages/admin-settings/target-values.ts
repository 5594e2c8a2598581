import type { Dayjs } from 'dayjs';
import type { TargetPeriod } from '../../api/admin-settings-api';

const DAY = 'YYYY-MM-DD';

/** First and last calendar day of the month or quarter that holds `day`. */
export function periodBounds(period: TargetPeriod, day: Dayjs): { start: string; end: string } {
  const first =
    period === 'month'
      ? day.startOf('month')
      : day.startOf('month').month(Math.floor(day.month() / 3) * 3);
  const last = first.add(period === 'month' ? 1 : 3, 'month').subtract(1, 'day');
  return { start: first.format(DAY), end: last.format(DAY) };
}

/**
 * Targets are stored in the metric's own unit: ratios as fractions, money as cents. People enter
 * percentages (80 for 80 %) and yuan; these convert between the two.
 */
export function toEntered(unit: string | undefined, stored: number): number {
  if (unit === 'percent') return round(stored * 100, 4);
  if (unit === 'money') return round(stored / 100, 2);
  return stored;
}

export function toStored(unit: string | undefined, entered: number): number {
  if (unit === 'percent') return round(entered / 100, 6);
  if (unit === 'money') return Math.round(entered * 100);
  return entered;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
