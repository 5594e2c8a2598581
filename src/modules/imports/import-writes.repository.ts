import type { Insertable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { chunked } from '../quality/quality-flags.repository.js';

type InsertableTable =
  | 'customers'
  | 'contacts'
  | 'leads'
  | 'ownershipPeriods'
  | 'followUpPlans'
  | 'opportunities'
  | 'stageChanges'
  | 'contracts'
  | 'payments'
  | 'activities';

/** Rows of one table in a few multi-row statements (kept under both engines' parameter limits). */
export async function insertRows<T extends InsertableTable>(
  executor: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (const batch of chunked(rows, 200))
    await executor
      .insertInto(table)
      .values(batch as Insertable<Database[T]>[])
      .execute();
}

export type CreatedRecord = { entity: string; id: string; snapshot: Record<string, unknown> };

/**
 * The history of records an import created: one "create" row per record with its initial values,
 * as any creation; the rows join the history chain when the batch's transaction commits.
 */
export async function insertCreationHistory(
  executor: Executor,
  records: readonly CreatedRecord[],
  actorId: string,
): Promise<void> {
  for (const record of records)
    await writeHistory(executor, {
      entity: record.entity,
      entityId: record.id,
      action: 'create',
      actorId,
      before: null,
      after: record.snapshot,
    });
}
