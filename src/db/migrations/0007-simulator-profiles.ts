import type { YardstickMigration } from './migration.js';

/**
 * The behaviour archetype the company simulator gave each simulated user (diligent, gamer,
 * fast_responder…), so that tests and benchmarks can check that behaviour in the raw data.
 * Empty in a real installation.
 */
export const simulatorProfiles: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('simulator_profiles')
      .addColumn('user_id', t.id, (c) => c.primaryKey().references('users.id'))
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('archetype', t.text, (c) => c.notNull())
      .addColumn('manager_style', t.text)
      .addColumn('params', t.json, (c) => c.notNull())
      .execute();
  },
};
