import { sql } from 'kysely';
import { encodeChanges } from '../history-codec.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/** Rows copied per statement (9 parameters each). */
const CHUNK = 2_000;

/** Columns aliased: the query builder camel-cases the result columns it reads. */
type StoredRow = {
  seq: number | string;
  id: string;
  entity: string;
  eid: string;
  action: string;
  changes: string;
  actor: string | null;
  at: unknown;
  hash: string;
};

/**
 * History at about half its size: each row's `changes` document stored compressed
 * (history-codec.ts), `hash` as its 32 bytes instead of 64 hex digits, and `prev_hash` dropped,
 * since it is the previous row's `hash`. The hashes cover the documents' text and the previous
 * hash, which are unchanged, so the chain verifies as before without re-hashing. The rows are
 * copied in chain order into a new table.
 */
export const historyCompressed: YardstickMigration = {
  async up(context) {
    const { db, t } = context;
    await db.schema
      .createTable('history_compressed')
      .addColumn('seq', t.sequence, (c) => c.primaryKey())
      .addColumn('id', t.id, (c) => c.notNull())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('entity_id', t.id, (c) => c.notNull())
      .addColumn('action', t.text, (c) => c.notNull())
      .addColumn('changes', t.binary, (c) => c.notNull())
      .addColumn('actor_id', t.id, (c) => c.references('users.id'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .addColumn('hash', t.binary, (c) => c.notNull())
      .execute();
    await copyRows(context);
    await db.schema.dropTable('history').execute();
    await db.schema.alterTable('history_compressed').renameTo('history').execute();
    await db.schema
      .createIndex('history_entity_idx')
      .on('history')
      .columns(['entity', 'entity_id', 'at'])
      .execute();
  },
};

async function copyRows({ db }: MigrationContext): Promise<void> {
  let seq = 0;
  for (;;) {
    const { rows } = await sql<StoredRow>`
      select seq, id, entity, entity_id as eid, action, changes, actor_id as actor, at, hash
      from history where seq > ${seq} order by seq limit ${CHUNK}`.execute(db);
    const last = rows.at(-1);
    if (!last) return;
    const values = sql.join(
      rows.map(
        (r) =>
          sql`(${r.seq}, ${r.id}, ${r.entity}, ${r.eid}, ${r.action}, ${encodeChanges(r.changes)}, ${r.actor}, ${r.at}, ${Buffer.from(r.hash, 'hex')})`,
      ),
    );
    await sql`
      insert into history_compressed (seq, id, entity, entity_id, action, changes, actor_id, at, hash)
      values ${values}`.execute(db);
    seq = Number(last.seq);
  }
}
