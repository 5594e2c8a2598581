import { notReadWhole, type FieldView } from '../../domain/access/field-access.js';
import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { nameDuplicateKey, phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { nowIso } from '../../platform/clock.js';
import {
  AppError,
  invalidField,
  notFound,
  readOnlyRecord,
  refusal,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { scopeHoldsMostPeople } from '../../db/scope-filter.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { customerNameViewerOf, viewerOf } from '../customers/customers.service.js';
import { likelyDuplicates } from '../duplicates/duplicates.service.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { checkRecordDelete, checkRecordWrite } from '../quality/record-checks.service.js';
import { assignableOwner } from '../../platform/records/assignable-owner.service.js';
import { softDeleteWithHistory } from '../../platform/records/versioned-record.service.js';
import { closedLeadReason } from './lead-lifecycle.js';
import { canAssignLead } from './leads.policy.js';
import { accessToLead, leadSnapshot } from './leads.presenter.js';
import * as repo from './leads.repository.js';
import type { CreateLeadInput, ListLeadsQuery, UpdateLeadInput } from './leads.schema.js';

/** A lead the actor may see, with their access; anything else is "not found". */
export async function loadLead(db: Db, actor: Actor, id: string, need: 'read' | 'write' = 'read') {
  const found = await repo.findLeadWithFacts(db.kysely, id, viewerOf(actor));
  const access = found ? accessToLead(actor, found) : null;
  if (!found || !access) throw notFound('lead');
  if (need === 'write' && access !== 'write') throw readOnlyRecord('lead');
  const { inScope: _inScope, ...lead } = found;
  return { lead, access };
}

/** A lead that may still change: writable by the actor, at the version they read, and not closed. */
export async function loadOpenLead(db: Db, actor: Actor, id: string, version: number) {
  const loaded = await loadLead(db, actor, id, 'write');
  const closed = closedLeadReason(loaded.lead.status);
  if (closed) throw refusal('lead_closed', closed, { status: loaded.lead.status });
  if (loaded.lead.version !== version) throw staleVersion('lead');
  return loaded;
}

/** A lead the actor may read, with the names shown beside it; anything else is "not found". */
export async function readLead(db: Db, actor: Actor, id: string) {
  const found = await repo.findNamedLeadWithFacts(
    db.kysely,
    id,
    customerNameViewerOf(actor, db.dialect),
  );
  const access = found ? accessToLead(actor, found) : null;
  if (!found || !access) throw notFound('lead');
  const { inScope: _inScope, ...lead } = found;
  return { lead, access };
}

export async function listLeads(
  db: Db,
  actor: Actor,
  query: ListLeadsQuery,
  zone: string,
  view: FieldView,
) {
  const created = dayRangeToInstants(query.createdFrom, query.createdTo, zone);
  const closed = dayRangeToInstants(query.closedFrom, query.closedTo, zone);
  const viewer = customerNameViewerOf(actor, db.dialect);
  const { items, ...total } = await repo.listLeads(
    db.kysely,
    db.dialect,
    viewer,
    {
      q: query.q,
      wholeOnly: notReadWhole(view, 'lead'),
      status: query.status,
      ownerId: query.ownerId,
      departmentId: query.departmentId,
      sourceUserId: query.sourceUserId,
      campaignId: query.campaignId,
      createdFrom: created.from,
      createdBefore: created.before,
      closedFrom: closed.from,
      closedBefore: closed.before,
    },
    { by: query.sort, order: query.order },
    pageWindow(query),
    await scopeHoldsMostPeople(db.kysely, viewer.scope),
  );
  // Every listed row is visible by construction (scope or source), so access is never null here.
  return {
    items: items.map((lead) => ({ lead, access: accessToLead(actor, lead) ?? ('read' as const) })),
    ...total,
  };
}

async function checkCampaign(db: Db, campaignId: string | null | undefined): Promise<void> {
  if (campaignId && !(await repo.campaignExists(db.kysely, campaignId))) throw notFound('campaign');
}

async function resolveSourceUser(
  db: Db,
  actor: Actor,
  requested: string | undefined,
): Promise<string> {
  if (requested === undefined || requested === actor.id) return actor.id;
  if (!canAssignLead(actor))
    throw refusal(
      'source_user_change_not_allowed',
      'Only managers and admins credit a lead to another source user',
      {},
    );
  if (!(await repo.isActiveUser(db.kysely, requested)))
    throw invalidField('sourceUserId', 'user_inactive', 'source user must be an active user');
  return requested;
}

export async function createLead(db: Db, actor: Actor, input: CreateLeadInput) {
  await checkCampaign(db, input.campaignId);
  const ownerId = await assignableOwner(db, actor, input.ownerId, canAssignLead(actor), 'lead');
  const sourceUserId = await resolveSourceUser(db, actor, input.sourceUserId);
  const hints = await likelyDuplicates(db, actor, {
    entity: 'lead',
    name: input.company,
    phone: input.phone ?? undefined,
    email: input.email ?? undefined,
  });
  const now = nowIso();
  const id = newId();
  const lead = await inTransaction(db, async (trx) => {
    await repo.insertLead(trx, {
      id,
      company: input.company,
      nameKey: nameDuplicateKey(input.company) ?? '',
      contactName: input.contactName ?? null,
      phone: input.phone ?? null,
      phoneKey: phoneDuplicateKey(input.phone),
      email: input.email ?? null,
      industry: input.industry ?? null,
      region: input.region ?? null,
      requirement: input.requirement ?? null,
      campaignId: input.campaignId ?? null,
      sourceUserId,
      ownerId,
      status: 'new',
      disqualifyReason: null,
      qualityRating: null,
      closedAt: null,
      closedBy: null,
      customerId: null,
      contactId: null,
      opportunityId: null,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    await changeOwnership(trx, 'lead', id, ownerId, now);
    await checkRecordWrite(trx, 'lead', id, now);
    const stored = await repo.findLead(trx, id);
    if (!stored) throw new AppError('internal', 'lead vanished after insert');
    await writeHistory(trx, {
      entity: 'lead',
      entityId: id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: leadSnapshot(stored),
    });
    return stored;
  });
  return { lead, duplicateHints: hints };
}

/**
 * Inside the caller's transaction: applies a versioned change to a lead, then logs old → new.
 * Used by edits, assignment and both ways of closing a lead.
 */
export async function saveLeadChange(
  trx: Executor,
  actorId: string,
  before: repo.LeadRow,
  version: number,
  changes: repo.LeadChanges,
  at: string,
) {
  if (!(await updateVersioned(trx, 'leads', before.id, version, { ...changes, updatedAt: at })))
    throw staleVersion('lead');
  const stored = await repo.findLead(trx, before.id);
  if (!stored) throw notFound('lead');
  await writeHistory(trx, {
    entity: 'lead',
    entityId: before.id,
    action: 'update',
    actorId,
    before: leadSnapshot(before),
    after: leadSnapshot(stored),
  });
  return stored;
}

export async function updateLead(db: Db, actor: Actor, id: string, input: UpdateLeadInput) {
  const { lead: before, access } = await loadOpenLead(db, actor, id, input.version);
  await checkCampaign(db, input.campaignId);
  const { version, ...fields } = input;
  const changes = {
    ...fields,
    ...(fields.company !== undefined ? { nameKey: nameDuplicateKey(fields.company) ?? '' } : {}),
    ...(fields.phone !== undefined ? { phoneKey: phoneDuplicateKey(fields.phone) } : {}),
  };
  const lead = await inTransaction(db, async (trx) => {
    const at = nowIso();
    const saved = await saveLeadChange(trx, actor.id, before, version, changes, at);
    await checkRecordWrite(trx, 'lead', id, at, before);
    return saved;
  });
  return { lead, access };
}

export async function assignLead(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; ownerId: string },
) {
  const { lead: before, access } = await loadOpenLead(db, actor, id, input.version);
  const ownerId = await assignableOwner(db, actor, input.ownerId, true, 'lead');
  if (ownerId === before.ownerId)
    throw invalidField('ownerId', 'owner_unchanged', 'the lead already has this owner');
  const at = nowIso();
  const lead = await inTransaction(db, async (trx) => {
    await changeOwnership(trx, 'lead', id, ownerId, at);
    return saveLeadChange(trx, actor.id, before, input.version, { ownerId }, at);
  });
  return { lead, access };
}

export async function deleteLead(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const { lead } = await loadOpenLead(db, actor, id, version);
  await softDeleteWithHistory(
    db,
    { table: 'leads', entity: 'lead', label: 'lead', id },
    { version, currentVersion: lead.version, actorId: actor.id, ownership: 'lead' },
    (trx, at) => checkRecordDelete(trx, 'lead', lead, at),
  );
}
