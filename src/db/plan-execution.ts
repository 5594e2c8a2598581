import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import type { Dialect } from './database.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';
import { shiftHours } from './sql-time.js';

/**
 * A follow-up plan's `executed`: 1 when a valid, live activity on the plan's record occurred
 * within 24 hours either side of its due time — plan_execution's "done" (docs/METRICS.md) as it
 * stands now. Triggers keep it in the same transaction as every write that can change it, whoever
 * writes (services, imports, merges, the data-quality rules): an activity inserted, deleted, moved,
 * re-timed or made (in)valid, a plan inserted, moved or re-timed. On PostgreSQL each trigger first
 * takes a transaction lock on the record, so an activity and a plan written on one record by two
 * transactions at once are decided one after the other, each seeing the other's committed row.
 * Changing what the triggers do needs a migration that drops and creates them again.
 */

const HOURS = 24;

/** The decision for the follow_up_plans row in context (referred to by its table name). */
function executedOf(dialect: Dialect): RawBuilder<number> {
  return sql<number>`(case when exists (select 1 from activities a
      where a.record_type = follow_up_plans.record_type and a.record_id = follow_up_plans.record_id
        and a.valid = 1 and a.deleted_at is null
        and a.occurred_at >= ${shiftHours(dialect, 'follow_up_plans.due_at', -HOURS)}
        and a.occurred_at <= ${shiftHours(dialect, 'follow_up_plans.due_at', HOURS)}) then 1 else 0 end)`;
}

/** Decides again the plans an activity row (`new` or `old`) can complete: same record, due within 24 h. */
function plansNear(dialect: Dialect, row: 'new' | 'old'): RawBuilder<unknown> {
  return sql`update follow_up_plans set executed = ${executedOf(dialect)}
    where record_type = ${sql.raw(row)}.record_type and record_id = ${sql.raw(row)}.record_id
      and due_at >= ${shiftHours(dialect, `${row}.occurred_at`, -HOURS)}
      and due_at <= ${shiftHours(dialect, `${row}.occurred_at`, HOURS)}`;
}

/** Decides one plan row (`new`) again. */
function planItself(dialect: Dialect): RawBuilder<unknown> {
  return sql`update follow_up_plans set executed = ${executedOf(dialect)} where id = new.id`;
}

/** Whose plans a trigger decides: those near the activity's old or new row, or the plan row itself. */
type PlanRows = 'new' | 'old' | 'plan';

const TRIGGERS: readonly RowTrigger<PlanRows>[] = [
  { name: 'activities_plan_execution_insert', table: 'activities', event: 'insert', rows: ['new'] },
  {
    name: 'activities_plan_execution_update',
    table: 'activities',
    event: 'update',
    watched: ['valid', 'deleted_at', 'occurred_at', 'record_type', 'record_id'],
    rows: ['old', 'new'],
  },
  { name: 'activities_plan_execution_delete', table: 'activities', event: 'delete', rows: ['old'] },
  {
    name: 'follow_up_plans_execution_insert',
    table: 'follow_up_plans',
    event: 'insert',
    rows: ['plan'],
  },
  {
    name: 'follow_up_plans_execution_update',
    table: 'follow_up_plans',
    event: 'update',
    watched: ['due_at', 'record_type', 'record_id'],
    rows: ['plan'],
  },
];

/** PostgreSQL: a transaction lock on the record a row (`new` or `old`) belongs to. */
function recordLock(row: 'new' | 'old'): RawBuilder<unknown> {
  return sql`perform pg_advisory_xact_lock(hashtext('plan-execution:' || ${sql.raw(row)}.record_type || ':' || ${sql.raw(row)}.record_id))`;
}

function bodyOf(dialect: Dialect, rows: readonly PlanRows[]): RawBuilder<unknown> {
  const statements = rows.flatMap((row) => {
    const lockRow = row === 'plan' ? 'new' : row;
    const update = row === 'plan' ? planItself(dialect) : plansNear(dialect, row);
    return dialect === 'postgres' ? [recordLock(lockRow), update] : [update];
  });
  return sql.join(
    statements.map((s) => sql`${s};`),
    sql` `,
  );
}

/** Decides every plan again in one statement. */
export async function refreshPlanExecution(
  db: QueryExecutorProvider,
  dialect: Dialect,
): Promise<void> {
  await sql`update follow_up_plans set executed = ${executedOf(dialect)}`.execute(db);
}

/**
 * The triggers that keep `follow_up_plans.executed` (see above); `withPlanExecutionAfter` runs a
 * bulk load of activities and plans without them, then decides every plan in one pass: per-row
 * triggers over a year of inserts (into tables whose indexes are built afterwards) would cost far
 * more than one set-based pass.
 */
export const {
  create: createPlanExecutionTriggers,
  drop: dropPlanExecutionTriggers,
  settledAfter: withPlanExecutionAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger, dialect) => bodyOf(dialect, trigger.rows),
  refreshPlanExecution,
);
