import { sql } from 'kysely';
import type { Db } from './database.js';

/** A secondary index as the engine would create it again. */
type IndexDefinition = { name: string; definition: string };

/**
 * The secondary indexes of some tables (snake_case names): those created by CREATE INDEX, not
 * the ones behind a primary key or a unique constraint, which keep checking rows as they come.
 */
async function secondaryIndexes(db: Db, tables: readonly string[]): Promise<IndexDefinition[]> {
  if (db.dialect === 'sqlite') {
    const { rows } = await sql<IndexDefinition>`
      select name, sql as definition from sqlite_master
      where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(
      db.kysely,
    );
    return rows;
  }
  const { rows } = await sql<IndexDefinition>`
    select i.relname as name, pg_get_indexdef(i.oid) as definition
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and t.relname in (${sql.join(tables)})
      and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`.execute(
    db.kysely,
  );
  return rows;
}

/**
 * Runs a bulk load into some tables with their secondary indexes dropped, and builds them again
 * afterwards: building an index from sorted rows once is much faster than keeping it up to date
 * through a year of inserts in generation order. The definitions come from the engine's own
 * catalogue, so the indexes come back exactly as the migrations made them. Only for a database
 * nobody else is using (the simulator's empty one): queries meanwhile would run without them.
 */
export async function withIndexesBuiltAfter<T>(
  db: Db,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const indexes = await secondaryIndexes(db, tables);
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db.kysely);
  try {
    return await load();
  } finally {
    for (const index of indexes) await sql.raw(index.definition).execute(db.kysely);
  }
}
