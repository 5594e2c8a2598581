import type { Db } from '../../db/database.js';
import type { OwnershipPeriodsTable } from '../../db/tables/crm.table.js';
import { inTransaction } from '../../db/transaction.js';
import { softDeleteVersioned, type VersionedTable } from '../../db/versioned-writes.js';
import { nowIso } from '../../platform/clock.js';
import { staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { changeOwnership } from '../ownership/ownership.repository.js';

export type SoftDeletion = {
  table: VersionedTable;
  /** The history entity name, e.g. 'contact'. */
  entity: string;
  /** What the record is called in a 409 message, e.g. 'Contact'. */
  label: string;
  id: string;
  version: number;
  /** For owned records: the ownership period ends with the deletion. */
  ownership?: OwnershipPeriodsTable['entity'];
};

/** Marks a record deleted at its expected version, ends its ownership and logs it, in one transaction. */
export async function softDeleteRecord(
  db: Db,
  actorId: string,
  record: SoftDeletion,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const at = nowIso();
    if (!(await softDeleteVersioned(trx, record.table, record.id, record.version, at)))
      throw staleVersion(record.label);
    if (record.ownership) await changeOwnership(trx, record.ownership, record.id, null, at);
    await writeHistory(trx, {
      entity: record.entity,
      entityId: record.id,
      action: 'delete',
      actorId,
      before: { deletedAt: null },
      after: { deletedAt: at },
    });
  });
}
