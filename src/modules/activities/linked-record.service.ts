import type { Db } from '../../db/database.js';
import type { RecordType } from '../../db/tables/crm.table.js';
import { notFound, readOnlyRecord } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/policy/actor.js';
import { recordAccess, type RecordAccess } from '../../platform/policy/record-access.js';
import { loadCustomer, viewerOf } from '../customers/customers.service.js';
import {
  findLeadFacts,
  findOpportunityFacts,
  type RecordFacts,
} from './linked-record.repository.js';

/** A lead, customer or opportunity that activities and plans hang on, as far as they need it. */
export type LinkedRecord = {
  recordType: RecordType;
  recordId: string;
  /** The customer itself, or an opportunity's customer; null for leads. */
  customerId: string | null;
  ownerId: string | null;
  access: 'read' | 'write';
  /** The owner is within the actor's data scope (access not merely through a share). */
  inScope: boolean;
};

const inScopeOf = (facts: { ownerId: string | null; inScope: number }): boolean =>
  facts.ownerId !== null && Number(facts.inScope) === 1;

function accessFromFacts(actor: Actor, facts: RecordFacts): RecordAccess {
  return recordAccess(actor, {
    inScope: inScopeOf(facts),
    sharedAccess: facts.sharedAccess,
    inPool: false,
  });
}

/**
 * The record an activity or a plan refers to, if the actor may see it (else 404) and, when
 * `need` is 'write', change it (else 403). Leads and opportunities are read from their tables
 * directly, with the same scope conditions their own modules use.
 */
export async function loadLinkedRecord(
  db: Db,
  actor: Actor,
  recordType: RecordType,
  recordId: string,
  need: 'read' | 'write',
): Promise<LinkedRecord> {
  if (recordType === 'customer') {
    const { customer, access } = await loadCustomer(db, actor, recordId, need);
    return {
      recordType,
      recordId,
      customerId: customer.id,
      ownerId: customer.ownerId,
      access,
      inScope: inScopeOf(customer),
    };
  }
  const viewer = viewerOf(actor);
  const facts =
    recordType === 'lead'
      ? await findLeadFacts(db.kysely, recordId, viewer)
      : await findOpportunityFacts(db.kysely, recordId, viewer);
  const access = facts ? accessFromFacts(actor, facts) : null;
  if (!facts || !access) throw notFound(recordType);
  if (need === 'write' && access !== 'write') throw readOnlyRecord(recordType);
  return {
    recordType,
    recordId,
    customerId: recordType === 'lead' ? null : facts.customerId,
    ownerId: facts.ownerId,
    access,
    inScope: inScopeOf(facts),
  };
}
