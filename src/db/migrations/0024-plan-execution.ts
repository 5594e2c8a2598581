import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import { createPlanExecutionTriggers, refreshPlanExecution } from '../plan-execution.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * plan_execution's "done" stored on each plan (`executed`) and kept by triggers
 * (`plan-execution.ts`): a quarter's plans were one correlated activity lookup each, 1.1 s of a
 * whole cycle at scale M on SQLite, 25 ms with the owner's index carrying deletion and `executed`.
 * The record index of activities now carries validity and deletion, so that the lookup the
 * triggers make never visits the table. Existing plans are decided here.
 */
export const planExecution: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .alterTable('follow_up_plans')
      .addColumn('executed', t.flag, (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.dropIndex('activities_record_type_record_id_occurred_at_idx').execute();
    await db.schema
      .createIndex('activities_record_covering_idx')
      .on('activities')
      .columns(['record_type', 'record_id', 'occurred_at', 'valid', 'deleted_at'])
      .execute();
    await db.schema.dropIndex('follow_up_plans_owner_id_due_at_idx').execute();
    await db.schema
      .createIndex('follow_up_plans_owner_due_covering_idx')
      .on('follow_up_plans')
      .columns(['owner_id', 'due_at', 'deleted_at', 'executed'])
      .execute();
    await refreshPlanExecution(db, dialect);
    await createPlanExecutionTriggers(db, dialect);
    await sql`analyze activities`.execute(db);
    await sql`analyze follow_up_plans`.execute(db);
  },
};
