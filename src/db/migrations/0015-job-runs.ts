import type { YardstickMigration } from './migration.js';

/**
 * The log of scheduled job runs: one row per attempt, with its outcome, so admins see what ran,
 * what failed and why, and a failed daily run can be retried.
 */
export const jobRuns: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('job_runs')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('job', t.text, (c) => c.notNull())
      .addColumn('slot', t.text, (c) => c.notNull())
      .addColumn('attempt', t.integer, (c) => c.notNull())
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('summary', t.text)
      .addColumn('error', t.text)
      .addColumn('started_at', t.timestamp, (c) => c.notNull())
      .addColumn('finished_at', t.timestamp)
      .execute();
    await db.schema
      .createIndex('job_runs_job_idx')
      .on('job_runs')
      .columns(['job', 'started_at'])
      .execute();
  },
};
