import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nameDuplicateKey, phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { nowIso } from '../../platform/clock.js';
import { AppError, invalidField } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { addContact } from '../contacts/contacts.service.js';
import { findCustomer, insertCustomer } from '../customers/customers.repository.js';
import { customerSnapshot } from '../customers/customers.presenter.js';
import { openOpportunity, startStage } from '../opportunities/opportunity-creation.service.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { checkRecordWrite } from '../quality/record-checks.service.js';
import type { LeadRow } from './leads.repository.js';
import type { ConvertLeadInput, DisqualifyLeadInput } from './leads.schema.js';
import { loadOpenLead, saveLeadChange } from './leads.service.js';

/** The customer a converted lead becomes, owned by the lead's owner; fields default from the lead. */
async function addCustomerFromLead(
  trx: Executor,
  actorId: string,
  lead: LeadRow,
  ownerId: string,
  input: ConvertLeadInput['customer'],
  at: string,
) {
  const id = newId();
  const name = input.name ?? lead.company;
  const phone = input.phone === undefined ? lead.phone : input.phone;
  await insertCustomer(trx, {
    id,
    name,
    nameKey: nameDuplicateKey(name) ?? '',
    phone,
    phoneKey: phoneDuplicateKey(phone),
    email: input.email === undefined ? lead.email : input.email,
    industry: input.industry === undefined ? lead.industry : input.industry,
    // Where the customer came from: a lead (the campaign, if any, stays on the lead).
    source: input.source === undefined ? 'lead' : input.source,
    level: input.level ?? null,
    status: 'potential',
    requirement: input.requirement === undefined ? lead.requirement : input.requirement,
    region: input.region === undefined ? lead.region : input.region,
    address: input.address ?? null,
    ownerId,
    ownerSince: at,
    previousOwnerId: null,
    poolEnteredAt: null,
    lastFollowUpAt: null,
    lastDealOn: null,
    createdBy: actorId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  await changeOwnership(trx, 'customer', id, ownerId, at);
  await checkRecordWrite(trx, 'customer', id, at);
  const stored = await findCustomer(trx, id);
  if (!stored) throw new AppError('internal', 'customer vanished after insert');
  await writeHistory(trx, {
    entity: 'customer',
    entityId: id,
    action: 'create',
    actorId,
    before: null,
    after: customerSnapshot(stored),
  });
  return stored;
}

/**
 * Closes a lead as converted, in ONE transaction: a customer owned by the lead's owner, its
 * primary contact, optionally an opportunity with its first stage change, and the lead linked
 * to all three with its quality rating. If any step fails, none of it is left behind.
 */
export async function convertLead(db: Db, actor: Actor, id: string, input: ConvertLeadInput) {
  const { lead: before, access } = await loadOpenLead(db, actor, id, input.version);
  const contactName = input.contact.name ?? before.contactName;
  if (!contactName)
    throw invalidField(
      'contact.name',
      'contact_name_required',
      'the lead has no contact name: give one for the primary contact',
    );
  const stage = input.opportunity
    ? await startStage(db, input.opportunity.stageId, 'opportunity.stageId')
    : null;
  const ownerId = before.ownerId ?? actor.id;
  const lead = await inTransaction(db, async (trx) => {
    const at = nowIso();
    const customer = await addCustomerFromLead(trx, actor.id, before, ownerId, input.customer, at);
    const contact = await addContact(trx, actor.id, {
      customerId: customer.id,
      name: contactName,
      title: input.contact.title ?? null,
      phone: input.contact.phone === undefined ? before.phone : input.contact.phone,
      email: input.contact.email === undefined ? before.email : input.contact.email,
      note: null,
      isPrimary: true,
    });
    const opportunity =
      input.opportunity && stage
        ? await openOpportunity(
            trx,
            actor.id,
            { ...input.opportunity, customerId: customer.id, ownerId },
            stage,
          )
        : null;
    return saveLeadChange(
      trx,
      actor.id,
      before,
      input.version,
      {
        status: 'converted',
        qualityRating: input.qualityRating,
        closedAt: at,
        closedBy: actor.id,
        customerId: customer.id,
        contactId: contact.id,
        opportunityId: opportunity?.id ?? null,
      },
      at,
    );
  });
  return { lead, access };
}

/** Closes a lead as not worth pursuing, with the reason and the closer's quality rating. */
export async function disqualifyLead(db: Db, actor: Actor, id: string, input: DisqualifyLeadInput) {
  const { lead: before, access } = await loadOpenLead(db, actor, id, input.version);
  const lead = await inTransaction(db, (trx) => {
    const at = nowIso();
    return saveLeadChange(
      trx,
      actor.id,
      before,
      input.version,
      {
        status: 'disqualified',
        disqualifyReason: input.reason,
        qualityRating: input.qualityRating,
        closedAt: at,
        closedBy: actor.id,
      },
      at,
    );
  });
  return { lead, access };
}
