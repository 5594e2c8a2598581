import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import type { Dialect } from './database.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';
import { orgZoneDayOf, shiftHours } from './sql-time.js';

/**
 * Each person's follow-up plans added up per org-zone day of their due time (`plan_day_totals`),
 * so that plan_execution reads a row per owner and day instead of every plan: the plans that
 * count and how many of them were executed (`follow_up_plans.executed`, src/db/plan-execution.ts).
 * Triggers on the plans keep the totals in the same transaction as every write, whoever writes —
 * an activity that completes a plan writes the plan's `executed` and so reaches them too. The days
 * are those of the zone the activities' day totals count (src/db/activity-day-totals.ts), added up
 * anew with them when the organisation's zone changes. Changing what the triggers do needs a
 * migration that drops and creates them again and adds the days up anew.
 */

const column = (alias: string, name: string) => sql.raw(`${alias}.${name}`);

/**
 * plan_execution counts the plan: not deleted, or deleted only after its window closed (due + 24 h;
 * deleted earlier it was cancelled). The hours are a literal, so it serves in trigger bodies too.
 */
export function countsAsPlan(dialect: Dialect, alias: string): RawBuilder<boolean> {
  return sql<boolean>`(${column(alias, 'deleted_at')} is null or ${column(alias, 'deleted_at')} >= ${shiftHours(dialect, `${alias}.due_at`, 24)})`;
}

/** What one plan row adds to its owner's totals on its due day, times `sign`. */
function contributions(
  dialect: Dialect,
  alias: string,
  sign: 1 | -1,
  from: RawBuilder<unknown> = sql``,
): RawBuilder<unknown> {
  const counts = countsAsPlan(dialect, alias);
  return sql`select ${column(alias, 'owner_id')} as owner_id, ${orgZoneDayOf(dialect, column(alias, 'due_at'))} as day,
      ${sql.lit(sign)} * (case when ${counts} then 1 else 0 end) as plans,
      ${sql.lit(sign)} * (case when ${counts} then ${column(alias, 'executed')} else 0 end) as executed ${from}`;
}

/**
 * Adds the rows' contributions to the totals in one statement, a day once and in key order: two
 * transactions adding to the same person's days lock them in the same order.
 */
function addToTotals(dialect: Dialect, rows: readonly ('new' | 'old')[]): RawBuilder<unknown> {
  const parts = rows.map((row) => contributions(dialect, row, row === 'old' ? -1 : 1));
  return sql`insert into plan_day_totals (owner_id, day, plans, executed)
    select c.owner_id, c.day, sum(c.plans), sum(c.executed)
    from (${sql.join(parts, sql` union all `)}) c
    where c.day is not null
    group by c.owner_id, c.day order by c.owner_id, c.day
    on conflict (owner_id, day) do update set plans = plan_day_totals.plans + excluded.plans,
      executed = plan_day_totals.executed + excluded.executed;`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  {
    name: 'follow_up_plans_day_totals_insert',
    table: 'follow_up_plans',
    event: 'insert',
    rows: ['new'],
  },
  {
    name: 'follow_up_plans_day_totals_update',
    table: 'follow_up_plans',
    event: 'update',
    watched: ['owner_id', 'due_at', 'deleted_at', 'executed'],
    rows: ['old', 'new'],
  },
  {
    name: 'follow_up_plans_day_totals_delete',
    table: 'follow_up_plans',
    event: 'delete',
    rows: ['old'],
  },
];

/** Adds every plan up anew, in one statement (no day while the zone's offsets are not there). */
export async function refreshPlanDayTotals(
  db: QueryExecutorProvider,
  dialect: Dialect,
): Promise<void> {
  await sql`delete from plan_day_totals`.execute(db);
  await sql`insert into plan_day_totals (owner_id, day, plans, executed)
    select c.owner_id, c.day, sum(c.plans), sum(c.executed)
    from (${contributions(dialect, 'p', 1, sql`from follow_up_plans p`)}) c
    where c.day is not null
    group by c.owner_id, c.day`.execute(db);
}

/**
 * The triggers that keep the totals (see above); `withPlanDayTotalsAfter` runs a bulk load of plans
 * (and of the activities that decide them) without them, then adds every plan up in one statement.
 */
export const {
  create: createPlanDayTotalsTriggers,
  drop: dropPlanDayTotalsTriggers,
  settledAfter: withPlanDayTotalsAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger, dialect) => addToTotals(dialect, trigger.rows),
  refreshPlanDayTotals,
);
