import {
  sql,
  type ExpressionBuilder,
  type Insertable,
  type RawBuilder,
  type Selectable,
  type Updateable,
} from 'kysely';
import { perRowViewer } from '../../db/parent-access.js';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import { ownerScopeCondition, scopeOwnerIds } from '../../db/scope-filter.js';
import type { ActivitiesTable, ActivityType, RecordType } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import { userNameOf } from '../../db/user-names.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';

export type ActivityRow = Selectable<ActivitiesTable>;
export type ActivityWithScope = ActivityRow & { inScope: number };
/**
 * The names shown with an activity: its author's, the record owner's at the time, and its
 * customer's (null when withheld from the viewer).
 */
export type ActivityNames = {
  actorName: string | null;
  ownerName: string | null;
  customerName: string | null;
};
export type NamedActivityWithScope = ActivityWithScope & ActivityNames;

/** The names of one activity or of a page of them, selected by id: parent access asked per row. */
function activityNames(names: CustomerNameViewer) {
  return (eb: ExpressionBuilder<Database, 'activities'>) => [
    userNameOf('activities.actor_id', 'actorName'),
    userNameOf('activities.owner_id', 'ownerName'),
    customerNameOf(perRowViewer(names), 'activities.customer_id')(eb),
  ];
}

export type ActivityFilter = {
  /** Set only once the service has checked the actor may read that record: then scope is not needed. */
  record?: { recordType: RecordType; recordId: string } | undefined;
  customerId?: string | undefined;
  actorId?: string | undefined;
  type?: ActivityType | undefined;
  valid?: 0 | 1 | undefined;
  occurredFrom?: string | undefined;
  occurredBefore?: string | undefined;
  q?: string | undefined;
};

/** 1 when the activity's author or the record's owner at the time is within the scope, else 0. */
function activityInScope(scope: OwnerScope): RawBuilder<number> {
  return sql<number>`case when ${activityScopeCondition(scope)} then 1 else 0 end`;
}

/**
 * How the activity list finds the activities in a scope, those written by or on records of its
 * people (every form gives the same rows; the service picks one by engine and by the scope's
 * share of the company). At scale M, one page with its total:
 * - 'in-lists': `actor_id in (…) or owner_id in (…)`. SQLite answers each half by its index (a
 *   rep's page 10 ms, a team lead's 58 ms); PostgreSQL reads every activity, which suits a scope
 *   holding most of the company (the sales director's page 0.28 s);
 * - 'date-order' (SQLite, most of the company): the owner half kept off its index, so activities
 *   are read in the list's date order and each tested, stopping after a page: the director's
 *   page 0.22–0.26 s, against 1.2 s gathering and sorting a million ids by the indexes;
 * - 'arrays' (PostgreSQL, a few people): the scope's people gathered once into an array that both
 *   indexes answer (`= any(array(…))`, combined as a bitmap): a team lead's page 238 → 33 ms.
 */
type ActivityScopeForm = 'in-lists' | 'date-order' | 'arrays';

/**
 * The form of the activity list's scope condition by engine and by whether the scope holds most
 * of the company (see ActivityScopeForm for what each costs).
 */
const ACTIVITY_SCOPE_FORMS: Record<Dialect, Record<'wide' | 'narrow', ActivityScopeForm>> = {
  sqlite: { wide: 'date-order', narrow: 'in-lists' },
  postgres: { wide: 'in-lists', narrow: 'arrays' },
};

function activityScopeCondition(
  scope: OwnerScope,
  form: ActivityScopeForm = 'in-lists',
): RawBuilder<boolean> {
  if (form === 'arrays' && scope.kind === 'owners') {
    const people = sql`array(${scopeOwnerIds(scope)})`;
    return sql<boolean>`(activities.actor_id = any(${people}) or activities.owner_id = any(${people}))`;
  }
  // SQLite's unary + keeps a column's index from answering a term (its documented way to steer
  // the planner); without an index for the owner half, the `or` is tested row by row.
  const owner = form === 'date-order' ? sql<string>`+activities.owner_id` : 'activities.owner_id';
  return sql<boolean>`(${ownerScopeCondition('activities.actor_id', scope)} or ${ownerScopeCondition(owner, scope)})`;
}

export async function findActivity(
  executor: Executor,
  id: string,
  scope: OwnerScope,
): Promise<ActivityWithScope | undefined> {
  return executor
    .selectFrom('activities')
    .selectAll('activities')
    .select(activityInScope(scope).as('inScope'))
    .where('activities.id', '=', id)
    .where('activities.deletedAt', 'is', null)
    .executeTakeFirst();
}

/** Like `findActivity`, with the names shown beside the activity. */
export async function findNamedActivity(
  executor: Executor,
  id: string,
  names: CustomerNameViewer,
): Promise<NamedActivityWithScope | undefined> {
  return executor
    .selectFrom('activities')
    .selectAll('activities')
    .select(activityInScope(names.scope).as('inScope'))
    .select(activityNames(names))
    .where('activities.id', '=', id)
    .where('activities.deletedAt', 'is', null)
    .executeTakeFirst();
}

/** One activity row by id, deleted or not (for reading back a write). */
export async function findActivityRow(
  executor: Executor,
  id: string,
): Promise<ActivityRow | undefined> {
  return executor.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listActivities(
  executor: Executor,
  dialect: Dialect,
  names: CustomerNameViewer,
  filter: ActivityFilter,
  sort: { by: 'occurredAt' | 'recordedAt'; order: 'asc' | 'desc' },
  page: Page,
  /** The scope holds most people (`scopeHoldsMostPeople`). */
  wideScope = false,
): Promise<ListPage<NamedActivityWithScope>> {
  const { scope } = names;
  let query = executor.selectFrom('activities').where('activities.deletedAt', 'is', null);
  if (filter.record) {
    query = query
      .where('activities.recordType', '=', filter.record.recordType)
      .where('activities.recordId', '=', filter.record.recordId);
  } else {
    query = query.where(
      activityScopeCondition(scope, ACTIVITY_SCOPE_FORMS[dialect][wideScope ? 'wide' : 'narrow']),
    );
  }
  if (filter.customerId) query = query.where('activities.customerId', '=', filter.customerId);
  if (filter.actorId) query = query.where('activities.actorId', '=', filter.actorId);
  if (filter.type) query = query.where('activities.type', '=', filter.type);
  if (filter.valid !== undefined) query = query.where('activities.valid', '=', filter.valid);
  if (filter.occurredFrom) query = query.where('activities.occurredAt', '>=', filter.occurredFrom);
  if (filter.occurredBefore)
    query = query.where('activities.occurredAt', '<', filter.occurredBefore);
  if (filter.q) query = query.where(containsText(filter.q, ['activities.content']));
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: query,
      id: 'activities.id',
      countApart: true,
      wideScope,
      order: [
        [`activities.${sort.by}`, sort.order],
        ['activities.id', sort.order],
      ],
      select: (q) =>
        q
          .selectAll('activities')
          .select(activityInScope(scope).as('inScope'))
          .select(activityNames(names)),
    },
    page,
  );
}

export async function insertActivity(
  executor: Executor,
  row: Insertable<ActivitiesTable>,
): Promise<void> {
  await executor.insertInto('activities').values(row).execute();
}

export async function updateActivityColumns(
  executor: Executor,
  id: string,
  changes: Updateable<ActivitiesTable>,
): Promise<void> {
  await executor
    .updateTable('activities')
    .set(changes)
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .execute();
}

/** Keeps a customer's last_follow_up_at at the latest occurred_at of its live valid activities. */
export async function refreshCustomerFollowUp(
  executor: Executor,
  customerId: string,
): Promise<void> {
  await executor
    .updateTable('customers')
    .set((eb) => ({
      lastFollowUpAt: eb
        .selectFrom('activities')
        .select((s) => s.fn.max('activities.occurredAt').as('latest'))
        .where('activities.customerId', '=', customerId)
        .where('activities.valid', '=', 1)
        .where('activities.deletedAt', 'is', null),
    }))
    .where('id', '=', customerId)
    .execute();
}

/**
 * A new valid activity on a customer: last_follow_up_at (the latest occurred_at of its live valid
 * activities) moves forward to its occurred_at when later, never back. One indexed row update.
 */
export async function advanceCustomerFollowUp(
  executor: Executor,
  customerId: string,
  occurredAt: string,
): Promise<void> {
  await executor
    .updateTable('customers')
    .set({ lastFollowUpAt: occurredAt })
    .where('id', '=', customerId)
    .where((eb) => eb.or([eb('lastFollowUpAt', 'is', null), eb('lastFollowUpAt', '<', occurredAt)]))
    .execute();
}

/**
 * A new valid activity on an opportunity: last_touched_at (its latest valid activity or stage
 * change) moves forward to the activity's occurred_at when later, never back.
 */
export async function advanceOpportunityTouch(
  executor: Executor,
  opportunityId: string,
  occurredAt: string,
): Promise<void> {
  await executor
    .updateTable('opportunities')
    .set({ lastTouchedAt: occurredAt })
    .where('id', '=', opportunityId)
    .where((eb) => eb.or([eb('lastTouchedAt', 'is', null), eb('lastTouchedAt', '<', occurredAt)]))
    .execute();
}

/** Keeps an opportunity's last_touched_at at its latest valid activity or stage change. */
export async function refreshOpportunityTouch(
  executor: Executor,
  opportunityId: string,
): Promise<void> {
  const [activity, stage] = await Promise.all([
    executor
      .selectFrom('activities')
      .select((s) => s.fn.max('occurredAt').as('latest'))
      .where('recordType', '=', 'opportunity')
      .where('recordId', '=', opportunityId)
      .where('valid', '=', 1)
      .where('deletedAt', 'is', null)
      .executeTakeFirst(),
    executor
      .selectFrom('stageChanges')
      .select((s) => s.fn.max('effectiveAt').as('latest'))
      .where('opportunityId', '=', opportunityId)
      .executeTakeFirst(),
  ]);
  const candidates = [activity?.latest, stage?.latest].filter(
    (v): v is string => typeof v === 'string',
  );
  const latest = candidates.sort().at(-1) ?? null;
  await executor
    .updateTable('opportunities')
    .set({ lastTouchedAt: latest })
    .where('id', '=', opportunityId)
    .execute();
}
