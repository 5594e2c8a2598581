import type { YardstickMigration } from './migration.js';

/**
 * Indexes that let one person's live scorecard read only that person's rows (person first, then
 * time), next to the time-first indexes that serve a whole cycle at once.
 */
export const perPersonMetricIndexes: YardstickMigration = {
  async up({ db }) {
    const index = (table: string, columns: string[]) =>
      db.schema
        .createIndex(`${table}_${columns.join('_')}_idx`)
        .on(table)
        .columns(columns)
        .execute();
    await index('activities', ['actor_id', 'occurred_at']);
    await index('activities', ['actor_id', 'recorded_at']);
    await index('stage_changes', ['effective_at']);
    await index('stage_changes', ['owner_id', 'effective_at']);
    await index('stage_changes', ['actor_id', 'recorded_at']);
    await index('customer_status_changes', ['actor_id', 'recorded_at']);
    await index('payments', ['created_by', 'recorded_at']);
    await index('leads', ['created_by', 'created_at']);
  },
};
