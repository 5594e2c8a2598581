import type { ExpressionBuilder } from 'kysely';
import type { Database } from './database.js';
import type { ParentAccessForm } from './parent-access.js';
import { ownerScopeCondition, sharedWithCondition, type OwnerScope } from './scope-filter.js';

/**
 * The data-scope conditions of the records that hang off a customer, as WHERE clauses. They live
 * here, below the modules, because two kinds of query apply them: each record's own lists and
 * reads, and the implicit parent access of customers (`parent-access.ts`).
 */

/** Who is looking at CRM records: their data scope, id, the instant, and the service queue. */
export type RecordViewer = {
  scope: OwnerScope;
  userId: string;
  now: string;
  seesUnassignedTickets: boolean;
  /** How lists ask for implicit parent access (`parent-access.ts`); by default 'lists'. */
  parentAccess?: ParentAccessForm;
};

/** Who is looking at tickets: their data scope, id, and whether the unassigned queue is theirs to see. */
export type TicketViewer = { scope: OwnerScope; userId: string; seesUnassigned: boolean };

/** An opportunity is visible when its owner is within the viewer's scope or it is shared with them. */
export function opportunityVisibleTo(viewer: Pick<RecordViewer, 'scope' | 'userId' | 'now'>) {
  return (eb: ExpressionBuilder<Database, 'opportunities'>) =>
    eb.or([
      ownerScopeCondition('opportunities.owner_id', viewer.scope),
      sharedWithCondition('opportunities.id', 'opportunity', viewer.userId, viewer.now),
    ]);
}

/** A contract (and so its payment plans and payments) is visible when its owner is within the viewer's scope. */
export const contractVisibleTo = (scope: OwnerScope) =>
  ownerScopeCondition('contracts.owner_id', scope);

/** A ticket is visible when its assignee is in scope, the viewer logged it, or it is unassigned and the viewer works the queue. */
export function ticketVisibleTo(viewer: TicketViewer) {
  return (eb: ExpressionBuilder<Database, 'tickets'>) =>
    eb.or([
      eb.and([
        eb('tickets.assigneeId', 'is not', null),
        ownerScopeCondition('tickets.assignee_id', viewer.scope),
      ]),
      eb('tickets.createdBy', '=', viewer.userId),
      ...(viewer.seesUnassigned ? [eb('tickets.assigneeId', 'is', null)] : []),
    ]);
}

/** A follow-up plan is visible when its owner is within the viewer's scope. */
export const planVisibleTo = (scope: OwnerScope) =>
  ownerScopeCondition('follow_up_plans.owner_id', scope);
