import { sql, type RawBuilder } from 'kysely';
import { dateParam, dayStartUtc, millisecondsBetween } from '../../../db/sql-time.js';
import type { FactContext } from '../metric-period.js';
import { ts } from './fact-helpers.facts.js';

/** A timestamp column within P = [start, end). */
export function atInPeriod(ctx: FactContext, column: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(column)} >= ${ts(ctx, ctx.start)} and ${sql.ref(column)} < ${ts(ctx, ctx.end)})`;
}

/** A 'YYYY-MM-DD' date column on one of P's org-zone days: firstDay ≤ day < endDay. */
export function dayInPeriod(ctx: FactContext, column: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(column)} >= ${dateParam(ctx.dialect, ctx.firstDay)} and ${sql.ref(column)} < ${dateParam(ctx.dialect, ctx.endDay)})`;
}

/** A record that was never deleted: a deletion corrects the data, so the record counts nowhere. */
export function notDeleted(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${alias}.deleted_at`)} is null`;
}

/**
 * The org zone's offset from UTC in minutes, read off the period itself (its first local midnight
 * is `start`): 480 for Asia/Shanghai. Exact for zones without daylight saving; in a zone with
 * DST, a day on the other side of a switch would be off by that hour.
 */
export function zoneOffsetMinutes(ctx: FactContext): number {
  return Math.round((Date.parse(`${ctx.firstDay}T00:00:00Z`) - Date.parse(ctx.start)) / 60_000);
}

/** The UTC instant at which a date column's org-zone day starts. */
export function dayStart(ctx: FactContext, column: string): RawBuilder<string> {
  return dayStartUtc(ctx.dialect, column, zoneOffsetMinutes(ctx));
}

/** The org-zone day of the scoring time (`ctx.now`, else the wall clock), as 'YYYY-MM-DD'. */
export function scoringDay(ctx: FactContext): string {
  const now = Date.parse(ctx.now ?? new Date().toISOString());
  return new Date(now + zoneOffsetMinutes(ctx) * 60_000).toISOString().slice(0, 10);
}

/** (later − earlier) between two timestamp columns in fractional minutes, exact to the millisecond. */
export function minutesFrom(ctx: FactContext, later: string, earlier: string): RawBuilder<number> {
  return sql<number>`(${millisecondsBetween(ctx.dialect, later, earlier)} / 60000.0)`;
}

/** (later − earlier) between two timestamp columns in fractional days, exact to the millisecond. */
export function daysFrom(ctx: FactContext, later: string, earlier: string): RawBuilder<number> {
  return sql<number>`(${millisecondsBetween(ctx.dialect, later, earlier)} / 86400000.0)`;
}
