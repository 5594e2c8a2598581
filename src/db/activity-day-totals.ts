import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import { zoneTransitions } from '../domain/time/zone-transitions.js';
import type { Db, Dialect, Executor } from './database.js';
import { refreshKeyCustomerDayTotals } from './key-customer-day-totals.js';
import { refreshPlanDayTotals } from './plan-day-totals.js';
import { orgZoneDayOf } from './sql-time.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * Each person's activities added up per org-zone day (`activity_day_totals`), so that the metrics
 * counting activities over a period (activity_frequency, update_timeliness, data_flag_rate) read
 * a row per person and day instead of every activity: a day's contacts by the day they happened,
 * and by the day they were recorded the timed events, the timely ones, the records created and the
 * flagged ones. Triggers on activities keep the totals in the same transaction as every write,
 * whoever writes. The days are those of the zone in `org_zone_offsets` (its offsets over the
 * years); when the organisation's zone changes, `useZoneForDayTotals` fills the offsets again and
 * adds every day up anew. Changing what the triggers do needs a migration that drops and creates
 * them again and adds the days up anew.
 */

/** Activity types that count as contact with a customer (a note does not). */
export const CONTACT_TYPES = ['call', 'visit', 'meeting', 'email', 'message'] as const;

const column = (alias: string, name: string) => sql.raw(`${alias}.${name}`);

/** A valid, live activity: no data-quality rule made it invalid, and it was not deleted. */
export function validActivity(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${column(alias, 'valid')} = 1 and ${column(alias, 'deleted_at')} is null`;
}

/** activity_frequency counts it: a valid contact activity. */
export function countsAsContact(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${validActivity(alias)} and ${column(alias, 'type')} in (${sql.join(CONTACT_TYPES.map((type) => sql.lit(type)))})`;
}

/** update_timeliness counts it: valid and recorded by someone (an import records nothing). */
export function countsAsTimedEvent(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${validActivity(alias)} and ${column(alias, 'import_job_id')} is null`;
}

/** data_flag_rate counts it as a record its actor created: live and not imported. */
export function countsAsCreated(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${column(alias, 'deleted_at')} is null and ${column(alias, 'import_job_id')} is null`;
}

const oneIf = (condition: RawBuilder<boolean>) =>
  sql<number>`(case when ${condition} then 1 else 0 end)`;
const valueIf = (condition: RawBuilder<boolean>, value: RawBuilder<unknown>) =>
  sql<number>`(case when ${condition} then ${value} else 0 end)`;

/**
 * What one activity row adds to its actor's totals, times `sign`: its contact on the day it
 * happened, and the rest on the day it was recorded (two rows, which may fall on one day).
 */
function contributions(
  dialect: Dialect,
  alias: string,
  sign: 1 | -1,
  from: RawBuilder<unknown> = sql``,
): RawBuilder<unknown> {
  const s = sql.lit(sign);
  return sql`select ${column(alias, 'actor_id')} as actor_id, ${orgZoneDayOf(dialect, column(alias, 'occurred_at'))} as day,
      ${s} * ${oneIf(countsAsContact(alias))} as contacts, 0 as events, 0 as timely, 0 as created, 0 as flagged ${from}
    union all
    select ${column(alias, 'actor_id')}, ${orgZoneDayOf(dialect, column(alias, 'recorded_at'))}, 0,
      ${s} * ${oneIf(countsAsTimedEvent(alias))},
      ${s} * ${valueIf(countsAsTimedEvent(alias), column(alias, 'timely'))},
      ${s} * ${oneIf(countsAsCreated(alias))},
      ${s} * ${valueIf(countsAsCreated(alias), column(alias, 'flagged'))} ${from}`;
}

/**
 * Adds the rows' contributions to the totals in one statement, a day once and in key order: two
 * transactions adding to the same person's days lock them in the same order.
 */
function addToTotals(dialect: Dialect, rows: readonly ('new' | 'old')[]): RawBuilder<unknown> {
  const parts = rows.map((row) => contributions(dialect, row, row === 'old' ? -1 : 1));
  return sql`insert into activity_day_totals (actor_id, day, contacts, events, timely, created, flagged)
    select c.actor_id, c.day, sum(c.contacts), sum(c.events), sum(c.timely), sum(c.created), sum(c.flagged)
    from (${sql.join(parts, sql` union all `)}) c
    where c.actor_id is not null and c.day is not null
    group by c.actor_id, c.day order by c.actor_id, c.day
    on conflict (actor_id, day) do update set contacts = activity_day_totals.contacts + excluded.contacts,
      events = activity_day_totals.events + excluded.events, timely = activity_day_totals.timely + excluded.timely,
      created = activity_day_totals.created + excluded.created, flagged = activity_day_totals.flagged + excluded.flagged;`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  { name: 'activities_day_totals_insert', table: 'activities', event: 'insert', rows: ['new'] },
  {
    name: 'activities_day_totals_update',
    table: 'activities',
    event: 'update',
    watched: [
      'actor_id',
      'occurred_at',
      'recorded_at',
      'type',
      'valid',
      'timely',
      'deleted_at',
      'import_job_id',
      'flagged',
    ],
    rows: ['old', 'new'],
  },
  { name: 'activities_day_totals_delete', table: 'activities', event: 'delete', rows: ['old'] },
];

/** Adds every activity up anew, in one statement. */
export async function refreshDayTotals(db: QueryExecutorProvider, dialect: Dialect): Promise<void> {
  await sql`delete from activity_day_totals`.execute(db);
  await sql`insert into activity_day_totals (actor_id, day, contacts, events, timely, created, flagged)
    select c.actor_id, c.day, sum(c.contacts), sum(c.events), sum(c.timely), sum(c.created), sum(c.flagged)
    from (${contributions(dialect, 'a', 1, sql`from activities a`)}) c
    where c.actor_id is not null and c.day is not null
    group by c.actor_id, c.day`.execute(db);
}

/** The zone whose days the totals are added up in (none before the first `useZoneForDayTotals`). */
export async function dayTotalsZone(db: Executor): Promise<string | undefined> {
  const row = await sql<{ zone: string }>`select zone from org_zone_offsets limit 1`.execute(db);
  return row.rows[0]?.zone;
}

/**
 * Makes the totals count the days of `zone`: when they count another zone's (or none yet), its
 * offsets replace the old ones and every activity — and every plan (src/db/plan-day-totals.ts)
 * and key customer (src/db/key-customer-day-totals.ts) — is added up anew, in one transaction.
 */
export async function useZoneForDayTotals(db: Db, zone: string): Promise<void> {
  if ((await dayTotalsZone(db.kysely)) === zone) return;
  const offsets = zoneTransitions(zone);
  await db.kysely.transaction().execute(async (trx) => {
    await sql`delete from org_zone_offsets`.execute(trx);
    await sql`insert into org_zone_offsets (from_at, offset_minutes, zone) values ${sql.join(
      offsets.map(
        (o) =>
          sql`(${db.dialect === 'postgres' ? sql`${o.from}::timestamptz` : o.from}, ${o.offsetMinutes}, ${zone})`,
      ),
    )}`.execute(trx);
    await refreshDayTotals(trx, db.dialect);
    await refreshPlanDayTotals(trx, db.dialect);
    await refreshKeyCustomerDayTotals(trx, db.dialect);
  });
}

/**
 * The triggers that keep the totals (see above); `withDayTotalsAfter` runs a bulk load of
 * activities without them, then adds every activity up in one statement (per row, a trigger made
 * two upserts).
 */
export const {
  create: createDayTotalsTriggers,
  drop: dropDayTotalsTriggers,
  settledAfter: withDayTotalsAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger, dialect) => addToTotals(dialect, trigger.rows),
  refreshDayTotals,
);
