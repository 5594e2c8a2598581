import { sql, type RawBuilder } from 'kysely';
import { rangeHolding, type PlannerShare } from '../../../db/planner-hints.js';
import { dateParam, dayStartUtc, millisecondsBetween } from '../../../db/sql-time.js';
import { orgDay } from '../../../domain/time/org-day.js';
import type { FactContext } from '../metric-period.js';
import { ts } from './fact-helpers.facts.js';

/** A timestamp column within P = [start, end). */
export function atInPeriod(ctx: FactContext, column: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(column)} >= ${ts(ctx, ctx.start)} and ${sql.ref(column)} < ${ts(ctx, ctx.end)})`;
}

/**
 * A 'YYYY-MM-DD' date column on one of P's org-zone days: firstDay ≤ day < endDay. With `share`,
 * SQLite's planner is told how many rows each bound holds (src/db/planner-hints.ts).
 */
export function dayInPeriod(
  ctx: FactContext,
  column: string,
  share?: PlannerShare,
): RawBuilder<boolean> {
  const day = sql.ref(column);
  return rangeHolding(
    ctx.dialect,
    share,
    sql<boolean>`${day} >= ${dateParam(ctx.dialect, ctx.firstDay)}`,
    sql<boolean>`${day} < ${dateParam(ctx.dialect, ctx.endDay)}`,
  );
}

/** A record that was never deleted: a deletion corrects the data, so the record counts nowhere. */
export function notDeleted(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${alias}.deleted_at`)} is null`;
}

/** The UTC instant at which a date column's org-zone day starts (daylight saving included). */
export function dayStart(ctx: FactContext, column: string): RawBuilder<string> {
  return dayStartUtc(ctx.dialect, column, ctx.offsets);
}

/** The org-zone day of the scoring time, as 'YYYY-MM-DD'. */
export function scoringDay(ctx: FactContext): string {
  return orgDay(new Date(ctx.scoredAt), ctx.zone);
}

/** (later − earlier) between two timestamp columns in fractional minutes, exact to the millisecond. */
export function minutesFrom(ctx: FactContext, later: string, earlier: string): RawBuilder<number> {
  return sql<number>`(${millisecondsBetween(ctx.dialect, later, earlier)} / 60000.0)`;
}

/** (later − earlier) between two timestamp columns in fractional days, exact to the millisecond. */
export function daysFrom(ctx: FactContext, later: string, earlier: string): RawBuilder<number> {
  return sql<number>`(${millisecondsBetween(ctx.dialect, later, earlier)} / 86400000.0)`;
}
