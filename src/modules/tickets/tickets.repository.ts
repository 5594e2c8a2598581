import { sql, type ExpressionBuilder, type Insertable, type Selectable } from 'kysely';
import { perRowViewer } from '../../db/parent-access.js';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { pageOfQuery, pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import { ownerInDepartment, reachesOthers } from '../../db/scope-filter.js';
import type { TicketRepliesTable, TicketsTable } from '../../db/tables/crm.table.js';
import { userNameOf } from '../../db/user-names.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';
import {
  ticketListFormFor,
  ticketsVisibleIn,
  ticketVisibleTo,
  type TicketViewer,
} from '../../db/record-visibility.js';
import { lowerContains } from '../../db/text-search.js';

export type { TicketViewer };

export type TicketRow = Selectable<TicketsTable>;
export type ReplyRow = Selectable<TicketRepliesTable>;
/** The names shown with a ticket: its customer's (null when withheld) and its assignee's. */
export type TicketNames = { customerName: string | null; assigneeName: string | null };
export type NamedTicketRow = TicketRow & TicketNames;

/** The names of one ticket or of a page of them, selected by id: parent access asked per row. */
function ticketNames(names: CustomerNameViewer) {
  return (eb: ExpressionBuilder<Database, 'tickets'>) => [
    customerNameOf(perRowViewer(names), 'tickets.customer_id')(eb),
    userNameOf('tickets.assignee_id', 'assigneeName'),
  ];
}

export type TicketFilter = {
  q?: string | undefined;
  status?: TicketRow['status'] | undefined;
  priority?: TicketRow['priority'] | undefined;
  assigneeId?: string | undefined;
  departmentId?: string | undefined;
  customerId?: string | undefined;
  unassigned?: boolean | undefined;
  createdFrom?: string | undefined;
  createdBefore?: string | undefined;
  resolvedFrom?: string | undefined;
  resolvedBefore?: string | undefined;
  rated?: boolean | undefined;
};

export async function findTicket(executor: Executor, id: string): Promise<TicketRow | undefined> {
  return executor
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function findVisibleTicket(
  executor: Executor,
  id: string,
  viewer: TicketViewer,
): Promise<TicketRow | undefined> {
  return executor
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .where(ticketVisibleTo(viewer))
    .executeTakeFirst();
}

/** A visible ticket with the names shown beside it. */
export async function findVisibleNamedTicket(
  executor: Executor,
  id: string,
  viewer: TicketViewer,
  names: CustomerNameViewer,
): Promise<NamedTicketRow | undefined> {
  return executor
    .selectFrom('tickets')
    .selectAll('tickets')
    .select(ticketNames(names))
    .where('tickets.id', '=', id)
    .where('tickets.deletedAt', 'is', null)
    .where(ticketVisibleTo(viewer))
    .executeTakeFirst();
}

export async function listTickets(
  executor: Executor,
  dialect: Dialect,
  viewer: TicketViewer,
  filter: TicketFilter,
  sort: {
    by: 'createdAt' | 'updatedAt' | 'priority' | 'status' | 'resolvedAt';
    order: 'asc' | 'desc';
  },
  page: Page,
  names: CustomerNameViewer,
): Promise<ListPage<NamedTicketRow>> {
  const form = viewer.listForm ?? (await ticketListFormFor(executor, dialect, viewer));
  // SQLite counts a scope that holds thousands of tickets apart, up to the cap, rather than with
  // the page's window over all of them (a service lead's tickets at M 43 → 22 ms, the chief
  // executive's 34 → 13; a status filter's few rows lose about 1 ms); on PostgreSQL that was
  // slower (the lead's 41 → 58 ms).
  const countsApart =
    dialect === 'sqlite' &&
    form === 'any-of' &&
    (viewer.scope.kind === 'all' || reachesOthers(viewer.scope));
  let query = executor
    .selectFrom('tickets')
    .where('tickets.deletedAt', 'is', null)
    .where(ticketsVisibleIn(form, dialect, viewer));
  const q = filter.q;
  if (q) query = query.where((eb) => lowerContains(eb.ref('tickets.title'), q));
  if (filter.status) query = query.where('tickets.status', '=', filter.status);
  if (filter.priority) query = query.where('tickets.priority', '=', filter.priority);
  if (filter.assigneeId) query = query.where('tickets.assigneeId', '=', filter.assigneeId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('tickets.assignee_id', filter.departmentId));
  if (filter.customerId) query = query.where('tickets.customerId', '=', filter.customerId);
  if (filter.unassigned !== undefined)
    query = query.where('tickets.assigneeId', filter.unassigned ? 'is' : 'is not', null);
  if (filter.createdFrom) query = query.where('tickets.createdAt', '>=', filter.createdFrom);
  if (filter.createdBefore) query = query.where('tickets.createdAt', '<', filter.createdBefore);
  if (filter.resolvedFrom) query = query.where('tickets.resolvedAt', '>=', filter.resolvedFrom);
  if (filter.resolvedBefore) query = query.where('tickets.resolvedAt', '<', filter.resolvedBefore);
  if (filter.rated !== undefined)
    query = query.where(
      filter.rated
        ? sql<boolean>`tickets.rating between 1 and 5`
        : sql<boolean>`(tickets.rating is null or tickets.rating not between 1 and 5)`,
    );
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: query,
      countApart: countsApart,
      wideScope: countsApart,
      id: 'tickets.id',
      order: [
        [`tickets.${sort.by}`, sort.order],
        ['tickets.id', 'asc'],
      ],
      select: (q) => q.selectAll('tickets').select(ticketNames(names)),
    },
    page,
  );
}

export async function insertTicket(
  executor: Executor,
  row: Insertable<TicketsTable>,
): Promise<void> {
  await executor.insertInto('tickets').values(row).execute();
}

/** Sets the first response once: a ticket that already has one keeps it. Returns whether it was set now. */
export async function setFirstResponseOnce(
  executor: Executor,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await executor
    .updateTable('tickets')
    .set({ firstResponseAt: at })
    .where('id', '=', id)
    .where('firstResponseAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the rating once, on a resolved or closed ticket. Returns whether it was recorded. */
export async function rateOnce(
  executor: Executor,
  id: string,
  rating: number,
  comment: string | null,
  at: string,
): Promise<boolean> {
  const result = await executor
    .updateTable('tickets')
    .set((eb) => ({
      rating,
      ratingComment: comment,
      updatedAt: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .where('rating', 'is', null)
    .where('status', 'in', ['resolved', 'closed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertReply(
  executor: Executor,
  row: Insertable<TicketRepliesTable>,
): Promise<void> {
  await executor.insertInto('ticketReplies').values(row).execute();
}

export async function listReplies(
  executor: Executor,
  ticketId: string,
  order: 'asc' | 'desc',
  page: Page,
) {
  const query = executor.selectFrom('ticketReplies').where('ticketId', '=', ticketId);
  return pageOfQuery(
    executor,
    query.selectAll().orderBy('createdAt', order).orderBy('id', order),
    page,
  );
}

/** Whether a live contact belongs to the customer. */
export async function contactOfCustomer(
  executor: Executor,
  contactId: string,
  customerId: string,
): Promise<boolean> {
  const row = await executor
    .selectFrom('contacts')
    .select('id')
    .where('id', '=', contactId)
    .where('customerId', '=', customerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
