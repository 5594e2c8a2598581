import { dropKeySamples } from '../planner-statistics.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * SQLite: the samples of index keys that earlier ANALYZE runs kept are forgotten, so that a
 * prepared statement is no longer planned again on every run (src/db/planner-statistics.ts).
 */
export const noKeySamples: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    if (dialect === 'sqlite') await dropKeySamples(db);
  },
};
