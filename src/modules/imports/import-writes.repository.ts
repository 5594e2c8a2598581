import type { Insertable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { diffFields } from '../../platform/history/history-diff.js';
import { newId } from '../../platform/ids.js';
import { chunked } from '../quality/quality-flags.repository.js';

type InsertableTable = 'customers' | 'contacts' | 'leads' | 'ownershipPeriods' | 'followUpPlans';

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

/** The history of records an import created: one "create" entry per field, as any creation. */
export async function insertCreationHistory(
  executor: Executor,
  records: readonly CreatedRecord[],
  actorId: string,
  at: string,
): Promise<void> {
  const rows = records.flatMap((record) =>
    diffFields(null, record.snapshot).map((f) => ({
      id: newId(),
      entity: record.entity,
      entityId: record.id,
      action: 'create' as const,
      field: f.field,
      oldValue: f.oldValue,
      newValue: f.newValue,
      actorId,
      at,
    })),
  );
  for (const batch of chunked(rows, 300))
    await executor.insertInto('history').values(batch).execute();
}
