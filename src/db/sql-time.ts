import { sql, type RawBuilder } from 'kysely';
import type { OffsetSegment } from '../domain/time/zone-offsets.js';
import type { Dialect } from './database.js';

/**
 * Date arithmetic differs between the engines; these are the only places that know how.
 * SQLite keeps timestamps as ISO-8601 text ('2026-03-01T08:00:00.000Z'), PostgreSQL as timestamptz.
 */

/** An instant after every real one, for "never" in a comparison (a literal: trigger bodies too). */
export function endOfTime(dialect: Dialect): RawBuilder<string> {
  const iso = sql.lit('9999-12-31T00:00:00.000Z');
  return dialect === 'postgres' ? sql<string>`${iso}::timestamptz` : sql<string>`${iso}`;
}

/**
 * The org-zone day ('YYYY-MM-DD') of a timestamp expression: its UTC instant moved by the offset
 * `org_zone_offsets` gives the zone then (no day when the table is empty).
 */
export function orgZoneDayOf(dialect: Dialect, instant: RawBuilder<unknown>): RawBuilder<string> {
  const offset = sql`(select o.offset_minutes from org_zone_offsets o where o.from_at <= ${instant}
    order by o.from_at desc limit 1)`;
  if (dialect === 'postgres')
    return sql<string>`((${instant} at time zone 'UTC') + make_interval(mins => ${offset}))::date`;
  return sql<string>`date(${instant}, ${offset} || ' minutes')`;
}

/**
 * A timestamp column shifted by whole hours, in the column's own storage form. The hours are a
 * constant of the code, written as a literal: the expression then also serves in trigger bodies,
 * which take no bound parameters.
 */
export function shiftHours(dialect: Dialect, column: string, hours: number): RawBuilder<string> {
  const ref = sql.ref(column);
  const whole = Math.trunc(hours);
  if (dialect === 'postgres')
    return sql<string>`(${ref} + make_interval(hours => ${sql.lit(whole)}))`;
  return sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${ref}, ${sql.lit(`${whole >= 0 ? '+' : ''}${whole} hours`)})`;
}

/**
 * (later − earlier) in whole days between two 'YYYY-MM-DD' date columns. On PostgreSQL the dates
 * are subtracted as dates: through timestamptz the result would follow the session's time zone
 * (a span across a daylight-saving change is not a whole number of days there).
 */
export function daysBetweenDates(
  dialect: Dialect,
  later: string,
  earlier: string,
): RawBuilder<number> {
  if (dialect === 'postgres') return sql<number>`(${sql.ref(later)} - ${sql.ref(earlier)})`;
  return sql<number>`(julianday(${sql.ref(later)}) - julianday(${sql.ref(earlier)}))`;
}

/** (later − earlier) in fractional minutes. */
export function minutesBetween(
  dialect: Dialect,
  later: string,
  earlier: string,
): RawBuilder<number> {
  if (dialect === 'postgres') {
    return sql<number>`(extract(epoch from (${sql.ref(later)}::timestamptz - ${sql.ref(earlier)}::timestamptz)) / 60.0)`;
  }
  return sql<number>`((julianday(${sql.ref(later)}) - julianday(${sql.ref(earlier)})) * 1440.0)`;
}

/** A bound timestamp parameter, typed for the engine (PostgreSQL compares timestamptz). */
export function timestampParam(dialect: Dialect, iso: string): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`${iso}::timestamptz` : sql<string>`${iso}`;
}

/** A bound calendar-day parameter ('YYYY-MM-DD'), typed for the engine (PostgreSQL compares dates). */
export function dateParam(dialect: Dialect, day: string): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`${day}::date` : sql<string>`${day}`;
}

/** A 'YYYY-MM-DD' date column shifted by whole days, still a date ('YYYY-MM-DD' text on SQLite). */
export function shiftDays(dialect: Dialect, column: string, days: number): RawBuilder<string> {
  const ref = sql.ref(column);
  if (dialect === 'postgres') return sql<string>`(${ref} + ${days}::integer)`;
  return sql<string>`date(${ref}, ${`${days >= 0 ? '+' : ''}${days} days`})`;
}

/**
 * The UTC instant at which a 'YYYY-MM-DD' date column's day starts in the org zone, in the
 * timestamp storage form of the engine. `segments` give the zone's offset at local midnight
 * (480 minutes ahead for Asia/Shanghai); a zone with daylight saving has one per switch, and the
 * column's day picks its segment.
 */
export function dayStartUtc(
  dialect: Dialect,
  column: string,
  segments: readonly OffsetSegment[],
): RawBuilder<string> {
  const [first, ...rest] = segments;
  if (!first) throw new RangeError('no zone offsets');
  const startAt = (offsetMinutes: number) => shiftedDayStart(dialect, column, offsetMinutes);
  if (rest.length === 0) return startAt(first.offsetMinutes);
  const branches = segments
    .slice(0, -1)
    .map(
      (segment, i) =>
        sql`when ${sql.ref(column)} < ${dateParam(dialect, rest[i]?.fromDay ?? '')} then ${startAt(segment.offsetMinutes)}`,
    );
  const lastSegment = segments[segments.length - 1] ?? first;
  return sql<string>`(case ${sql.join(branches, sql` `)} else ${startAt(lastSegment.offsetMinutes)} end)`;
}

function shiftedDayStart(
  dialect: Dialect,
  column: string,
  offsetMinutes: number,
): RawBuilder<string> {
  const ref = sql.ref(column);
  if (dialect === 'postgres') {
    return sql<string>`((${ref})::timestamp at time zone 'UTC' - make_interval(mins => ${offsetMinutes}::integer))`;
  }
  const back = -offsetMinutes;
  return sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${ref}, ${`${back >= 0 ? '+' : ''}${back} minutes`})`;
}

/**
 * (later − earlier) in whole milliseconds, exact on both engines. SQLite's julianday differences
 * carry float noise (25 minutes come out as 24.99999985), which would show in the evidence;
 * rounding each instant to the millisecond first removes it (julianday resolves ~0.04 ms now).
 */
export function millisecondsBetween(
  dialect: Dialect,
  later: string,
  earlier: string,
): RawBuilder<number> {
  if (dialect === 'postgres') {
    return sql<number>`round(extract(epoch from (${sql.ref(later)}::timestamptz - ${sql.ref(earlier)}::timestamptz)) * 1000)`;
  }
  const ms = (column: string) =>
    sql`cast(round(julianday(${sql.ref(column)}) * 86400000.0) as integer)`;
  return sql<number>`(${ms(later)} - ${ms(earlier)})`;
}
