import { sql, type RawBuilder } from 'kysely';
import { dateParam } from '../../../db/sql-time.js';
import { nextDay, orgDay, startOfOrgDay } from '../../../domain/time/org-day.js';
import type { FactContext, FactRow, FactSumRow, SumBranch } from '../metric-period.js';
import { ts } from './fact-helpers.facts.js';

/** Facts over [from, to) of their time, one row per record (an activity, a plan). */
export type FactRowsIn = (from: RawBuilder<string>, to: RawBuilder<string>) => RawBuilder<FactRow>;

/**
 * Activities recorded in [from, to) that `counts`, each a fact whose numerator is its stored 0/1
 * `num` column, of one.
 */
export function recordedActivityRows(
  num: 'timely' | 'flagged',
  counts: (alias: string) => RawBuilder<boolean>,
): FactRowsIn {
  const rows: FactRowsIn = (from, to) =>
    sql<FactRow>`select a.actor_id as user_id, 'activity' as record_type, a.id as record_id,
        a.recorded_at as at, ${sql.ref(`a.${num}`)} as num, 1 as den
      from activities a where a.recorded_at >= ${from} and a.recorded_at < ${to} and ${counts('a')}`;
  return rows;
}

/** Which stored day totals a metric adds up, and which of their columns as numerator and items. */
export type DayTotals =
  | {
      table: 'activity_day_totals';
      num: 'contacts' | 'timely' | 'flagged';
      items: 'contacts' | 'events' | 'created';
    }
  | { table: 'plan_day_totals'; num: 'executed'; items: 'plans' };

/** Whose totals each table holds. */
const PERSON = { activity_day_totals: 'actor_id', plan_day_totals: 'owner_id' } as const;

/** Day-counted facts: every row for the evidence, and how their sums are read. */
export type DayCountedFacts = { rows: RawBuilder<FactRow>; sums: readonly SumBranch[] };

/**
 * The whole org-zone days of [startIso, endIso): from the first day that starts at or after the
 * start to the day of the end (exclusive; a live period's today is not whole), with the instants
 * the whole days start and end.
 */
export function wholeDaysOf(ctx: FactContext, startIso: string, endIso: string) {
  const start = new Date(startIso);
  const startDay = orgDay(start, ctx.zone);
  const first = startOfOrgDay(startDay, ctx.zone) < start ? nextDay(startDay) : startDay;
  const end = orgDay(new Date(endIso), ctx.zone);
  return {
    first,
    end,
    from: startOfOrgDay(first, ctx.zone).toISOString(),
    to: startOfOrgDay(end, ctx.zone).toISOString(),
  };
}

/**
 * A day-counted metric's facts over P, summed from the stored day totals (of activities:
 * src/db/activity-day-totals.ts; of plans: src/db/plan-day-totals.ts) for P's whole days and from
 * the records themselves for the rest of P (a live period's today); the records alone when P
 * holds no whole day or the totals count another zone's days than P's (ctx.dayTotalsZone: none
 * yet, or a cycle scored in the zone the organisation had before). `den` is 1 per item for
 * shares, 0 for counts.
 */
export function dayCountedFacts(
  ctx: FactContext,
  rowsIn: FactRowsIn,
  stored: DayTotals,
  den: 0 | 1,
): DayCountedFacts {
  const from = ts(ctx, ctx.start);
  const to = ts(ctx, ctx.end);
  const rows = rowsIn(from, to);
  const days = wholeDaysOf(ctx, ctx.start, ctx.end);
  if (ctx.dayTotalsZone !== ctx.zone || days.first >= days.end) return { rows, sums: [rows] };
  const person = sql.ref(`t.${PERSON[stored.table]}`);
  const num = sql.ref(`t.${stored.num}`);
  const items = sql.ref(`t.${stored.items}`);
  const totals = sql<FactSumRow>`select ${person} as user_id, ${num} as num, ${den === 1 ? items : sql`0`} as den,
      ${items} as items
    from ${sql.table(stored.table)} t
    where t.day >= ${dateParam(ctx.dialect, days.first)} and t.day < ${dateParam(ctx.dialect, days.end)}`;
  // The rest of P before its first whole day and after its last: none when P starts and ends at
  // midnight (a closed period), and then no query either.
  const rest = [
    ...(days.from > ctx.start ? [rowsIn(from, ts(ctx, days.from))] : []),
    ...(days.to < ctx.end ? [rowsIn(ts(ctx, days.to), to)] : []),
  ];
  return { rows, sums: [{ totals }, ...rest] };
}
