import type { YardstickMigration } from './migration.js';

/**
 * Imports: a job per uploaded file with its mapping and progress (so a commit that stops half-way
 * continues where it stopped), the per-row errors of its dry run and commit, the link from each
 * imported row's external id to the record it made (so importing a file again changes nothing),
 * and the column mappings saved per source. Activities and payments remember the import that made
 * them: an imported event was recorded by nobody, so it is neither late nor part of a burst.
 */
export const importJobs: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('import_jobs')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('source', t.text, (c) => c.notNull())
      .addColumn('file_name', t.text, (c) => c.notNull())
      .addColumn('file_path', t.text, (c) => c.notNull())
      .addColumn('format', t.text, (c) => c.notNull())
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('header_row', t.integer)
      .addColumn('headers', t.json, (c) => c.notNull())
      .addColumn('mapping', t.json, (c) => c.notNull())
      .addColumn('rows_total', t.integer)
      .addColumn('rows_invalid', t.integer)
      .addColumn('rows_skipped', t.integer)
      .addColumn('rows_done', t.integer, (c) => c.notNull().defaultTo(0))
      .addColumn('rows_created', t.integer, (c) => c.notNull().defaultTo(0))
      .addColumn('rows_unchanged', t.integer, (c) => c.notNull().defaultTo(0))
      .addColumn('rows_failed', t.integer, (c) => c.notNull().defaultTo(0))
      .addColumn('batches_done', t.integer, (c) => c.notNull().defaultTo(0))
      .addColumn('failure', t.text)
      .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('finished_at', t.timestamp)
      .execute();
    await db.schema
      .createIndex('import_jobs_created_by_idx')
      .on('import_jobs')
      .columns(['created_by', 'created_at'])
      .execute();

    await db.schema
      .createTable('import_job_errors')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('job_id', t.id, (c) => c.notNull().references('import_jobs.id'))
      .addColumn('phase', t.text, (c) => c.notNull())
      .addColumn('row_number', t.integer, (c) => c.notNull())
      .addColumn('column_name', t.text, (c) => c.notNull())
      .addColumn('code', t.text, (c) => c.notNull())
      .addColumn('params', t.json, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('import_job_errors_job_idx')
      .on('import_job_errors')
      .columns(['job_id', 'phase', 'row_number'])
      .execute();

    await db.schema
      .createTable('import_links')
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('source', t.text, (c) => c.notNull())
      .addColumn('external_id', t.text, (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('job_id', t.id, (c) => c.notNull().references('import_jobs.id'))
      .addColumn('imported_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('import_links_pk', ['entity', 'source', 'external_id'])
      .execute();
    await db.schema
      .createIndex('import_links_record_idx')
      .on('import_links')
      .columns(['entity', 'record_id'])
      .execute();

    await db.schema
      .createTable('import_mappings')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('source', t.text, (c) => c.notNull())
      .addColumn('mapping', t.json, (c) => c.notNull())
      .addColumn('updated_by', t.id, (c) => c.references('users.id'))
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('import_mappings_source_uq', ['entity', 'source'])
      .execute();

    for (const table of ['activities', 'payments'])
      await db.schema.alterTable(table).addColumn('import_job_id', t.id).execute();
  },
};
