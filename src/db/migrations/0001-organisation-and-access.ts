import type { YardstickMigration } from './migration.js';

export const organisationAndAccess: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('departments')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('parent_id', t.id, (c) => c.references('departments.id'))
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('deleted_at', t.timestamp)
      .execute();

    await db.schema
      .createTable('department_closure')
      .addColumn('ancestor_id', t.id, (c) => c.notNull().references('departments.id'))
      .addColumn('descendant_id', t.id, (c) => c.notNull().references('departments.id'))
      .addColumn('depth', t.integer, (c) => c.notNull())
      .addPrimaryKeyConstraint('department_closure_pk', ['ancestor_id', 'descendant_id'])
      .execute();
    await db.schema
      .createIndex('department_closure_descendant_idx')
      .on('department_closure')
      .column('descendant_id')
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('email', t.text, (c) => c.notNull().unique())
      .addColumn('password_hash', t.text, (c) => c.notNull())
      .addColumn('department_id', t.id, (c) => c.references('departments.id'))
      .addColumn('manager_id', t.id, (c) => c.references('users.id'))
      .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
      .addColumn('locale', t.text)
      .addColumn('joined_on', t.date)
      .addColumn('left_on', t.date)
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('users_department_idx')
      .on('users')
      .column('department_id')
      .execute();
    await db.schema.createIndex('users_manager_idx').on('users').column('manager_id').execute();

    await db.schema
      .createTable('roles')
      .addColumn('key', t.text, (c) => c.primaryKey())
      .addColumn('data_scope', t.text, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('user_roles')
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('role', t.text, (c) => c.notNull().references('roles.key'))
      .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
      .execute();

    await db.schema
      .createTable('user_closure')
      .addColumn('ancestor_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('descendant_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('depth', t.integer, (c) => c.notNull())
      .addPrimaryKeyConstraint('user_closure_pk', ['ancestor_id', 'descendant_id'])
      .execute();
    await db.schema
      .createIndex('user_closure_descendant_idx')
      .on('user_closure')
      .column('descendant_id')
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', t.text, (c) => c.primaryKey())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('expires_at', t.timestamp, (c) => c.notNull())
      .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('api_tokens')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('token_hash', t.text, (c) => c.notNull().unique())
      .addColumn('prefix', t.text, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('last_used_at', t.timestamp)
      .addColumn('revoked_at', t.timestamp)
      .execute();

    await db.schema
      .createTable('login_attempts')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('email', t.text, (c) => c.notNull())
      .addColumn('ip', t.text, (c) => c.notNull())
      .addColumn('succeeded', t.flag, (c) => c.notNull())
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('login_attempts_email_at_idx')
      .on('login_attempts')
      .columns(['email', 'at'])
      .execute();
    await db.schema
      .createIndex('login_attempts_ip_at_idx')
      .on('login_attempts')
      .columns(['ip', 'at'])
      .execute();

    await db.schema
      .createTable('settings')
      .addColumn('key', t.text, (c) => c.primaryKey())
      .addColumn('value', t.text, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('history')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('entity_id', t.id, (c) => c.notNull())
      .addColumn('action', t.text, (c) => c.notNull())
      .addColumn('field', t.text)
      .addColumn('old_value', t.text)
      .addColumn('new_value', t.text)
      .addColumn('actor_id', t.id, (c) => c.references('users.id'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('history_entity_idx')
      .on('history')
      .columns(['entity', 'entity_id', 'at'])
      .execute();
  },
};
