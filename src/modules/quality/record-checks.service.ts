import type { Executor } from '../../db/database.js';
import { checkDeletion } from './create-then-delete.service.js';
import { syncFlags, type SyncResult } from './flag-sync.service.js';
import type { QualityRecord, RecordKind } from './quality-record.js';
import {
  earliestSharingKeys,
  findQualityRecord,
  findQualityRecords,
  recordsSharingKeys,
} from './quality-sources.repository.js';
import { duplicateFindings, placeholderFindings } from './record-rules.js';

export type DuplicateKeys = { phoneKey: string | null; nameKey: string };

function keysOf(records: readonly DuplicateKeys[]) {
  return {
    phoneKeys: records.flatMap((r) => (r.phoneKey ? [r.phoneKey] : [])),
    nameKeys: records.flatMap((r) => (r.nameKey ? [r.nameKey] : [])),
  };
}

/** Q1 for records of one kind: one flag per placeholder field, resolved once the field is fixed. */
export async function placeholderCheck(
  trx: Executor,
  kind: RecordKind,
  records: readonly QualityRecord[],
  at: string,
): Promise<SyncResult> {
  return syncFlags(
    trx,
    { rule: 'Q1', entity: kind, recordIds: records.map((r) => r.id), mode: 'sync' },
    records.flatMap(placeholderFindings),
    at,
  );
}

/**
 * Q2 for `decide` (live records of one kind): loads the earliest live record of that kind for each
 * of their keys — two indexed lookups per key set — which is the match each verdict points at,
 * then stores the verdicts (a record no longer a duplicate has its flag resolved).
 */
export async function duplicateCheck(
  trx: Executor,
  kind: RecordKind,
  decide: readonly QualityRecord[],
  at: string,
): Promise<SyncResult> {
  const earliest = await earliestSharingKeys(trx, kind, keysOf(decide));
  const candidates = [...new Map([...decide, ...earliest].map((r) => [r.id, r])).values()];
  return syncFlags(
    trx,
    { rule: 'Q2', entity: kind, recordIds: decide.map((r) => r.id), mode: 'sync' },
    duplicateFindings(decide, candidates),
    at,
  );
}

/**
 * Q1 and Q2 after a customer or lead was created or edited, inside the writer's transaction.
 * `previous` are its keys before an edit: records that matched the old phone or name may have
 * been duplicates of it and are decided again. A creation can change only the verdicts of records
 * created at or after it (a verdict looks at earlier records), so only those are decided again:
 * a number already on thousands of records costs one lookup, not their re-evaluation.
 */
export async function checkRecordWrite(
  trx: Executor,
  kind: RecordKind,
  id: string,
  at: string,
  previous?: DuplicateKeys,
): Promise<void> {
  const record = await findQualityRecord(trx, kind, id);
  if (!record) return;
  await placeholderCheck(trx, kind, [record], at);
  const related = await recordsSharingKeys(
    trx,
    kind,
    keysOf([record, ...(previous ? [previous] : [])]),
    previous ? undefined : record.createdAt,
  );
  await duplicateCheck(trx, kind, related, at);
}

/**
 * Q1 and Q2 after a batch of customers or leads was created (an import), inside its transaction:
 * the same verdicts as `checkRecordWrite` one by one, in a few indexed queries per batch.
 */
export async function checkRecordsCreated(
  trx: Executor,
  kind: RecordKind,
  ids: readonly string[],
  at: string,
): Promise<void> {
  const records = await findQualityRecords(trx, kind, ids);
  if (records.length === 0) return;
  await placeholderCheck(trx, kind, records, at);
  const firstCreated = records.map((r) => r.createdAt).reduce((a, b) => (a < b ? a : b));
  const related = await recordsSharingKeys(trx, kind, keysOf(records), firstCreated);
  await duplicateCheck(trx, kind, related, at);
}

/**
 * After a customer or lead was soft-deleted, inside the deleting transaction: later records that
 * were its duplicates are decided again (it is no longer an active record to duplicate), and the
 * creator's create-then-delete count (Q7) is reviewed.
 */
export async function checkRecordDelete(
  trx: Executor,
  kind: RecordKind,
  record: DuplicateKeys & { createdBy: string | null; createdAt: string },
  deletedAt: string,
): Promise<void> {
  const related = await recordsSharingKeys(trx, kind, keysOf([record]));
  await duplicateCheck(trx, kind, related, deletedAt);
  await checkDeletion(trx, { userId: record.createdBy, createdAt: record.createdAt, deletedAt });
}
