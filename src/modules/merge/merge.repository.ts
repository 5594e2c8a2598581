import type { Executor } from '../../db/database.js';
import { MERGED_REASON } from '../quality/quality-flags.repository.js';

/** A record whose link to a customer or lead a merge moved, for its history. */
export type MovedRecord = { entity: string; id: string; field: string };

/** Tables that point at a customer with `customer_id`, and their names in the history log. */
const CUSTOMER_CHILDREN = [
  ['contacts', 'contact'],
  ['opportunities', 'opportunity'],
  ['contracts', 'contract'],
  ['tickets', 'ticket'],
  ['feedback', 'feedback'],
  ['leads', 'lead'],
  ['followUpPlans', 'plan'],
  ['activities', 'activity'],
] as const;

/** Tables whose rows belong to one record by `record_type` + `record_id`. */
const RECORD_CHILDREN = [
  ['followUpPlans', 'plan'],
  ['activities', 'activity'],
] as const;

/**
 * Makes the survivor's primary contact the only primary one: the duplicate's primary contact
 * moves as an ordinary contact when the survivor already has one.
 */
export async function demoteDuplicatePrimary(
  trx: Executor,
  duplicateId: string,
  survivorId: string,
): Promise<string[]> {
  const survivorPrimary = await trx
    .selectFrom('contacts')
    .select('id')
    .where('customerId', '=', survivorId)
    .where('isPrimary', '=', 1)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!survivorPrimary) return [];
  const demoted = await trx
    .selectFrom('contacts')
    .select('id')
    .where('customerId', '=', duplicateId)
    .where('isPrimary', '=', 1)
    .execute();
  if (demoted.length === 0) return [];
  await trx
    .updateTable('contacts')
    .set({ isPrimary: 0 })
    .where(
      'id',
      'in',
      demoted.map((c) => c.id),
    )
    .execute();
  return demoted.map((c) => c.id);
}

/** Points every record of the duplicate customer (deleted ones too) at the survivor. */
export async function moveCustomerChildren(
  trx: Executor,
  duplicateId: string,
  survivorId: string,
): Promise<MovedRecord[]> {
  const moved: MovedRecord[] = [];
  for (const [table, entity] of CUSTOMER_CHILDREN) {
    const rows = await trx
      .selectFrom(table)
      .select('id')
      .where('customerId', '=', duplicateId)
      .execute();
    if (rows.length === 0) continue;
    await trx
      .updateTable(table)
      .set({ customerId: survivorId })
      .where('customerId', '=', duplicateId)
      .execute();
    moved.push(...rows.map((r) => ({ entity, id: r.id, field: 'customerId' })));
  }
  moved.push(...(await moveRecordChildren(trx, 'customer', duplicateId, survivorId)));
  return moved;
}

/** Points follow-ups and plans logged on the duplicate record itself at the survivor. */
export async function moveRecordChildren(
  trx: Executor,
  recordType: 'customer' | 'lead',
  duplicateId: string,
  survivorId: string,
): Promise<MovedRecord[]> {
  const moved: MovedRecord[] = [];
  for (const [table, entity] of RECORD_CHILDREN) {
    const rows = await trx
      .selectFrom(table)
      .select('id')
      .where('recordType', '=', recordType)
      .where('recordId', '=', duplicateId)
      .execute();
    if (rows.length === 0) continue;
    await trx
      .updateTable(table)
      .set({ recordId: survivorId })
      .where('recordType', '=', recordType)
      .where('recordId', '=', duplicateId)
      .execute();
    moved.push(...rows.map((r) => ({ entity, id: r.id, field: 'recordId' })));
  }
  return moved;
}

/** Collaborators of the duplicate become the survivor's, unless they already are. */
export async function moveCollaborators(
  trx: Executor,
  entity: 'customer',
  duplicateId: string,
  survivorId: string,
): Promise<void> {
  const already = trx
    .selectFrom('collaborators')
    .select('userId')
    .where('entity', '=', entity)
    .where('recordId', '=', survivorId);
  await trx
    .updateTable('collaborators')
    .set({ recordId: survivorId })
    .where('entity', '=', entity)
    .where('recordId', '=', duplicateId)
    .where('userId', 'not in', already)
    .execute();
}

/**
 * Resolves the open Q2 flags of either record: the merge is their answer. Each keeps the
 * survivor in its detail (`mergedInto`) for a link to the merged record.
 */
export async function resolveDuplicateFlags(
  trx: Executor,
  entity: 'customer' | 'lead',
  ids: [string, string],
  merge: { survivorId: string; by: string; at: string },
): Promise<string[]> {
  const flags = await trx
    .selectFrom('qualityFlags')
    .select(['id', 'detail'])
    .where('rule', '=', 'Q2')
    .where('entity', '=', entity)
    .where('recordId', 'in', ids)
    .where('status', '=', 'open')
    .execute();
  for (const flag of flags) {
    const detail = parseDetail(flag.detail);
    await trx
      .updateTable('qualityFlags')
      .set({
        status: 'cleared',
        clearedBy: merge.by,
        clearedAt: merge.at,
        clearedReason: MERGED_REASON,
        detail: JSON.stringify({ ...detail, mergedInto: merge.survivorId }),
      })
      .where('id', '=', flag.id)
      .execute();
  }
  return flags.map((f) => f.id);
}

function parseDetail(detail: string | null): Record<string, unknown> {
  if (detail === null) return {};
  try {
    const parsed: unknown = JSON.parse(detail);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return { text: detail };
  }
}
