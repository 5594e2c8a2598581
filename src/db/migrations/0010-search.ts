import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../database.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * Search across records: one row per searchable record in `search_entries` with its names,
 * e-mails and numbers lower-cased (`text`, fields joined by '|') and its phone's digits
 * (`phone`). Triggers keep it in step with every insert and update, whoever writes (services,
 * the simulator, imports); existing rows are copied in here. Deleted records keep their entry
 * and are left out by the record's own scope query. On PostgreSQL a trigram index (pg_trgm)
 * serves `like '%…%'`, CJK text included; when this database user may not create the
 * extension, searches scan the (narrow) table instead, as they always do on SQLite.
 */
type Source = {
  table: string;
  entity: string;
  text: string[];
  phone: 'phone_key' | 'phone' | null;
};

const sources: Source[] = [
  { table: 'customers', entity: 'customer', text: ['name', 'email'], phone: 'phone_key' },
  { table: 'contacts', entity: 'contact', text: ['name', 'email'], phone: 'phone' },
  {
    table: 'leads',
    entity: 'lead',
    text: ['company', 'contact_name', 'email'],
    phone: 'phone_key',
  },
  { table: 'opportunities', entity: 'opportunity', text: ['name'], phone: null },
  { table: 'contracts', entity: 'contract', text: ['number', 'title'], phone: null },
  { table: 'tickets', entity: 'ticket', text: ['title'], phone: null },
];

function column(row: string | null, name: string): RawBuilder<unknown> {
  return row === null ? sql.ref(name) : sql.raw(`${row}.${name}`);
}

function textExpression(source: Source, row: string | null): RawBuilder<string> {
  const parts = source.text.map((name) => sql`coalesce(${column(row, name)}, '')`);
  return sql<string>`lower(${sql.join(parts, sql` || '|' || `)})`;
}

/** Digits only; SQLite has no regular expressions, so the usual separators are removed. */
function phoneExpression(source: Source, row: string | null, dialect: Dialect): RawBuilder<string> {
  if (source.phone === null) return sql<string>`''`;
  const phone = sql`coalesce(${column(row, source.phone)}, '')`;
  if (dialect === 'postgres') return sql<string>`regexp_replace(${phone}, '[^0-9]', '', 'g')`;
  let expression: RawBuilder<string> = sql<string>`${phone}`;
  for (const separator of [' ', '-', '+', '(', ')', '.', '/', '（', '）', '－']) {
    expression = sql<string>`replace(${expression}, ${sql.lit(separator)}, '')`;
  }
  return expression;
}

function upsertEntry(source: Source, dialect: Dialect): RawBuilder<unknown> {
  return sql`insert into search_entries (entity, record_id, text, phone)
    values (${sql.lit(source.entity)}, new.id, ${textExpression(source, 'new')}, ${phoneExpression(source, 'new', dialect)})
    on conflict (entity, record_id) do update set text = excluded.text, phone = excluded.phone`;
}

async function addTriggers(db: Kysely<unknown>, source: Source, dialect: Dialect): Promise<void> {
  const watched = [...source.text, ...(source.phone ? [source.phone] : [])].join(', ');
  if (dialect === 'postgres') {
    const fn = sql.raw(`${source.table}_search_sync`);
    await sql`create function ${fn}() returns trigger language plpgsql as $$
      begin ${upsertEntry(source, dialect)}; return new; end $$`.execute(db);
    await sql`create trigger ${fn} after insert or update of ${sql.raw(watched)}
      on ${sql.raw(source.table)} for each row execute function ${fn}()`.execute(db);
    return;
  }
  for (const event of ['insert', `update of ${watched}`]) {
    const name = sql.raw(`${source.table}_search_${event === 'insert' ? 'insert' : 'update'}`);
    await sql`create trigger ${name} after ${sql.raw(event)} on ${sql.raw(source.table)}
      begin ${upsertEntry(source, dialect)}; end`.execute(db);
  }
}

/** The schema holding pg_trgm (created when missing and allowed), or null. */
async function trigramSchema(db: Kysely<unknown>): Promise<string | null> {
  const installedSchema = async () =>
    (
      await sql<{ schema: string }>`select extnamespace::regnamespace::text as schema
        from pg_extension where extname = 'pg_trgm'`.execute(db)
    ).rows[0]?.schema ?? null;
  const installed = await installedSchema();
  if (installed !== null) return installed;
  const permission = await sql<{ allowed: boolean; public: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'pg_trgm')
      and ((select rolsuper from pg_roles where rolname = current_user)
        or (current_setting('server_version_num')::int >= 130000
          and has_database_privilege(current_database(), 'CREATE'))) as allowed,
      exists (select 1 from pg_namespace where nspname = 'public') as public`.execute(db);
  const { allowed, public: hasPublic } = permission.rows[0] ?? { allowed: false, public: false };
  if (!allowed) return null;
  // An extension is database-wide: keep it in the shared public schema when there is one, so
  // that dropping one schema never takes it (and every other schema's indexes) along.
  await sql`select pg_advisory_xact_lock(hashtext('yardstick:pg_trgm'))`.execute(db);
  await sql`create extension if not exists pg_trgm ${sql.raw(hasPublic ? 'schema public' : '')}`.execute(
    db,
  );
  return installedSchema();
}

export const search: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    await db.schema
      .createTable('search_entries')
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('search_entries_pk', ['entity', 'record_id'])
      .execute();
    for (const source of sources) {
      await sql`insert into search_entries (entity, record_id, text, phone)
        select ${sql.lit(source.entity)}, id, ${textExpression(source, null)}, ${phoneExpression(source, null, dialect)}
        from ${sql.raw(source.table)}`.execute(db);
      await addTriggers(db, source, dialect);
    }
    if (dialect !== 'postgres') return;
    const schema = await trigramSchema(db);
    if (schema === null) return;
    const opclass = sql.raw(`"${schema}".gin_trgm_ops`);
    for (const name of ['text', 'phone']) {
      await sql`create index ${sql.raw(`search_entries_${name}_trgm_idx`)}
        on search_entries using gin (${sql.raw(name)} ${opclass})`.execute(db);
    }
  },
};
