import type { Executor } from '../../db/database.js';
import type { OwnershipPeriodsTable } from '../../db/tables/crm.table.js';
import { newId } from '../ids.js';

type Entity = OwnershipPeriodsTable['entity'];

/**
 * Records that `recordId` changed hands at `at`: closes the open ownership period and, unless
 * the record goes ownerless (the pool), opens one for the new owner. Metrics use these periods
 * to credit an event to whoever owned the record when it happened.
 */
export async function changeOwnership(
  executor: Executor,
  entity: Entity,
  recordId: string,
  ownerId: string | null,
  at: string,
): Promise<void> {
  await executor
    .updateTable('ownershipPeriods')
    .set({ endedAt: at })
    .where('entity', '=', entity)
    .where('recordId', '=', recordId)
    .where('endedAt', 'is', null)
    .execute();
  if (ownerId) {
    await executor
      .insertInto('ownershipPeriods')
      .values({ id: newId(), entity, recordId, ownerId, startedAt: at, endedAt: null })
      .execute();
  }
}
