import { z } from 'zod';
import type { Executor } from '../db/database.js';
import { isCreateThenDeleteUser } from '../domain/quality/create-then-delete.js';
import { chunked } from '../modules/quality/quality-flags.repository.js';

/** What a Q7 flag's detail lists: the records its user created and deleted within a day. */
const createThenDeleteDetail = z.object({
  records: z.array(z.object({ entity: z.enum(['activity', 'customer', 'lead']), id: z.string() })),
});

type DeletedEntity = z.infer<typeof createThenDeleteDetail>['records'][number]['entity'];
const TABLE_OF = { activity: 'activities', customer: 'customers', lead: 'leads' } as const;

/**
 * The simulated data-quality pass runs once the year is written, so it stamps every flag with the
 * moment of seeding: a year of flags would read "raised today" and be announced by the first
 * notifications run. The app raises a flag with the write that breaks the rule; this gives each
 * simulated flag that moment: an activity's flag its recording, a customer's or lead's flag its
 * creation, a user's create-then-delete month (Q7) the deletion that reached the threshold.
 */
export async function dateFlagsAtTheirWrites(executor: Executor): Promise<void> {
  await executor
    .updateTable('qualityFlags')
    .set((eb) => ({
      createdAt: eb
        .selectFrom('activities')
        .select('activities.recordedAt')
        .whereRef('activities.id', '=', 'qualityFlags.recordId'),
    }))
    .where('entity', '=', 'activity')
    .execute();
  for (const [entity, table] of [
    ['customer', 'customers'],
    ['lead', 'leads'],
  ] as const)
    await executor
      .updateTable('qualityFlags')
      .set((eb) => ({
        createdAt: eb
          .selectFrom(table)
          .select(`${table}.createdAt`)
          .whereRef(`${table}.id`, '=', 'qualityFlags.recordId'),
      }))
      .where('entity', '=', entity)
      .execute();
  await dateCreateThenDeleteFlags(executor);
}

async function dateCreateThenDeleteFlags(executor: Executor): Promise<void> {
  const flags = (
    await executor
      .selectFrom('qualityFlags')
      .select(['id', 'detail'])
      .where('rule', '=', 'Q7')
      .execute()
  ).map((f) => ({
    id: f.id,
    records: createThenDeleteDetail.parse(JSON.parse(f.detail ?? '{}')).records,
  }));
  const deletedAt = new Map<string, string>();
  for (const entity of Object.keys(TABLE_OF) as DeletedEntity[]) {
    const ids = flags.flatMap((f) => f.records.filter((r) => r.entity === entity).map((r) => r.id));
    for (const chunk of chunked([...new Set(ids)]))
      for (const row of await executor
        .selectFrom(TABLE_OF[entity])
        .select(['id', 'deletedAt'])
        .where('id', 'in', chunk)
        .execute())
        if (row.deletedAt !== null) deletedAt.set(row.id, row.deletedAt);
  }
  for (const flag of flags) {
    const deletions = flag.records.flatMap((r) => deletedAt.get(r.id) ?? []).sort();
    const reached = deletions.find((_, i) => isCreateThenDeleteUser(i + 1));
    if (reached !== undefined)
      await executor
        .updateTable('qualityFlags')
        .set({ createdAt: reached })
        .where('id', '=', flag.id)
        .execute();
  }
}
