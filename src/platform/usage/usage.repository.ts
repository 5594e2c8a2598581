import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { UsageEventsTable } from '../../db/tables/crm.table.js';

export type UsageEventRow = Insertable<UsageEventsTable>;

export async function insertUsageEvents(executor: Executor, rows: UsageEventRow[]): Promise<void> {
  await executor.insertInto('usageEvents').values(rows).execute();
}
