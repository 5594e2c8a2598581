import type { YardstickMigration } from './migration.js';

/**
 * Employees' feedback on the items of their own scorecard during a cycle: a comment and an
 * "unfair" vote, one row per person, item and cycle, read at the quarterly review.
 */
export const itemFeedback: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('item_feedback')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('cycle_id', t.id, (c) => c.notNull().references('cycles.id'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('metric', t.text, (c) => c.notNull())
      .addColumn('unfair', t.integer, (c) => c.notNull())
      .addColumn('comment', t.text)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('item_feedback_unique', ['cycle_id', 'user_id', 'metric'])
      .execute();
  },
};
