import type { Insertable, Selectable } from 'kysely';
import { perRowViewer } from '../../db/parent-access.js';
import type { Dialect, Executor } from '../../db/database.js';
import { pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import {
  inScopeExpression,
  ownerInDepartment,
  scopeTermFormFor,
  type ScopeTermForm,
} from '../../db/scope-filter.js';
import type { FollowUpPlansTable, RecordType } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import { planVisibleTo } from '../../db/record-visibility.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';

export type PlanRow = Selectable<FollowUpPlansTable>;
/** With whether the owner is in scope, and the plan's customer's name (null when withheld). */
export type PlanWithScope = PlanRow & { inScope: number; customerName: string | null };

export type PlanFilter = {
  status?: 'open' | 'completed' | undefined;
  ownerId?: string | undefined;
  departmentId?: string | undefined;
  recordType?: RecordType | undefined;
  recordId?: string | undefined;
  dueFrom?: string | undefined;
  dueBefore?: string | undefined;
  q?: string | undefined;
};

/** Live plans whose owner is within the scope: the data scope of every plan query. */
function visiblePlans(executor: Executor, scope: OwnerScope, form: ScopeTermForm = 'in-lists') {
  return executor
    .selectFrom('followUpPlans')
    .where('followUpPlans.deletedAt', 'is', null)
    .where(planVisibleTo(scope, form));
}

export async function findVisiblePlan(
  executor: Executor,
  id: string,
  scope: OwnerScope,
): Promise<PlanRow | undefined> {
  return visiblePlans(executor, scope)
    .selectAll('followUpPlans')
    .where('followUpPlans.id', '=', id)
    .executeTakeFirst();
}

export async function findPlan(executor: Executor, id: string): Promise<PlanRow | undefined> {
  return executor
    .selectFrom('followUpPlans')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function listPlans(
  executor: Executor,
  dialect: Dialect,
  viewer: CustomerNameViewer,
  filter: PlanFilter,
  sort: { by: 'dueAt' | 'createdAt' | 'updatedAt'; order: 'asc' | 'desc' },
  page: Page,
  /** The scope holds most people (`scopeHoldsMostPeople`). */
  wideScope = false,
): Promise<ListPage<PlanWithScope>> {
  const { scope } = viewer;
  let query = visiblePlans(executor, scope, scopeTermFormFor(dialect, wideScope));
  if (filter.status === 'open') query = query.where('followUpPlans.completedAt', 'is', null);
  if (filter.status === 'completed')
    query = query.where('followUpPlans.completedAt', 'is not', null);
  if (filter.ownerId) query = query.where('followUpPlans.ownerId', '=', filter.ownerId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('follow_up_plans.owner_id', filter.departmentId));
  if (filter.recordType) query = query.where('followUpPlans.recordType', '=', filter.recordType);
  if (filter.recordId) query = query.where('followUpPlans.recordId', '=', filter.recordId);
  if (filter.dueFrom) query = query.where('followUpPlans.dueAt', '>=', filter.dueFrom);
  if (filter.dueBefore) query = query.where('followUpPlans.dueAt', '<', filter.dueBefore);
  if (filter.q) query = query.where(containsText(filter.q, ['follow_up_plans.note']));
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: query,
      id: 'followUpPlans.id',
      countApart: true,
      wideScope,
      order: [
        [`followUpPlans.${sort.by}`, sort.order],
        ['followUpPlans.id', 'asc'],
      ],
      select: (q) =>
        q
          .selectAll('followUpPlans')
          .select((eb) => [
            inScopeExpression('follow_up_plans.owner_id', scope).as('inScope'),
            customerNameOf(perRowViewer(viewer), 'follow_up_plans.customer_id')(eb),
          ]),
    },
    page,
  );
}

/** Inserts a plan and returns it as stored (one statement: no read back). */
export async function insertPlan(
  executor: Executor,
  row: Insertable<FollowUpPlansTable>,
): Promise<PlanRow> {
  return executor.insertInto('followUpPlans').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Open plans on one record owned by one of `ownerIds` and due within [dueFrom, dueTo]: the
 * plans an activity on that record carries out.
 */
export async function findOpenPlansDue(
  executor: Executor,
  record: { recordType: RecordType; recordId: string },
  ownerIds: string[],
  dueFrom: string,
  dueTo: string,
): Promise<PlanRow[]> {
  if (ownerIds.length === 0) return [];
  return executor
    .selectFrom('followUpPlans')
    .selectAll()
    .where('recordType', '=', record.recordType)
    .where('recordId', '=', record.recordId)
    .where('ownerId', 'in', ownerIds)
    .where('completedAt', 'is', null)
    .where('deletedAt', 'is', null)
    .where('dueAt', '>=', dueFrom)
    .where('dueAt', '<=', dueTo)
    .execute();
}

export async function findPlansCompletedBy(
  executor: Executor,
  activityId: string,
): Promise<PlanRow[]> {
  return executor
    .selectFrom('followUpPlans')
    .selectAll()
    .where('completedByActivityId', '=', activityId)
    .where('deletedAt', 'is', null)
    .execute();
}
