import type { Db } from '../../db/database.js';
import type { FeedbackStatus } from '../../db/tables/crm.table.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import {
  notFound,
  readOnlyRecord,
  refusal,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { customerNameViewerOf, loadCustomer } from '../customers/customers.service.js';
import {
  newRecordColumns,
  recordCreated,
  softDeleteWithHistory,
  updateWithHistory,
} from '../../platform/records/versioned-record.service.js';
import { loadTicket } from '../tickets/tickets.service.js';
import { canMoveFeedback, isDecided } from './feedback-status.js';
import { canDecideFeedback, seesAllFeedback } from './feedback.policy.js';
import { accessToFeedback } from './feedback.presenter.js';
import * as repo from './feedback.repository.js';
import type { CreateFeedbackInput, ListFeedbackQuery } from './feedback.schema.js';

const feedbackRef = (id: string) => ({
  table: 'feedback' as const,
  entity: 'feedback',
  label: 'feedback' as const,
  id,
});

const viewerOf = (db: Db, actor: Actor): repo.FeedbackViewer => ({
  scope: ownerScopeOf(actor),
  seesAll: seesAllFeedback(actor),
  names: customerNameViewerOf(actor, db.dialect),
});

/** A feedback item the actor may see; anything else is "not found". */
export async function loadFeedback(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const found = await repo.findVisibleFeedback(db.kysely, id, viewerOf(db, actor));
  if (!found) throw notFound('feedback');
  const { inScope: _s, customerName, reporterName, ...feedback } = found;
  const access = accessToFeedback(found);
  if (need === 'write' && access !== 'write') throw readOnlyRecord('feedback');
  return { feedback, access, names: { customerName, reporterName } };
}

export async function listFeedback(db: Db, actor: Actor, query: ListFeedbackQuery, zone: string) {
  const created = dayRangeToInstants(query.createdFrom, query.createdTo, zone);
  const decided = dayRangeToInstants(query.decidedFrom, query.decidedTo, zone);
  const { q, status, reporterId, departmentId, customerId, ticketId, decidedBy } = query;
  const filter = {
    q,
    status,
    reporterId,
    departmentId,
    customerId,
    ticketId,
    decidedBy,
    createdFrom: created.from,
    createdBefore: created.before,
    decidedFrom: decided.from,
    decidedBefore: decided.before,
  };
  const { items, ...total } = await repo.listFeedback(
    db.kysely,
    viewerOf(db, actor),
    filter,
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
  return {
    items: items.map((item) => ({ feedback: item, access: accessToFeedback(item) })),
    ...total,
  };
}

export async function createFeedback(db: Db, actor: Actor, input: CreateFeedbackInput) {
  const ticket = input.ticketId ? (await loadTicket(db, actor, input.ticketId)).ticket : null;
  const customerId = input.customerId ?? ticket?.customerId ?? null;
  if (input.customerId) await loadCustomer(db, actor, input.customerId);
  const now = nowIso();
  const id = newId();
  return inTransaction(db, async (trx) => {
    await repo.insertFeedback(trx, {
      id,
      title: input.title,
      content: input.content,
      reporterId: actor.id,
      ticketId: ticket?.id ?? null,
      customerId,
      status: 'new',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      ...newRecordColumns(actor.id, now),
    });
    const stored = await recordCreated(trx, feedbackRef(id), actor.id, repo.findFeedback);
    return stored;
  });
}

const decidedAlready = (status: FeedbackStatus) =>
  refusal('feedback_decided', `This feedback was already ${status}; a decision is final`, {
    status,
  });

export async function updateFeedback(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; title?: string | undefined; content?: string | undefined },
) {
  const { feedback: before, access } = await loadFeedback(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('feedback');
  if (isDecided(before.status)) throw decidedAlready(before.status);
  const { version, ...fields } = input;
  const feedback = await inTransaction(db, (trx) =>
    updateWithHistory(
      trx,
      feedbackRef(id),
      { version, changes: { ...fields, updatedAt: nowIso() }, actorId: actor.id, before },
      repo.findFeedback,
    ),
  );
  return { feedback, access };
}

export async function deleteFeedback(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const { feedback } = await loadFeedback(db, actor, id, 'write');
  await softDeleteWithHistory(db, feedbackRef(id), {
    version,
    currentVersion: feedback.version,
    actorId: actor.id,
  });
}

/**
 * Product's moves: start reviewing, or decide (adopted/rejected, with who and when, for
 * `feedback_adopted` and `feedback_triage_days`). Others get 403; an illegal move 422.
 */
export async function moveFeedback(
  db: Db,
  actor: Actor,
  id: string,
  input: {
    version: number;
    status: 'reviewing' | 'adopted' | 'rejected';
    note?: string | null | undefined;
  },
) {
  if (!canDecideFeedback(actor))
    throw refusal('product_managers_only', 'Only product managers review and decide feedback', {});
  const { feedback: before, access } = await loadFeedback(db, actor, id);
  if (before.version !== input.version) throw staleVersion('feedback');
  if (!canMoveFeedback(before.status, input.status)) {
    if (isDecided(before.status)) throw decidedAlready(before.status);
    throw refusal(
      'feedback_transition_not_allowed',
      `Feedback that is ${before.status} cannot become ${input.status}`,
      { from: before.status, to: input.status },
    );
  }
  const now = nowIso();
  const decision =
    input.status === 'reviewing'
      ? {}
      : { decidedBy: actor.id, decidedAt: now, decisionNote: input.note ?? null };
  const changes = { status: input.status, ...decision, updatedAt: now };
  const feedback = await inTransaction(db, (trx) =>
    updateWithHistory(
      trx,
      feedbackRef(id),
      { version: input.version, changes, actorId: actor.id, before },
      repo.findFeedback,
    ),
  );
  return { feedback, access };
}
