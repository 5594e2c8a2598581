import { orgDay, startOfLocalDay } from '../../domain/time/org-day.js';

export type WorkbenchScope = 'today' | 'overdue' | 'upcoming';

/**
 * The due-time window of a workbench tab, in org-zone days: today is [start of today, start of
 * tomorrow); overdue is everything before today; upcoming is everything from tomorrow on. The
 * three never overlap, so a plan due at 09:00 today stays under "today" all day.
 */
export function workbenchWindow(
  scope: WorkbenchScope,
  now: Date,
  zone: string,
): { from?: string; before?: string } {
  const today = startOfLocalDay(orgDay(now, zone), zone);
  const startToday = today.toUTC().toISO() ?? '';
  const startTomorrow = today.plus({ days: 1 }).toUTC().toISO() ?? '';
  switch (scope) {
    case 'today':
      return { from: startToday, before: startTomorrow };
    case 'overdue':
      return { before: startToday };
    case 'upcoming':
      return { from: startTomorrow };
  }
}
