import type { YardstickMigration } from './migration.js';

/**
 * Recognition: the badges admins define (the built-in ones live in code), and every award or
 * badge granted, with the evidence that earned it. The unique key (kind, key, user, occasion)
 * makes granting idempotent: running the grant again adds only what is missing.
 */
export const recognition: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('badges')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('key', t.text, (c) => c.notNull().unique())
      .addColumn('name_zh', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('rule', t.json, (c) => c.notNull())
      .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', t.id, (c) => c.references('users.id'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('recognition_grants')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('key', t.text, (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('occasion', t.text, (c) => c.notNull())
      .addColumn('cycle_id', t.id, (c) => c.references('cycles.id'))
      .addColumn('role', t.text)
      .addColumn('department_id', t.id)
      .addColumn('name_zh', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('evidence', t.json, (c) => c.notNull())
      .addColumn('granted_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('recognition_grants_once_uq', ['kind', 'key', 'user_id', 'occasion'])
      .execute();
    await db.schema
      .createIndex('recognition_grants_granted_idx')
      .on('recognition_grants')
      .columns(['granted_at'])
      .execute();
    await db.schema
      .createIndex('recognition_grants_user_idx')
      .on('recognition_grants')
      .columns(['user_id', 'granted_at'])
      .execute();
  },
};
