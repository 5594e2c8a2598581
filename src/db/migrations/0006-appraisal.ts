import type { YardstickMigration } from './migration.js';

export const appraisal: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('quality_flags')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('rule', t.text, (c) => c.notNull())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('field', t.text)
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('detail', t.json)
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('cleared_by', t.id, (c) => c.references('users.id'))
      .addColumn('cleared_at', t.timestamp)
      .addColumn('cleared_reason', t.text)
      .execute();
    await db.schema
      .createIndex('quality_flags_record_idx')
      .on('quality_flags')
      .columns(['entity', 'record_id', 'rule', 'status'])
      .execute();
    await db.schema
      .createIndex('quality_flags_user_idx')
      .on('quality_flags')
      .columns(['user_id', 'status', 'created_at'])
      .execute();

    await db.schema
      .createTable('custom_metrics')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('key', t.text, (c) => c.notNull().unique())
      .addColumn('name_zh', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('definition', t.json, (c) => c.notNull())
      .addColumn('unit', t.text, (c) => c.notNull())
      .addColumn('dir', t.text, (c) => c.notNull())
      .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', t.id, (c) => c.references('users.id'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('templates')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('key', t.text, (c) => c.notNull().unique())
      .addColumn('role', t.text, (c) => c.notNull())
      .addColumn('name_zh', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('current_version_id', t.id)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('template_versions')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('template_id', t.id, (c) => c.notNull().references('templates.id'))
      .addColumn('number', t.integer, (c) => c.notNull())
      .addColumn('items', t.json, (c) => c.notNull())
      .addColumn('grades', t.json, (c) => c.notNull())
      .addColumn('note', t.text)
      .addColumn('author_id', t.id, (c) => c.references('users.id'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('template_versions_number_unique', ['template_id', 'number'])
      .execute();

    await db.schema
      .createTable('user_targets')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('metric', t.text, (c) => c.notNull())
      .addColumn('period_start', t.date, (c) => c.notNull())
      .addColumn('period_end', t.date, (c) => c.notNull())
      .addColumn('target', t.real, (c) => c.notNull())
      .addColumn('set_by', t.id, (c) => c.references('users.id'))
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('user_targets_unique', ['user_id', 'metric', 'period_start'])
      .execute();

    await db.schema
      .createTable('cycles')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('first_day', t.date, (c) => c.notNull())
      .addColumn('last_day', t.date, (c) => c.notNull())
      .addColumn('period_start', t.timestamp, (c) => c.notNull())
      .addColumn('period_end', t.timestamp, (c) => c.notNull())
      .addColumn('zone', t.text, (c) => c.notNull())
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('created_by', t.id, (c) => c.references('users.id'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('opened_at', t.timestamp)
      .addColumn('frozen_at', t.timestamp)
      .addColumn('published_at', t.timestamp)
      .addColumn('archived_at', t.timestamp)
      .addColumn('computed_at', t.timestamp)
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('cycle_participants')
      .addColumn('cycle_id', t.id, (c) => c.notNull().references('cycles.id'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('role', t.text, (c) => c.notNull())
      .addColumn('template_version_id', t.id, (c) => c.notNull().references('template_versions.id'))
      .addColumn('manager_id', t.id, (c) => c.references('users.id'))
      .addColumn('targets', t.json, (c) => c.notNull())
      .addPrimaryKeyConstraint('cycle_participants_pk', ['cycle_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('cycle_results')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('cycle_id', t.id, (c) => c.notNull().references('cycles.id'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('total', t.real)
      .addColumn('grade', t.text)
      .addColumn('applicable_share', t.real, (c) => c.notNull())
      .addColumn('computed_at', t.timestamp, (c) => c.notNull())
      .addColumn('self_comment', t.text)
      .addColumn('self_reviewed_at', t.timestamp)
      .addColumn('manager_comment', t.text)
      .addColumn('manager_reviewed_by', t.id, (c) => c.references('users.id'))
      .addColumn('manager_reviewed_at', t.timestamp)
      .addColumn('acknowledged_at', t.timestamp)
      .addColumn('employee_comment', t.text)
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('cycle_results_unique', ['cycle_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('cycle_result_items')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('result_id', t.id, (c) => c.notNull().references('cycle_results.id'))
      .addColumn('metric', t.text, (c) => c.notNull())
      .addColumn('weight', t.real, (c) => c.notNull())
      .addColumn('floor', t.real, (c) => c.notNull())
      .addColumn('target', t.real, (c) => c.notNull())
      .addColumn('cap', t.real, (c) => c.notNull())
      .addColumn('min_sample', t.integer, (c) => c.notNull())
      .addColumn('value', t.real)
      .addColumn('numerator', t.real)
      .addColumn('denominator', t.real)
      .addColumn('na_reason', t.text)
      .addColumn('score', t.real)
      .addColumn('adjusted_score', t.real)
      .addColumn('adjust_reason', t.text)
      .addColumn('adjusted_by', t.id, (c) => c.references('users.id'))
      .addColumn('adjusted_at', t.timestamp)
      .addUniqueConstraint('cycle_result_items_unique', ['result_id', 'metric'])
      .execute();
  },
};
