import type { YardstickMigration } from './migration.js';

/** API tokens may lapse at a time, and may be limited to reading. Existing tokens: neither. */
export const apiTokenExpiryAndScope: YardstickMigration = {
  async up({ db, t }) {
    await db.schema.alterTable('api_tokens').addColumn('expires_at', t.timestamp).execute();
    await db.schema
      .alterTable('api_tokens')
      .addColumn('read_only', t.flag, (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
