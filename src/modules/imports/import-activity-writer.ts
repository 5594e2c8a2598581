import { contentKey } from '../../db/content-key.js';
import { newId } from '../../platform/ids.js';
import { activitySnapshot } from '../activities/activities.presenter.js';
import { refreshCustomerFollowUp, type ActivityRow } from '../activities/activities.repository.js';
import { ownerAt } from '../activities/linked-record.repository.js';
import { activityQuality } from '../quality/activity-quality.js';
import { thinFindings } from '../quality/activity-rules.js';
import { syncFlags } from '../quality/flag-sync.service.js';
import { insertCreationHistory, insertRows } from './import-writes.repository.js';
import { customerOwners } from './imports.repository.js';
import { ownerOf, text, withCustomer, type EntityWriter } from './import-writer-kit.js';

/**
 * Imported activities (跟进记录): the activity of the person the file names, on the customer it
 * names, at its occurred time. They carry the import and were recorded by nobody, so only Q3
 * (thin content) judges them; they are no timed events (METRICS, "Imported records").
 */
export const activityWriter: EntityWriter = {
  prepare: withCustomer,
  async write(trx, { actor, at, jobId }, rows) {
    const customers = await customerOwners(
      trx,
      rows.map((p) => p.refs.customer ?? ''),
    );
    const records: ActivityRow[] = [];
    for (const { row, refs } of rows) {
      const customerId = refs.customer ?? '';
      const occurredAt = text(row.values.occurredAt) ?? at;
      const content = text(row.values.content) ?? '';
      records.push({
        id: newId(),
        type: (text(row.values.type) ?? 'note') as ActivityRow['type'],
        recordType: 'customer',
        recordId: customerId,
        customerId,
        content,
        contentKey: contentKey(content),
        occurredAt,
        recordedAt: at,
        actorId: ownerOf(row, actor),
        // The customer's owner when it happened (its ownership periods), else its owner now.
        ownerId:
          (await ownerAt(trx, 'customer', customerId, occurredAt)) ??
          customers.get(customerId) ??
          null,
        valid: activityQuality({ content, occurredAt, recordedAt: at }).valid,
        // Recorded by nobody: no timed event, never late.
        timely: 1,
        planId: null,
        deletedAt: null,
        importJobId: jobId,
        flagged: 0,
      });
    }
    await insertRows(trx, 'activities', records);
    await syncFlags(
      trx,
      { rule: 'Q3', entity: 'activity', recordIds: records.map((r) => r.id), mode: 'sync' },
      thinFindings(records),
      at,
    );
    await insertCreationHistory(
      trx,
      records.map((r) => ({ entity: 'activity', id: r.id, snapshot: activitySnapshot(r) })),
      actor.id,
    );
    for (const customerId of new Set(records.map((r) => r.customerId ?? '')))
      await refreshCustomerFollowUp(trx, customerId);
    return records.map((r) => r.id);
  },
};
