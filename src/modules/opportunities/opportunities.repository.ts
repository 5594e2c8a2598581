import {
  sql,
  type ExpressionBuilder,
  type Insertable,
  type RawBuilder,
  type Selectable,
} from 'kysely';
import { perRowViewer } from '../../db/parent-access.js';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { pageOfQuery, pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import {
  inScopeExpression,
  ownerInDepartment,
  scopeTermFormFor,
  sharedAccessExpression,
} from '../../db/scope-filter.js';
import type { OpportunitiesTable, StageChangesTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import { userNameOf } from '../../db/user-names.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';
import { opportunityVisibleTo } from '../../db/record-visibility.js';

export type OpportunityRow = Selectable<OpportunitiesTable>;
export type NewOpportunity = Insertable<OpportunitiesTable>;
/** The names shown with an opportunity: its customer's (null when withheld) and its owner's. */
export type OpportunityNames = { customerName: string | null; ownerName: string | null };
export type OpportunityWithFacts = OpportunityRow &
  OpportunityNames & {
    inScope: number;
    sharedAccess: 'read' | 'write' | null;
  };
export type StageChangeRow = Selectable<StageChangesTable>;

export type OpportunityFilter = {
  q?: string | undefined;
  customerId?: string | undefined;
  ownerId?: string | undefined;
  departmentId?: string | undefined;
  status?: OpportunityRow['status'] | undefined;
  stageId?: string | undefined;
  createdFrom?: string | undefined;
  createdBefore?: string | undefined;
  closedFrom?: string | undefined;
  closedBefore?: string | undefined;
  expectedCloseFrom?: string | undefined;
  expectedCloseTo?: string | undefined;
  /** Reached this open stage, a later open one or a won one (the sales funnel's step). */
  reachedStageId?: string | undefined;
  /** Left this stage by a change effective in [leftFrom, leftBefore) (stage durations). */
  leftStageId?: string | undefined;
  leftFrom?: string | undefined;
  leftBefore?: string | undefined;
  /** Exact matches, for the win/loss report's groups. */
  closeReason?: string | undefined;
  customerSource?: string | undefined;
  customerIndustry?: string | undefined;
};

/**
 * The opportunity (`opportunities.id`) entered the stage, a later open stage or a won stage at
 * some point of its history, its creation included (METRICS.md "Sales funnel").
 */
export function reachedStageCondition(stageId: string): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from stage_changes sc join pipeline_stages ps on ps.id = sc.to_stage_id where sc.opportunity_id = opportunities.id and (ps.kind = 'won' or (ps.kind = 'open' and ps.sort_order >= (select s.sort_order from pipeline_stages s where s.id = ${stageId}))))`;
}

/** The opportunity (`opportunities.id`) left the stage by a change effective in [from, before). */
export function leftStageCondition(
  stageId: string,
  from: string | undefined,
  before: string | undefined,
): RawBuilder<boolean> {
  const bounds = [
    sql`sc.from_stage_id = ${stageId}`,
    ...(from === undefined ? [] : [sql`sc.effective_at >= ${from}`]),
    ...(before === undefined ? [] : [sql`sc.effective_at < ${before}`]),
  ];
  return sql<boolean>`exists (select 1 from stage_changes sc where sc.opportunity_id = opportunities.id and ${sql.join(bounds, sql` and `)})`;
}

export type OpportunitySort = {
  by: 'name' | 'amountCents' | 'createdAt' | 'updatedAt' | 'expectedCloseOn' | 'closedAt';
  order: 'asc' | 'desc';
};

/**
 * The facts record access depends on (owner within the viewer's scope, collaborator access),
 * and the names shown with the opportunity, for one or a page of them selected by id (so the
 * customer's parent access is asked per row).
 */
function accessFacts(viewer: CustomerNameViewer) {
  return (eb: ExpressionBuilder<Database, 'opportunities'>) => [
    inScopeExpression('opportunities.owner_id', viewer.scope).as('inScope'),
    sharedAccessExpression('opportunities.id', 'opportunity', viewer.userId, viewer.now).as(
      'sharedAccess',
    ),
    customerNameOf(perRowViewer(viewer), 'opportunities.customer_id')(eb),
    userNameOf('opportunities.owner_id', 'ownerName'),
  ];
}

export async function findOpportunityWithFacts(
  executor: Executor,
  id: string,
  viewer: CustomerNameViewer,
): Promise<OpportunityWithFacts | undefined> {
  return executor
    .selectFrom('opportunities')
    .selectAll('opportunities')
    .select(accessFacts(viewer))
    .where('opportunities.id', '=', id)
    .where('opportunities.deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function findOpportunity(
  executor: Executor,
  id: string,
): Promise<OpportunityRow | undefined> {
  return executor
    .selectFrom('opportunities')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function listOpportunities(
  executor: Executor,
  dialect: Dialect,
  viewer: CustomerNameViewer,
  filter: OpportunityFilter,
  sort: OpportunitySort,
  page: Page,
  /** The scope holds most people (`scopeHoldsMostPeople`). */
  wideScope = false,
): Promise<ListPage<OpportunityWithFacts>> {
  let query = executor
    .selectFrom('opportunities')
    .where('opportunities.deletedAt', 'is', null)
    .where(opportunityVisibleTo(viewer, scopeTermFormFor(dialect, wideScope)));
  if (filter.q) query = query.where(containsText(filter.q, ['opportunities.name']));
  if (filter.customerId) query = query.where('opportunities.customerId', '=', filter.customerId);
  if (filter.ownerId) query = query.where('opportunities.ownerId', '=', filter.ownerId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('opportunities.owner_id', filter.departmentId));
  if (filter.status) query = query.where('opportunities.status', '=', filter.status);
  if (filter.stageId) query = query.where('opportunities.stageId', '=', filter.stageId);
  if (filter.createdFrom) query = query.where('opportunities.createdAt', '>=', filter.createdFrom);
  if (filter.createdBefore)
    query = query.where('opportunities.createdAt', '<', filter.createdBefore);
  if (filter.closedFrom) query = query.where('opportunities.closedAt', '>=', filter.closedFrom);
  if (filter.closedBefore) query = query.where('opportunities.closedAt', '<', filter.closedBefore);
  if (filter.expectedCloseFrom)
    query = query.where('opportunities.expectedCloseOn', '>=', filter.expectedCloseFrom);
  if (filter.expectedCloseTo)
    query = query.where('opportunities.expectedCloseOn', '<=', filter.expectedCloseTo);
  if (filter.reachedStageId) query = query.where(reachedStageCondition(filter.reachedStageId));
  if (filter.leftStageId)
    query = query.where(leftStageCondition(filter.leftStageId, filter.leftFrom, filter.leftBefore));
  if (filter.closeReason !== undefined)
    query = query.where('opportunities.closeReason', '=', filter.closeReason);
  if (filter.customerSource !== undefined || filter.customerIndustry !== undefined)
    query = query.where('opportunities.customerId', 'in', (eb) => {
      let customers = eb.selectFrom('customers').select('customers.id');
      if (filter.customerSource !== undefined)
        customers = customers.where('customers.source', '=', filter.customerSource);
      if (filter.customerIndustry !== undefined)
        customers = customers.where('customers.industry', '=', filter.customerIndustry);
      return customers;
    });
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: query,
      id: 'opportunities.id',
      // On PostgreSQL counted first: where few rows match, the page is then gathered rather than
      // walked in the order index (see `fewMatchOnPostgres`).
      countApart: wideScope || dialect === 'postgres',
      wideScope,
      order: [
        [`opportunities.${sort.by}`, sort.order],
        ['opportunities.id', 'asc'],
      ],
      select: (q) => q.selectAll('opportunities').select(accessFacts(viewer)),
    },
    page,
  );
}

export async function insertOpportunity(executor: Executor, row: NewOpportunity): Promise<void> {
  await executor.insertInto('opportunities').values(row).execute();
}

export async function insertStageChange(
  executor: Executor,
  row: Insertable<StageChangesTable>,
): Promise<void> {
  await executor.insertInto('stageChanges').values(row).execute();
}

/** The latest stage change by effective time (then by recording), the one a new change must follow. */
export async function latestStageChange(
  executor: Executor,
  opportunityId: string,
): Promise<StageChangeRow | undefined> {
  return executor
    .selectFrom('stageChanges')
    .selectAll()
    .where('opportunityId', '=', opportunityId)
    .orderBy('effectiveAt', 'desc')
    .orderBy('recordedAt', 'desc')
    .executeTakeFirst();
}

export async function listStageChanges(
  executor: Executor,
  opportunityId: string,
  page: Page,
): Promise<ListPage<StageChangeRow>> {
  const base = executor.selectFrom('stageChanges').where('opportunityId', '=', opportunityId);
  return pageOfQuery(
    executor,
    base.selectAll().orderBy('effectiveAt').orderBy('recordedAt').orderBy('id'),
    page,
  );
}

/** Who owned the opportunity at `at`, from its ownership periods; undefined when none covers it. */
export async function ownerAt(
  executor: Executor,
  opportunityId: string,
  at: string,
): Promise<string | undefined> {
  const row = await executor
    .selectFrom('ownershipPeriods')
    .select('ownerId')
    .where('entity', '=', 'opportunity')
    .where('recordId', '=', opportunityId)
    .where('startedAt', '<=', at)
    .where((eb) => eb.or([eb('endedAt', 'is', null), eb('endedAt', '>', at)]))
    .orderBy('startedAt', 'desc')
    .executeTakeFirst();
  return row?.ownerId;
}
