import { sql } from 'kysely';
import { dropKeySamples } from '../planner-statistics.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * SQLite: `search_entries` stored WITHOUT ROWID, its rows in the order of its key (entity,
 * record), so that a search reads one kind's entries in a single pass instead of an index entry
 * and then a table row for each; at scale M, the 96k customers' entries in 10 ms instead of 58
 * (bench/RESULTS.md). The triggers that keep the table are made again after the swap (SQLite
 * checks every trigger's tables when a table is renamed), all in one transaction. PostgreSQL's
 * table is unchanged: its trigram index serves the searches.
 */
export const searchEntriesClustered: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    if (dialect !== 'sqlite') return;
    await db.transaction().execute(async (trx) => {
      const { rows: triggers } = await sql<{ name: string; sql: string }>`select name, sql
        from sqlite_schema where type = 'trigger' and sql like '%search_entries%'`.execute(trx);
      for (const trigger of triggers) await sql`drop trigger ${sql.id(trigger.name)}`.execute(trx);
      await trx.schema
        .createTable('search_entries_clustered')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_entries_pk', ['entity', 'record_id'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await sql`insert into search_entries_clustered (entity, record_id, text, phone)
        select entity, record_id, text, phone from search_entries
        order by entity, record_id`.execute(trx);
      await sql`drop table search_entries`.execute(trx);
      await sql`alter table search_entries_clustered rename to search_entries`.execute(trx);
      for (const trigger of triggers) await sql.raw(trigger.sql).execute(trx);
      await sql`analyze search_entries`.execute(trx);
      await dropKeySamples(trx);
    });
  },
};
