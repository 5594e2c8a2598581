import type { Executor } from '../../db/database.js';
import { IMPORT_ENTITIES, type ImportEntity } from '../../domain/import/entity-fields.js';
import { nameDuplicateKey, phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { refusal } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import { contactSnapshot } from '../contacts/contacts.presenter.js';
import { customerSnapshot } from '../customers/customers.presenter.js';
import type { CustomerRow } from '../customers/customers.repository.js';
import { leadSnapshot } from '../leads/leads.presenter.js';
import type { LeadRow } from '../leads/leads.repository.js';
import { checkRecordsCreated } from '../quality/record-checks.service.js';
import {
  insertCreationHistory,
  insertOwnershipPeriods,
  insertRows,
  type CreatedRecord,
} from './import-writes.repository.js';
import { customersWithPrimary } from './imports.repository.js';
import { activityWriter } from './import-activity-writer.js';
import { contractWriter, opportunityWriter, paymentWriter } from './import-deal-writers.js';
import { targetWriter } from './import-target-writer.js';
import {
  asIs,
  createdAtOf,
  ownerOf,
  text,
  withCustomer,
  type EntityWriter,
} from './import-writer-kit.js';

const customerWriter: EntityWriter = {
  prepare: asIs,
  async write(trx, { actor, at }, rows) {
    const records = rows.map(({ row }) => {
      const v = row.values;
      const name = text(v.name) ?? '';
      const createdAt = createdAtOf(row, at);
      const ownerId = ownerOf(row, actor);
      return {
        id: newId(),
        name,
        nameKey: nameDuplicateKey(name) ?? '',
        phone: text(v.phone),
        phoneKey: phoneDuplicateKey(text(v.phone)),
        email: text(v.email),
        industry: text(v.industry),
        source: text(v.source),
        level: text(v.level) as CustomerRow['level'],
        status: (text(v.status) ?? 'potential') as CustomerRow['status'],
        requirement: text(v.requirement),
        region: text(v.region),
        address: text(v.address),
        ownerId,
        ownerSince: createdAt,
        previousOwnerId: null,
        poolEnteredAt: null,
        lastFollowUpAt: null,
        lastDealOn: null,
        createdBy: null,
        createdAt,
        updatedAt: at,
        deletedAt: null,
        flagged: 0,
        // The insert trigger sets the bits from the values (customer-field-filled.ts).
        filledFields: 0,
        // Set by the flag triggers when the import's Q1 checks flag a placeholder
        // (customer-placeholder-fields.ts).
        placeholderFields: 0,
        // A new customer has no opportunities or contracts yet (customer-open-opportunities.ts,
        // customer-first-contract.ts).
        openOpportunities: 0,
        opportunitiesChangedAt: null,
        firstContractOn: null,
        nextContactAt: text(v.nextContactAt),
      };
    });
    await insertRows(
      trx,
      'customers',
      records.map(({ nextContactAt: _n, ...r }) => r),
    );
    await insertOwnershipPeriods(trx, 'customer', records, actor.id);
    await insertRows(
      trx,
      'followUpPlans',
      records.flatMap((r) =>
        r.nextContactAt
          ? [
              {
                id: newId(),
                recordType: 'customer' as const,
                recordId: r.id,
                customerId: r.id,
                ownerId: r.ownerId,
                dueAt: r.nextContactAt,
                note: null,
                completedAt: null,
                completedByActivityId: null,
                createdBy: null,
                createdAt: at,
                updatedAt: at,
                deletedAt: null,
              },
            ]
          : [],
      ),
    );
    return recordCreated(
      trx,
      'customer',
      records.map(({ nextContactAt: _n, ...r }) => ({
        entity: 'customer',
        id: r.id,
        snapshot: customerSnapshot({ ...r, version: 1 }),
      })),
      actor.id,
      at,
    );
  },
};

/** The history and the data-quality checks of records an import has just created; their ids. */
async function recordCreated(
  trx: Executor,
  kind: 'customer' | 'lead',
  created: CreatedRecord[],
  actorId: string,
  at: string,
): Promise<string[]> {
  await insertCreationHistory(trx, created, actorId);
  const ids = created.map((record) => record.id);
  await checkRecordsCreated(trx, kind, ids, at);
  return ids;
}

const leadWriter: EntityWriter = {
  prepare: asIs,
  async write(trx, { actor, at }, rows) {
    const records = rows.map(({ row }): LeadRow => {
      const v = row.values;
      const company = text(v.company) ?? '';
      return {
        id: newId(),
        company,
        nameKey: nameDuplicateKey(company) ?? '',
        contactName: text(v.contactName),
        phone: text(v.phone),
        phoneKey: phoneDuplicateKey(text(v.phone)),
        email: text(v.email),
        industry: text(v.industry),
        region: text(v.region),
        requirement: text(v.requirement),
        campaignId: null,
        // Nobody sourced an imported lead in Yardstick: it never counts as anyone's qualified lead.
        sourceUserId: null,
        ownerId: ownerOf(row, actor),
        status: (text(v.status) ?? 'new') as LeadRow['status'],
        disqualifyReason: null,
        qualityRating: null,
        closedAt: null,
        closedBy: null,
        customerId: null,
        contactId: null,
        opportunityId: null,
        version: 1,
        createdBy: null,
        createdAt: createdAtOf(row, at),
        updatedAt: at,
        deletedAt: null,
        flagged: 0,
      };
    });
    await insertRows(
      trx,
      'leads',
      records.map(({ version: _v, ...r }) => r),
    );
    await insertOwnershipPeriods(trx, 'lead', records, actor.id);
    return recordCreated(
      trx,
      'lead',
      records.map((r) => ({ entity: 'lead', id: r.id, snapshot: leadSnapshot(r) })),
      actor.id,
      at,
    );
  },
};

const contactWriter: EntityWriter = {
  prepare: withCustomer,
  async write(trx, { actor, at }, rows) {
    // One primary contact per customer: a row asking for it gets it only while the customer has none.
    const taken = await customersWithPrimary(
      trx,
      rows.map((r) => r.refs.customer ?? ''),
    );
    const records = rows.map(({ row, refs }) => {
      const customerId = refs.customer ?? '';
      const primary = row.values.isPrimary === true && !taken.has(customerId);
      if (primary) taken.add(customerId);
      return {
        id: newId(),
        customerId,
        name: text(row.values.name) ?? '',
        title: text(row.values.title),
        phone: text(row.values.phone),
        email: text(row.values.email),
        isPrimary: primary ? 1 : 0,
        note: text(row.values.note),
        version: 1,
        createdBy: null,
        createdAt: createdAtOf(row, at),
        updatedAt: at,
        deletedAt: null,
      };
    });
    await insertRows(
      trx,
      'contacts',
      records.map(({ version: _v, ...r }) => r),
    );
    await insertCreationHistory(
      trx,
      records.map((r) => ({ entity: 'contact', id: r.id, snapshot: contactSnapshot(r) })),
      actor.id,
    );
    return records.map((r) => r.id);
  },
};

const WRITERS: Partial<Record<ImportEntity, EntityWriter>> = {
  customer: customerWriter,
  lead: leadWriter,
  contact: contactWriter,
  opportunity: opportunityWriter,
  activity: activityWriter,
  contract: contractWriter,
  payment: paymentWriter,
  target: targetWriter,
};

/** The entities a file can be imported into today, in the order of `IMPORT_ENTITIES`. */
export const WRITABLE_ENTITIES: readonly ImportEntity[] = IMPORT_ENTITIES.filter(
  (entity) => WRITERS[entity] !== undefined,
);

export function entityWriter(entity: ImportEntity): EntityWriter {
  const writer = WRITERS[entity];
  if (!writer)
    throw refusal(
      'import_entity_unsupported',
      `Importing ${entity} records is not available yet`,
      { entity },
      [{ path: 'entity', message: 'not importable yet', code: 'import_entity_unsupported' }],
    );
  return writer;
}
