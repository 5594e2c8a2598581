import { namesOf } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { canWriteTickets } from './tickets.policy.js';
import type { ReplyRow, TicketNames, TicketRow } from './tickets.repository.js';
import type { TicketOut } from './tickets.schema.js';

/** Access to a ticket already found visible. */
export const accessToTicket = (actor: Actor): 'read' | 'write' =>
  canWriteTickets(actor) ? 'write' : 'read';

export function presentTicket(
  ticket: TicketRow & Partial<TicketNames>,
  access: 'read' | 'write',
): TicketOut {
  return {
    id: ticket.id,
    customerId: ticket.customerId,
    contactId: ticket.contactId,
    title: ticket.title,
    description: ticket.description,
    priority: ticket.priority,
    status: ticket.status,
    assigneeId: ticket.assigneeId,
    firstResponseAt: ticket.firstResponseAt,
    resolvedAt: ticket.resolvedAt,
    resolvedBy: ticket.resolvedBy,
    rating: ticket.rating,
    ratingComment: ticket.ratingComment,
    createdBy: ticket.createdBy,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    version: ticket.version,
    access,
    ...namesOf(ticket, ['customerName', 'assigneeName']),
  };
}

export function presentReply(reply: ReplyRow) {
  return {
    id: reply.id,
    ticketId: reply.ticketId,
    authorId: reply.authorId,
    body: reply.body,
    createdAt: reply.createdAt,
  };
}
