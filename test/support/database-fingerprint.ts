import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';

/**
 * A fingerprint of the database's rows, one query: per table the row count, the sum of the
 * versions and the latest update. Any insert, delete or versioned change shows in it. Tables in
 * `skip` (bookkeeping that moves on its own) are left out.
 */
export async function databaseFingerprint(
  db: Db,
  skip: ReadonlySet<string>,
): Promise<Record<string, string>> {
  const query = await fingerprintQuery(db, skip);
  const { rows } = await sql<{ t: string; f: string }>`${sql.raw(query)}`.execute(db.kysely);
  return Object.fromEntries(rows.map((row) => [row.t, row.f]));
}

const queries = new WeakMap<Db, string>();

async function fingerprintQuery(db: Db, skip: ReadonlySet<string>): Promise<string> {
  const known = queries.get(db);
  if (known) return known;
  const tables = new Map<string, Set<string>>();
  for (const table of await db.kysely.introspection.getTables()) {
    if (db.dialect === 'postgres' && table.schema !== (db.schema ?? 'public')) continue;
    if (skip.has(table.name) || table.name.startsWith('kysely_')) continue;
    const columns = tables.get(table.name) ?? new Set<string>();
    for (const column of table.columns) columns.add(column.name);
    tables.set(table.name, columns);
  }
  const parts = [...tables].map(([name, columns]) => {
    const values = ['cast(count(*) as text)'];
    if (columns.has('version')) values.push('cast(coalesce(sum(version), 0) as text)');
    if (columns.has('updated_at')) values.push(`coalesce(cast(max(updated_at) as text), '')`);
    return `select '${name}' as t, ${values.join(` || '|' || `)} as f from "${name}"`;
  });
  const query = parts.join(' union all ');
  queries.set(db, query);
  return query;
}
