import { sql, type RawBuilder } from 'kysely';
import { dateParam } from '../../../db/sql-time.js';
import { nextDay, orgDay, startOfOrgDay } from '../../../domain/time/org-day.js';
import type { FactContext, FactRow, FactSumRow, SumBranch } from '../metric-period.js';
import { ts } from './fact-helpers.facts.js';

/** Activity facts over [from, to) of their time, one row per activity. */
export type ActivityRowsIn = (
  from: RawBuilder<string>,
  to: RawBuilder<string>,
) => RawBuilder<FactRow>;

/**
 * Activities recorded in [from, to) that `counts`, each a fact whose numerator is its stored 0/1
 * `num` column, of one.
 */
export function recordedActivityRows(
  num: 'timely' | 'flagged',
  counts: (alias: string) => RawBuilder<boolean>,
): ActivityRowsIn {
  const rows: ActivityRowsIn = (from, to) =>
    sql<FactRow>`select a.actor_id as user_id, 'activity' as record_type, a.id as record_id,
        a.recorded_at as at, ${sql.ref(`a.${num}`)} as num, 1 as den
      from activities a where a.recorded_at >= ${from} and a.recorded_at < ${to} and ${counts('a')}`;
  return rows;
}

/** Which columns of activity_day_totals a metric adds up as its numerator and its items. */
export type DayTotalColumns = {
  num: 'contacts' | 'timely' | 'flagged';
  items: 'contacts' | 'events' | 'created';
};

/** Activity facts: every row for the evidence, and how their sums are read. */
export type DayCountedFacts = { rows: RawBuilder<FactRow>; sums: readonly SumBranch[] };

/**
 * P's whole org-zone days: from the first day that starts at or after `start` to the day of `end`
 * (exclusive; a live period's today is not whole), with the instants the whole days start and end.
 */
function wholeDays(ctx: FactContext) {
  const start = new Date(ctx.start);
  const startDay = orgDay(start, ctx.zone);
  const first = startOfOrgDay(startDay, ctx.zone) < start ? nextDay(startDay) : startDay;
  const end = orgDay(new Date(ctx.end), ctx.zone);
  return {
    first,
    end,
    from: startOfOrgDay(first, ctx.zone).toISOString(),
    to: startOfOrgDay(end, ctx.zone).toISOString(),
  };
}

/**
 * An activity metric's facts over P, summed from the stored day totals (src/db/activity-day-totals.ts)
 * for P's whole days and from the activities themselves for the rest of P (a live period's today);
 * the activities alone when P holds no whole day or the totals count another zone's days than P's
 * (ctx.dayTotalsZone: none yet, or a cycle scored in the zone the organisation had before).
 * `den` is 1 per item for shares, 0 for counts.
 */
export function dayCountedFacts(
  ctx: FactContext,
  rowsIn: ActivityRowsIn,
  columns: DayTotalColumns,
  den: 0 | 1,
): DayCountedFacts {
  const from = ts(ctx, ctx.start);
  const to = ts(ctx, ctx.end);
  const rows = rowsIn(from, to);
  const days = wholeDays(ctx);
  if (ctx.dayTotalsZone !== ctx.zone || days.first >= days.end) return { rows, sums: [rows] };
  const num = sql.ref(`t.${columns.num}`);
  const items = sql.ref(`t.${columns.items}`);
  const totals = sql<FactSumRow>`select t.actor_id as user_id, ${num} as num, ${den === 1 ? items : sql`0`} as den,
      ${items} as items
    from activity_day_totals t
    where t.day >= ${dateParam(ctx.dialect, days.first)} and t.day < ${dateParam(ctx.dialect, days.end)}`;
  return {
    rows,
    sums: [{ totals }, rowsIn(from, ts(ctx, days.from)), rowsIn(ts(ctx, days.to), to)],
  };
}
