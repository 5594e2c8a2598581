import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import {
  fieldProblem,
  invalidField,
  notFound,
  readOnlyRecord,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import { hasRole, type Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { customerNameViewerOf, loadCustomer } from '../customers/customers.service.js';
import { findUserById } from '../org/org.repository.js';
import {
  newRecordColumns,
  recordCreated,
  softDeleteWithHistory,
  updateWithHistory,
} from '../../platform/records/versioned-record.service.js';
import { accessToTicket } from './tickets.presenter.js';
import { seesUnassignedTickets } from '../../platform/policy/record-access.js';
import * as repo from './tickets.repository.js';
import type { CreateTicketInput, ListTicketsQuery, UpdateTicketInput } from './tickets.schema.js';

export const ticketRef = (id: string) => ({
  table: 'tickets' as const,
  entity: 'ticket',
  label: 'ticket' as const,
  id,
});

const viewerOf = (actor: Actor): repo.TicketViewer => ({
  scope: ownerScopeOf(actor),
  userId: actor.id,
  seesUnassigned: seesUnassignedTickets(actor),
});

/** A ticket the actor may see; anything else is "not found". */
export async function loadTicket(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const ticket = await repo.findVisibleTicket(db.kysely, id, viewerOf(actor));
  if (!ticket) throw notFound('ticket');
  const access = accessToTicket(actor);
  if (need === 'write' && access !== 'write') throw readOnlyRecord('ticket');
  return { ticket, access };
}

/** A ticket the actor may see, with the names shown beside it; anything else is "not found". */
export async function readTicket(db: Db, actor: Actor, id: string) {
  const ticket = await repo.findVisibleNamedTicket(
    db.kysely,
    id,
    viewerOf(actor),
    customerNameViewerOf(actor, db.dialect),
  );
  if (!ticket) throw notFound('ticket');
  return { ticket, access: accessToTicket(actor) };
}

export async function listTickets(db: Db, actor: Actor, query: ListTicketsQuery, zone: string) {
  const created = dayRangeToInstants(query.createdFrom, query.createdTo, zone);
  const resolved = dayRangeToInstants(query.resolvedFrom, query.resolvedTo, zone);
  const { q, status, priority, assigneeId, departmentId, customerId, unassigned } = query;
  const filter = {
    q,
    status,
    priority,
    assigneeId,
    departmentId,
    customerId,
    unassigned,
    createdFrom: created.from,
    createdBefore: created.before,
    resolvedFrom: resolved.from,
    resolvedBefore: resolved.before,
    rated: query.rated,
  };
  const { items, ...total } = await repo.listTickets(
    db.kysely,
    db.dialect,
    viewerOf(actor),
    filter,
    { by: query.sort, order: query.order },
    pageWindow(query),
    customerNameViewerOf(actor, db.dialect),
  );
  return { items, ...total, access: accessToTicket(actor) };
}

async function assertAssignee(db: Db, assigneeId: string): Promise<void> {
  const user = await findUserById(db.kysely, assigneeId);
  if (!user || user.active !== 1 || !user.roles.includes('service'))
    throw invalidField(
      'assigneeId',
      'assignee_not_service',
      'assignee must be an active service user',
    );
}

/** The customer must be one the actor can see, and the contact one of that customer's. */
async function assertCustomerAndContact(
  db: Db,
  actor: Actor,
  customerId: string | null,
  contactId: string | null,
): Promise<void> {
  if (customerId) await loadCustomer(db, actor, customerId);
  if (!contactId) return;
  if (!customerId)
    throw invalidField(
      'contactId',
      'contact_needs_customer',
      'a contact needs the customer it belongs to',
    );
  if (!(await repo.contactOfCustomer(db.kysely, contactId, customerId))) {
    throw notFound('contact', [
      fieldProblem('contactId', 'not_of_this_record', 'not a contact of this customer'),
    ]);
  }
}

export async function createTicket(db: Db, actor: Actor, input: CreateTicketInput) {
  const customerId = input.customerId ?? null;
  const contactId = input.contactId ?? null;
  await assertCustomerAndContact(db, actor, customerId, contactId);
  const assigneeId =
    input.assigneeId === undefined
      ? hasRole(actor, 'service')
        ? actor.id
        : null
      : input.assigneeId;
  if (assigneeId) await assertAssignee(db, assigneeId);
  const now = nowIso();
  const id = newId();
  const ticket = await inTransaction(db, async (trx) => {
    await repo.insertTicket(trx, {
      id,
      customerId,
      contactId,
      title: input.title,
      description: input.description ?? null,
      priority: input.priority,
      status: 'open',
      assigneeId,
      firstResponseAt: null,
      resolvedAt: null,
      resolvedBy: null,
      rating: null,
      ratingComment: null,
      ...newRecordColumns(actor.id, now),
    });
    const stored = await recordCreated(trx, ticketRef(id), actor.id, repo.findTicket);
    return stored;
  });
  return { ticket, access: accessToTicket(actor) };
}

export async function updateTicket(db: Db, actor: Actor, id: string, input: UpdateTicketInput) {
  const { ticket: before, access } = await loadTicket(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('ticket');
  const { version, ...fields } = input;
  const customerId = fields.customerId === undefined ? before.customerId : fields.customerId;
  const contactId =
    fields.contactId === undefined
      ? fields.customerId === undefined
        ? before.contactId
        : null
      : fields.contactId;
  if (fields.customerId !== undefined || fields.contactId !== undefined)
    await assertCustomerAndContact(db, actor, customerId, contactId);
  if (fields.assigneeId) await assertAssignee(db, fields.assigneeId);
  const changes = { ...fields, contactId, updatedAt: nowIso() };
  const ticket = await inTransaction(db, (trx) =>
    updateWithHistory(
      trx,
      ticketRef(id),
      { version, changes, actorId: actor.id, before },
      repo.findTicket,
    ),
  );
  return { ticket, access };
}

export async function deleteTicket(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const { ticket } = await loadTicket(db, actor, id, 'write');
  await softDeleteWithHistory(db, ticketRef(id), {
    version,
    currentVersion: ticket.version,
    actorId: actor.id,
  });
}
