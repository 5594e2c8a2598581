import type { YardstickMigration } from './migration.js';

/**
 * A cycle keeps the instant it was scored at, so a frozen cycle recomputes at that same instant
 * instead of the wall clock; each result item keeps its pace when the period was not over yet.
 */
export const cycleScoringTime: YardstickMigration = {
  async up({ db, t }) {
    await db.schema.alterTable('cycles').addColumn('scored_at', t.timestamp).execute();
    await db.schema.alterTable('cycle_result_items').addColumn('pace', t.json).execute();
  },
};
