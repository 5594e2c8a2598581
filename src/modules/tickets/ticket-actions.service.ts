import type { Db } from '../../db/database.js';
import type { TicketStatus } from '../../db/tables/crm.table.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import { notFound, staleVersion, refusal } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { updateWithHistory } from '../../platform/records/versioned-record.service.js';
import { canMoveTicket, isRateable } from './ticket-status.js';
import { repliesAsAgent } from './tickets.policy.js';
import * as repo from './tickets.repository.js';
import { loadTicket, ticketRef } from './tickets.service.js';

const illegalMove = (from: TicketStatus, to: TicketStatus) =>
  refusal('ticket_transition_not_allowed', `A ${from} ticket cannot become ${to}`, { from, to });

/**
 * Moves a ticket along its workflow. Resolving goes through `resolveTicket`; reopening a resolved
 * ticket clears who resolved it and when (the history keeps both), so that only the final
 * resolution counts for the resolver's satisfaction figures.
 */
export async function changeTicketStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; status: 'open' | 'pending' | 'closed' },
) {
  const { ticket: before, access } = await loadTicket(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('ticket');
  if (!canMoveTicket(before.status, input.status)) throw illegalMove(before.status, input.status);
  const reopening = input.status === 'open' && before.status === 'resolved';
  const changes = {
    status: input.status,
    ...(reopening ? { resolvedAt: null, resolvedBy: null } : {}),
    updatedAt: nowIso(),
  };
  const ticket = await inTransaction(db, (trx) =>
    updateWithHistory(
      trx,
      ticketRef(id),
      { version: input.version, changes, actorId: actor.id, before },
      repo.findTicket,
    ),
  );
  return { ticket, access };
}

export async function resolveTicket(db: Db, actor: Actor, id: string, version: number) {
  const { ticket: before, access } = await loadTicket(db, actor, id, 'write');
  if (before.version !== version) throw staleVersion('ticket');
  if (!canMoveTicket(before.status, 'resolved')) throw illegalMove(before.status, 'resolved');
  const now = nowIso();
  const changes = {
    status: 'resolved' as const,
    resolvedAt: now,
    resolvedBy: actor.id,
    updatedAt: now,
  };
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

/**
 * Adds a reply. The first reply from the service side sets `first_response_at`, once: the
 * conditional update leaves an existing value alone even when two replies race.
 */
export async function replyToTicket(db: Db, actor: Actor, id: string, body: string) {
  const { ticket } = await loadTicket(db, actor, id, 'write');
  if (ticket.status === 'closed')
    throw refusal('ticket_closed', 'A closed ticket takes no more replies', {});
  const reply = { id: newId(), ticketId: id, authorId: actor.id, body, createdAt: nowIso() };
  await inTransaction(db, async (trx) => {
    await repo.insertReply(trx, reply);
    await writeHistory(trx, {
      entity: 'ticket_reply',
      entityId: reply.id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: reply,
    });
    if (repliesAsAgent(actor) && (await repo.setFirstResponseOnce(trx, id, reply.createdAt))) {
      await writeHistory(trx, {
        entity: 'ticket',
        entityId: id,
        action: 'update',
        actorId: actor.id,
        before: { firstResponseAt: null },
        after: { firstResponseAt: reply.createdAt },
      });
    }
  });
  return reply;
}

export async function listReplies(
  db: Db,
  actor: Actor,
  id: string,
  query: { page: number; pageSize: number; order: 'asc' | 'desc' },
) {
  await loadTicket(db, actor, id);
  return repo.listReplies(db.kysely, id, query.order, pageWindow(query));
}

/** The customer's 1–5 rating, recorded once on a resolved or closed ticket (again → 409). */
export async function rateTicket(
  db: Db,
  actor: Actor,
  id: string,
  input: { rating: number; comment?: string | null | undefined },
) {
  const { ticket: before, access } = await loadTicket(db, actor, id, 'write');
  if (before.rating !== null)
    throw refusal('ticket_already_rated', 'This ticket has already been rated', {});
  if (!isRateable(before.status)) {
    throw refusal('ticket_not_rateable', 'Only a resolved or closed ticket can be rated', {
      status: before.status,
    });
  }
  const ticket = await inTransaction(db, async (trx) => {
    if (!(await repo.rateOnce(trx, id, input.rating, input.comment ?? null, nowIso()))) {
      throw refusal('ticket_already_rated', 'This ticket was rated or reopened meanwhile', {});
    }
    const stored = await repo.findTicket(trx, id);
    if (!stored) throw notFound('ticket');
    await writeHistory(trx, {
      entity: 'ticket',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before,
      after: stored,
    });
    return stored;
  });
  return { ticket, access };
}
