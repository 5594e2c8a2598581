import { newId } from '../../platform/ids.js';
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

/** The first ownership period of each imported record: its owner from its creation time on. */
export async function insertOwnershipPeriods(
  executor: Executor,
  entity: Insertable<Database['ownershipPeriods']>['entity'],
  records: readonly { id: string; ownerId: string | null; createdAt: string }[],
  fallbackOwnerId: string,
): Promise<void> {
  await insertRows(
    executor,
    'ownershipPeriods',
    records.map((r) => ({
      id: newId(),
      entity,
      recordId: r.id,
      ownerId: r.ownerId ?? fallbackOwnerId,
      startedAt: r.createdAt,
      endedAt: null,
    })),
  );
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
