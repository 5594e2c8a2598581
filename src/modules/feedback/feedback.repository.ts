import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { pageOfQuery, type Page, type ListPage } from '../../db/page-of-query.js';
import {
  inScopeExpression,
  ownerInDepartment,
  ownerScopeCondition,
} from '../../db/scope-filter.js';
import type { FeedbackTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import { userNameOf } from '../../db/user-names.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';

export type FeedbackRow = Selectable<FeedbackTable>;
/** The names shown with feedback: its customer's (null when withheld) and its reporter's. */
export type FeedbackNames = { customerName: string | null; reporterName: string | null };
/** With whether the reporter is in the viewer's scope (that decides write access), and names. */
export type FeedbackWithScope = FeedbackRow & FeedbackNames & { inScope: number };

/** Who is looking: their scope, whether all feedback is theirs to see, and who reads names. */
export type FeedbackViewer = { scope: OwnerScope; seesAll: boolean; names: CustomerNameViewer };

export type FeedbackFilter = {
  q?: string | undefined;
  status?: FeedbackRow['status'] | undefined;
  reporterId?: string | undefined;
  departmentId?: string | undefined;
  customerId?: string | undefined;
  ticketId?: string | undefined;
  decidedBy?: string | undefined;
  createdFrom?: string | undefined;
  createdBefore?: string | undefined;
  decidedFrom?: string | undefined;
  decidedBefore?: string | undefined;
};

function visibleFeedback(executor: Executor, viewer: FeedbackViewer) {
  const query = executor.selectFrom('feedback').where('feedback.deletedAt', 'is', null);
  const scoped = viewer.seesAll
    ? query
    : query.where(ownerScopeCondition('feedback.reporter_id', viewer.scope));
  return scoped
    .selectAll('feedback')
    .select(inScopeExpression('feedback.reporter_id', viewer.scope).as('inScope'))
    .select((eb: ExpressionBuilder<Database, 'feedback'>) => [
      customerNameOf(viewer.names, 'feedback.customer_id')(eb),
      userNameOf('feedback.reporter_id', 'reporterName'),
    ]);
}

export async function findFeedback(
  executor: Executor,
  id: string,
): Promise<FeedbackRow | undefined> {
  return executor
    .selectFrom('feedback')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function findVisibleFeedback(
  executor: Executor,
  id: string,
  viewer: FeedbackViewer,
): Promise<FeedbackWithScope | undefined> {
  return visibleFeedback(executor, viewer).where('feedback.id', '=', id).executeTakeFirst();
}

export async function listFeedback(
  executor: Executor,
  viewer: FeedbackViewer,
  filter: FeedbackFilter,
  sort: { by: 'createdAt' | 'updatedAt' | 'decidedAt' | 'status'; order: 'asc' | 'desc' },
  page: Page,
): Promise<ListPage<FeedbackWithScope>> {
  let query = visibleFeedback(executor, viewer);
  if (filter.q) query = query.where(containsText(filter.q, ['feedback.title']));
  if (filter.status) query = query.where('feedback.status', '=', filter.status);
  if (filter.reporterId) query = query.where('feedback.reporterId', '=', filter.reporterId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('feedback.reporter_id', filter.departmentId));
  if (filter.customerId) query = query.where('feedback.customerId', '=', filter.customerId);
  if (filter.ticketId) query = query.where('feedback.ticketId', '=', filter.ticketId);
  if (filter.decidedBy) query = query.where('feedback.decidedBy', '=', filter.decidedBy);
  if (filter.createdFrom) query = query.where('feedback.createdAt', '>=', filter.createdFrom);
  if (filter.createdBefore) query = query.where('feedback.createdAt', '<', filter.createdBefore);
  if (filter.decidedFrom) query = query.where('feedback.decidedAt', '>=', filter.decidedFrom);
  if (filter.decidedBefore) query = query.where('feedback.decidedAt', '<', filter.decidedBefore);
  return pageOfQuery(
    executor,
    query.orderBy(`feedback.${sort.by}`, sort.order).orderBy('feedback.id'),
    page,
  );
}

export async function insertFeedback(
  executor: Executor,
  row: Insertable<FeedbackTable>,
): Promise<void> {
  await executor.insertInto('feedback').values(row).execute();
}
