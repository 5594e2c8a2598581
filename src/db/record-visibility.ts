import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, Dialect, Executor } from './database.js';
import type { ParentAccess } from './parent-access.js';
import {
  ownerScopeCondition,
  ownerScopeTerm,
  reachesOthers,
  scopeOwnerIds,
  sharedWithCondition,
  type OwnerScope,
  type ScopeTermForm,
  type OwnersScope,
} from './scope-filter.js';

/**
 * The data-scope conditions of the records that hang off a customer, as WHERE clauses. They live
 * here, below the modules, because two kinds of query apply them: each record's own lists and
 * reads, and the implicit parent access of customers (`parent-access.ts`).
 */

/** Who is looking at CRM records: their data scope, id, the instant, and the service queue. */
export type RecordPerson = {
  scope: OwnerScope;
  userId: string;
  now: string;
  seesUnassignedTickets: boolean;
};

/** A person looking at CRM records, with how lists ask for implicit parent access (`ParentAccess`). */
export type RecordViewer = RecordPerson & ParentAccess;

/** Who is looking at tickets: their data scope, id, and whether the unassigned queue is theirs to see. */
export type TicketViewer = {
  scope: OwnerScope;
  userId: string;
  seesUnassigned: boolean;
  /** How a list asks for the visible tickets (`TicketListForm`); by default chosen per scope. */
  listForm?: TicketListForm;
};

/**
 * An opportunity is visible when its owner is within the viewer's scope or it is shared with
 * them; a list writes the two terms in its engine's form (`ScopeTermForm`).
 */
export function opportunityVisibleTo(
  viewer: Pick<RecordPerson, 'scope' | 'userId' | 'now'>,
  form: ScopeTermForm = 'in-lists',
) {
  return (eb: ExpressionBuilder<Database, 'opportunities'>) =>
    eb.or([
      ownerScopeTerm(form, 'opportunities.owner_id', viewer.scope),
      sharedWithCondition('opportunities.id', 'opportunity', viewer.userId, viewer.now, form),
    ]);
}

/**
 * A contract (and so its payment plans and payments) is visible when its owner is within the
 * viewer's scope; a list writes the condition in its engine's form (`ScopeTermForm`).
 */
export const contractVisibleTo = (scope: OwnerScope, form: ScopeTermForm = 'in-lists') =>
  ownerScopeTerm(form, 'contracts.owner_id', scope);

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

/**
 * How a ticket list asks which tickets the viewer sees; both give the same rows. 'any-of' is the
 * one condition of `ticketVisibleTo`. Tickets are assigned to a few service people, so the
 * planners expect each assignee to hold thousands and, for a scope of several owners, read every
 * ticket of the company: 35 ms of a sales team lead's list at scale M, for a scope that holds
 * none. 'parts' gathers the ids from the scope's owners to their tickets by the assignee index,
 * with the viewer's own and the queue (1–3 ms there), but then looks up each ticket by its id:
 * for the service lead, whose scope holds all 50 k tickets, 300 ms against 30–80 ms for 'any-of'.
 */
export type TicketListForm = 'any-of' | 'parts';

/** The most tickets assigned within a scope for which a list takes the 'parts' form. */
const PARTS_FORM_AT_MOST = 5_000;

/**
 * The form for this viewer's ticket lists: 'parts' when their scope reaches other people and
 * holds fewer than `atMost` tickets (one count over the assignee index, which stops there).
 */
export async function ticketListFormFor(
  executor: Executor,
  dialect: Dialect,
  viewer: TicketViewer,
  atMost = PARTS_FORM_AT_MOST,
): Promise<TicketListForm> {
  const { scope } = viewer;
  if (scope.kind === 'all' || !reachesOthers(scope)) return 'any-of';
  const held = await sql<{ n: number | string }>`select count(*) as n
    from (${ticketsAssignedWithin(dialect, scope)} limit ${atMost}) as held`.execute(executor);
  return Number(held.rows[0]?.n ?? 0) < atMost ? 'parts' : 'any-of';
}

/** The tickets a viewer sees, in the list form given (`TicketListForm`). */
export function ticketsVisibleIn(form: TicketListForm, dialect: Dialect, viewer: TicketViewer) {
  const { scope } = viewer;
  if (form === 'any-of' || scope.kind === 'all') return ticketVisibleTo(viewer);
  const parts = [
    ticketsAssignedWithin(dialect, scope),
    sql`select id from tickets where created_by = ${viewer.userId}`,
    ...(viewer.seesUnassigned ? [sql`select id from tickets where assignee_id is null`] : []),
  ];
  return () => sql<boolean>`tickets.id in (${sql.join(parts, sql` union all `)})`;
}

/**
 * The ids (or with `column` the customers) of the live tickets assigned to the scope's owners,
 * looked up from the owners by the assignee index: SQLite keeps a cross join's order, and
 * PostgreSQL takes the owners as an array (joined to them, it expected thousands of tickets each
 * and read every ticket). A scope of the actor alone names them: PostgreSQL, which plans an array
 * of owners it cannot see as the average assignee's thousands of tickets, read every ticket for a
 * sales rep who holds none (a rep's customer list at scale M: 4 ms of each of its two queries),
 * while for a named person its statistics know how few they hold.
 */
export function ticketsAssignedWithin(
  dialect: Dialect,
  scope: OwnersScope,
  column: 'id' | 'customer_id' = 'id',
) {
  if (!reachesOthers(scope))
    return sql`select ${sql.ref(column)} from tickets
      where assignee_id = ${scope.actorId} and deleted_at is null`;
  const owners = sql`select distinct id from (${scopeOwnerIds(scope)}) as scope_owners`;
  if (dialect === 'postgres')
    return sql`select ${sql.ref(column)} from tickets
      where assignee_id = any(array(${owners})) and deleted_at is null`;
  return sql`select ${sql.ref(`assigned.${column}`)} from (${owners}) as owners
    cross join tickets as assigned
    where assigned.assignee_id = owners.id and assigned.deleted_at is null`;
}

/**
 * A follow-up plan is visible when its owner is within the viewer's scope; a list writes the
 * condition in its engine's form (`ScopeTermForm`).
 */
export const planVisibleTo = (scope: OwnerScope, form: ScopeTermForm = 'in-lists') =>
  ownerScopeTerm(form, 'follow_up_plans.owner_id', scope);
