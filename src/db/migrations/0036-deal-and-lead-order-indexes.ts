import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * Opportunities and leads, live, by last change (their lists' default order) and within a status,
 * as 0035 did for customers: a viewer who sees most of them gets a page from the first rows of the
 * walk instead of a sort of every row in scope.
 */
export const dealAndLeadOrderIndexes: YardstickMigration = {
  async up({ db }) {
    const live = sql<boolean>`deleted_at is null`;
    for (const table of ['opportunities', 'leads']) {
      await db.schema
        .createIndex(`${table}_live_updated_at_idx`)
        .on(table)
        .columns(['updated_at', 'id'])
        .where(live)
        .execute();
      await db.schema
        .createIndex(`${table}_live_status_updated_at_idx`)
        .on(table)
        .columns(['status', 'updated_at', 'id'])
        .where(live)
        .execute();
      await sql`analyze ${sql.table(table)}`.execute(db);
    }
  },
};
