import { sql } from 'kysely';
import { contentKey } from '../content-key.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/** Activities keyed per statement (two parameters each). */
const CHUNK = 2_000;

/**
 * Every activity's Q4 content key, carried by the index of each author's activities by recording
 * time: logging or editing an activity picks the author's earlier copies of its text (Q4) out of
 * that index instead of reading, and normalising, every activity the author recorded in the 168
 * hours around it (bench/RESULTS.md, "Bounded data-quality checks when logging an activity"). A
 * separate (actor, key, time) index was measured: its random insertion point cost every write
 * more than it saved an ordinary author's.
 */
export const activityContentKey: YardstickMigration = {
  async up(context) {
    const { db, t } = context;
    await db.schema
      .alterTable('activities')
      .addColumn('content_key', t.integer, (c) => c.notNull().defaultTo(0))
      .execute();
    await keyActivities(context);
    await db.schema.dropIndex('activities_actor_recorded_covering_idx').execute();
    await db.schema
      .createIndex('activities_actor_recorded_covering_idx')
      .on('activities')
      .columns([
        'actor_id',
        'recorded_at',
        'valid',
        'deleted_at',
        'import_job_id',
        'timely',
        'flagged',
        'content_key',
        'id',
      ])
      .execute();
    await sql`analyze activities`.execute(db);
  },
};

async function keyActivities({ db }: MigrationContext): Promise<void> {
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; content: string }>`
      select id, content from activities where id > ${after} order by id limit ${CHUNK}`.execute(
      db,
    );
    const last = rows.at(-1);
    if (!last) return;
    // VALUES names its columns column1, column2 on both engines; keys inline, as integers.
    const keyed = sql.join(rows.map((r) => sql`(${r.id}, ${sql.lit(contentKey(r.content))})`));
    await sql`update activities set content_key = keyed.column2 from (values ${keyed}) as keyed
      where activities.id = keyed.column1`.execute(db);
    after = last.id;
  }
}
