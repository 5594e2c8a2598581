import { sql, type Kysely } from 'kysely';
import { chainRows, GENESIS_HASH } from '../history-chain.js';
import { changesDocument, parseChanges } from '../history-diff.js';
import type { HistoryAction } from '../tables/history.table.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/** Rows hashed and written back per statement (5 parameters each). */
const CHUNK = 1_000;

/**
 * History becomes one row per write, chained by hash. The field-level rows of one write (same
 * record, action, actor and instant) become one row whose `changes` holds every field as
 * `[old, new]`; should one such group name a field twice, the second occurrence starts another
 * row, so no change is lost. Rows are numbered in time order and chained from the genesis hash.
 */
export const historyPerWrite: YardstickMigration = {
  async up(context) {
    const { db, t, dialect } = context;
    await db.schema.dropIndex('history_entity_idx').execute();
    await db.schema.alterTable('history').renameTo('history_fields').execute();
    await db.schema
      .createTable('history')
      .addColumn('seq', t.sequence, (c) => c.primaryKey())
      .addColumn('id', t.id, (c) => c.notNull())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('entity_id', t.id, (c) => c.notNull())
      .addColumn('action', t.text, (c) => c.notNull())
      .addColumn('changes', t.json, (c) => c.notNull())
      .addColumn('actor_id', t.id, (c) => c.references('users.id'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .addColumn('prev_hash', t.text, (c) => c.notNull())
      .addColumn('hash', t.text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('history_chain')
      .addColumn('id', t.integer, (c) => c.primaryKey())
      .addColumn('seq', t.sequence, (c) => c.notNull())
      .addColumn('hash', t.text, (c) => c.notNull())
      .execute();

    const changes =
      dialect === 'postgres'
        ? sql`coalesce(json_object_agg(field, json_build_array(old_value, new_value) order by id) filter (where field is not null)::text, '{}')`
        : sql`json_group_object(field, json_array(old_value, new_value) order by id) filter (where field is not null)`;
    await sql`
      insert into history (seq, id, entity, entity_id, action, changes, actor_id, at, prev_hash, hash)
      select row_number() over (order by at, id), id, entity, entity_id, action, changes, actor_id, at, '', ''
      from (
        select min(id) as id, entity, entity_id, action, actor_id, at, ${changes} as changes
        from (
          select h.*, row_number() over (
            partition by entity, entity_id, action, actor_id, at, field order by id
          ) as occurrence
          from history_fields h
        ) numbered
        group by entity, entity_id, action, actor_id, at, occurrence
      ) writes`.execute(db);
    const head = await chainExistingRows(context);
    await sql`insert into history_chain (id, seq, hash) values (1, ${head.seq}, ${head.hash})`.execute(
      db,
    );
    await db.schema.dropTable('history_fields').execute();
    await db.schema
      .createIndex('history_entity_idx')
      .on('history')
      .columns(['entity', 'entity_id', 'at'])
      .execute();
  },
};

type Grouped = {
  seq: number | string;
  id: string;
  entity: string;
  eid: string;
  action: HistoryAction;
  changes: string;
  actor: string | null;
  at: string;
};

/** Rewrites each row's document compactly and fills in the chain, in seq order, chunk by chunk. */
async function chainExistingRows({
  db,
  t,
}: MigrationContext): Promise<{ seq: number; hash: string }> {
  let head = { seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const { rows } = await sql<Grouped>`
      select seq, id, entity, entity_id as eid, action, changes, actor_id as actor, at
      from history where seq > ${head.seq} order by seq limit ${CHUNK}`.execute(db);
    if (rows.length === 0) return head;
    const chained = chainRows(
      head,
      rows.map((r) => ({
        id: r.id,
        entity: r.entity,
        entityId: r.eid,
        action: r.action,
        changes: changesDocument(parseChanges(r.changes)),
        actorId: r.actor,
        at: isoOf(r.at),
      })),
    );
    await writeBack(db, t.sequence, chained);
    const last = chained.at(-1);
    if (!last) return head;
    head = { seq: last.seq, hash: last.hash };
  }
}

/** The timestamp exactly as the app reads it back (both engines give text; a Date just in case). */
function isoOf(at: unknown): string {
  return at instanceof Date ? at.toISOString() : String(at);
}

async function writeBack(
  db: Kysely<unknown>,
  sequence: string,
  rows: { seq: number; changes: string; at: string; prevHash: string; hash: string }[],
): Promise<void> {
  const values = sql.join(
    rows.map(
      (r) => sql`(cast(${r.seq} as ${sql.raw(sequence)}), ${r.changes}, ${r.prevHash}, ${r.hash})`,
    ),
  );
  await sql`
    update history set changes = v.column2, prev_hash = v.column3, hash = v.column4
    from (values ${values}) as v
    where history.seq = v.column1`.execute(db);
}
