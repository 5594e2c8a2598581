import { sql, type RawBuilder } from 'kysely';
import type { FactContext } from '../metric-period.js';
import { endOfTime, shiftHours, timestampParam } from '../../../db/sql-time.js';
import { holdingFor } from '../../../db/planner-hints.js';

export const ts = (ctx: FactContext, iso: string) => timestampParam(ctx.dialect, iso);

/** ISO instant `days` before `iso`. */
export function daysBefore(iso: string, days: number): string {
  return new Date(Date.parse(iso) - days * 86_400_000).toISOString();
}

/** `and <owner> in (…)` when only some people's facts are wanted (ctx.subjects), else nothing. */
export function ofSubjectsOnly(ctx: FactContext, ownerColumn: string): RawBuilder<unknown> {
  return ctx.subjects ? sql`and ${sql.ref(ownerColumn)} in (${sql.join(ctx.subjects)})` : sql``;
}

/** The tables whose records have a current owner and `owner_since`, with their aliases. */
const OWNED = {
  customer: { table: 'customers', alias: 'c' },
  opportunity: { table: 'opportunities', alias: 'o' },
} as const;

/**
 * Records of `entity` live at `end` (not yet deleted) with their owner at `end` as `owner_id`: a
 * table (aliased `c` or `o`) of `columns`. A record's current owner is its owner at `end` when
 * they have owned it since before `end` (`owner_since`, the start of its latest ownership period,
 * which only a deletion ends): those are read off the owner index in one range per person. The
 * rest — records whose owner at `end` has since passed them on — come from the ownership periods
 * that had not ended by `end`, less each record's latest one (already counted).
 */
export function ownedAtEnd(
  ctx: FactContext,
  entity: keyof typeof OWNED,
  columns: readonly string[],
): RawBuilder<unknown> {
  const parts = ownedAtEndParts(ctx, entity, columns);
  return sql`(${parts.kept()} union all ${parts.passedOn()}) ${sql.raw(OWNED[entity].alias)}`;
}

/**
 * Whether a record of `entity` (its table aliased `c` or `o`) existed at `end` for the metrics: not
 * deleted before `end`, and not deleted within 24 h of its creation, even after `end` (Q7: such a
 * record never counts; a customer merged away was not deleted in that sense). The first test is
 * one comparison: at scale L, SQLite answered `deleted_at is null or …` with two indexes that do
 * not hold the columns read, and so read every customer's row; the second looks further only at
 * the few rows deleted since `end`.
 */
export function existedAtEnd(ctx: FactContext, entity: keyof typeof OWNED): RawBuilder<boolean> {
  const { alias } = OWNED[entity];
  const r = sql.raw(alias);
  const mergedAway =
    entity === 'customer'
      ? sql` or exists (select 1 from history h where h.entity = 'customer' and h.entity_id = ${r}.id and h.action = 'merge')`
      : sql``;
  return sql<boolean>`coalesce(${r}.deleted_at, ${endOfTime(ctx.dialect)}) >= ${ts(ctx, ctx.end)}
    and (${r}.deleted_at is null or ${r}.deleted_at > ${shiftHours(ctx.dialect, `${alias}.created_at`, 24)}${mergedAway})`;
}

/**
 * The two parts of `ownedAtEnd`, as queries of their own: the records their current owner has
 * kept since before `end`, and those their owner at `end` has since passed on (each only where
 * `among` holds too, when given).
 */
export function ownedAtEndParts(
  ctx: FactContext,
  entity: keyof typeof OWNED,
  columns: readonly string[],
) {
  return ownedAtParts(ctx, entity, columns, ctx.end, existedAtEnd(ctx, entity));
}

/**
 * The records of `entity` owned at the instant `at` that are `live` (a condition on the table's
 * alias), with that owner as `owner_id`, in two parts as `ownedAtEnd` finds them: those their
 * current owner has kept since before `at` (one range of the owner index per person), and those
 * whose ownership period of `at` has ended since, less each record's latest period (counted among
 * the kept). Each part only where `among` holds too, when given.
 */
export function ownedAtParts(
  ctx: FactContext,
  entity: keyof typeof OWNED,
  columns: readonly string[],
  at: string,
  live: RawBuilder<boolean>,
) {
  const { table, alias } = OWNED[entity];
  const instant = ts(ctx, at);
  const r = sql.raw(alias);
  const read = sql.join(columns.map((column) => sql.ref(`${alias}.${column}`)));
  const ofSubjects = (owner: string) => ofSubjectsOnly(ctx, owner);
  const andAmong = (among?: RawBuilder<boolean>) => (among ? sql`and ${among}` : sql``);
  return {
    kept: (
      among?: RawBuilder<boolean>,
    ) => sql`select ${r}.owner_id, ${read} from ${sql.table(table)} ${r}
      where ${r}.owner_since < ${instant} and ${live} ${ofSubjects(`${alias}.owner_id`)} ${andAmong(among)}`,
    passedOn: (
      among?: RawBuilder<boolean>,
    ) => sql`select p.owner_id, ${read} from ownership_periods p join ${sql.table(table)} ${r} on ${r}.id = p.record_id
      where p.entity = ${entity} and p.started_at < ${instant} and ${holdingFor(ctx.dialect, 'few rows', sql<boolean>`p.ended_at >= ${instant}`)} ${ofSubjects('p.owner_id')}
        and ${live} and (case when ${r}.owner_id = p.owner_id and ${r}.owner_since = p.started_at then 0 else 1 end) = 1
        ${andAmong(among)}`,
  };
}

/** 1 when `condition` holds, else 0, as an SQL integer. */
export function flagOf(condition: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(case when ${condition} then 1 else 0 end)`;
}

/**
 * Whether opportunity `alias` was open at `at`: its current status when its last touch (at or
 * after every stage change's effective time) is before `at`, else its stage changes' answer.
 */
export function openAt(ctx: FactContext, alias: string, at: string): RawBuilder<boolean> {
  return sql<boolean>`(case when ${sql.ref(`${alias}.last_touched_at`)} < ${ts(ctx, at)}
    then ${sql.ref(`${alias}.status`)} = 'open' else ${statusAt(ctx, `${alias}.id`, at)} = 'open' end)`;
}

/** Opportunity status at an instant: the latest stage change effective before it. */
export function statusAt(
  ctx: FactContext,
  opportunityColumn: string,
  at: string,
): RawBuilder<string> {
  return sql<string>`(select sc.to_status from stage_changes sc where sc.opportunity_id = ${sql.ref(opportunityColumn)} and sc.effective_at < ${ts(ctx, at)} order by sc.effective_at desc, sc.recorded_at desc, sc.id desc limit 1)`;
}
