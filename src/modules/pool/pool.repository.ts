import {
  type Expression,
  type SelectQueryBuilder,
  type ExpressionBuilder,
  type SqlBool,
} from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { pageOfQuery, type ListPage, type Page } from '../../db/page-of-query.js';
import { ownerScopeCondition } from '../../db/scope-filter.js';
import type { CustomerLevel, PoolRulesTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import type { CustomerRow } from '../customers/customers.repository.js';
import type { PoolRule, ReturnThreshold } from './pool-return-rules.js';

export type PoolFilter = {
  q?: string | undefined;
  status?: CustomerRow['status'] | undefined;
  level?: CustomerLevel | undefined;
  industry?: string | undefined;
  region?: string | undefined;
  previousOwnerId?: string | undefined;
  enteredFrom?: string | undefined;
  enteredBefore?: string | undefined;
};

type CustomerQuery = SelectQueryBuilder<Database, 'customers', object>;
type CustomerOrder = [
  `customers.${'name' | 'poolEnteredAt' | 'createdAt' | 'lastFollowUpAt' | 'level' | 'ownerSince'}`,
  'asc' | 'desc',
];

/** One page of a filtered customer query and the count of all its rows. */
async function pageOfCustomers(
  executor: Executor,
  query: CustomerQuery,
  [column, order]: CustomerOrder,
  page: Page,
): Promise<ListPage<CustomerRow>> {
  return pageOfQuery(
    executor,
    query.selectAll('customers').orderBy(column, order).orderBy('customers.id'),
    page,
  );
}

export async function listPool(
  executor: Executor,
  filter: PoolFilter,
  sort: {
    by: 'name' | 'poolEnteredAt' | 'createdAt' | 'lastFollowUpAt' | 'level';
    order: 'asc' | 'desc';
  },
  page: Page,
): Promise<ListPage<CustomerRow>> {
  let query = executor
    .selectFrom('customers')
    .where('customers.ownerId', 'is', null)
    .where('customers.deletedAt', 'is', null);
  if (filter.q)
    query = query.where(
      containsText(filter.q, ['customers.name', 'customers.email'], 'customers.phone_key'),
    );
  if (filter.status) query = query.where('customers.status', '=', filter.status);
  if (filter.level) query = query.where('customers.level', '=', filter.level);
  if (filter.industry) query = query.where('customers.industry', '=', filter.industry);
  if (filter.region) query = query.where('customers.region', '=', filter.region);
  if (filter.previousOwnerId)
    query = query.where('customers.previousOwnerId', '=', filter.previousOwnerId);
  if (filter.enteredFrom) query = query.where('customers.poolEnteredAt', '>=', filter.enteredFrom);
  if (filter.enteredBefore)
    query = query.where('customers.poolEnteredAt', '<', filter.enteredBefore);
  return pageOfCustomers(executor, query, [`customers.${sort.by}`, sort.order], page);
}

export async function countOwnedBy(executor: Executor, userId: string): Promise<number> {
  const row = await executor
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ownerId', '=', userId)
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The test of one threshold: the level matches and the follow-up or the deal cut-off is passed. */
function dueUnder(
  eb: ExpressionBuilder<Database, 'customers'>,
  t: ReturnThreshold,
): Expression<SqlBool> {
  const tests: Expression<SqlBool>[] = [];
  if (t.followUpBefore !== null) {
    tests.push(
      eb.and([
        eb('customers.ownerSince', '<=', t.followUpBefore),
        eb.or([
          eb('customers.lastFollowUpAt', 'is', null),
          eb('customers.lastFollowUpAt', '<=', t.followUpBefore),
        ]),
      ]),
    );
  }
  if (t.dealOnOrBefore !== null && t.dealOwnedBefore !== null) {
    tests.push(
      eb.and([
        eb('customers.ownerSince', '<=', t.dealOwnedBefore),
        eb.or([
          eb('customers.lastDealOn', 'is', null),
          eb('customers.lastDealOn', '<=', t.dealOnOrBefore),
        ]),
      ]),
    );
  }
  return eb.and([
    t.level === null ? eb('customers.level', 'is', null) : eb('customers.level', '=', t.level),
    eb.or(tests),
  ]);
}

/**
 * Owned, live customers that a return rule applies to now, in one set-based query with the
 * cut-offs as bound parameters (so both engines compare their own timestamp and date types).
 * Won customers (status 'deal') never go back. `scope` null: everyone's.
 */
export async function listDueForReturn(
  executor: Executor,
  thresholds: ReturnThreshold[],
  scope: OwnerScope | null,
  ownerId: string | undefined,
  page: Page,
): Promise<ListPage<CustomerRow>> {
  if (thresholds.length === 0) return { items: [], total: 0, totalCapped: false };
  let query = executor
    .selectFrom('customers')
    .where('customers.ownerId', 'is not', null)
    .where('customers.deletedAt', 'is', null)
    .where('customers.status', '!=', 'deal')
    .where((eb) => eb.or(thresholds.map((t) => dueUnder(eb, t))));
  if (scope) query = query.where(ownerScopeCondition('customers.owner_id', scope));
  if (ownerId) query = query.where('customers.ownerId', '=', ownerId);
  return pageOfCustomers(executor, query, ['customers.ownerSince', 'asc'], page);
}

export type PoolRuleRow = PoolRule & { id: string; active: number; version: number };

export async function listPoolRules(executor: Executor): Promise<PoolRuleRow[]> {
  return executor
    .selectFrom('poolRules')
    .select(['id', 'level', 'daysWithoutFollowUp', 'daysWithoutDeal', 'active', 'version'])
    .execute();
}

export async function insertPoolRule(
  executor: Executor,
  row: Omit<PoolRulesTable, 'version'>,
): Promise<void> {
  await executor.insertInto('poolRules').values(row).execute();
}

export async function updatePoolRule(
  executor: Executor,
  id: string,
  changes: {
    daysWithoutFollowUp: number | null;
    daysWithoutDeal: number | null;
    active: 0 | 1;
    updatedAt: string;
  },
): Promise<void> {
  await executor
    .updateTable('poolRules')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function putSetting(executor: Executor, key: string, value: string): Promise<void> {
  await executor
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Moves a versioned setting from `expected` to `expected + 1`; false when someone else moved it first. */
export async function advanceSettingVersion(
  executor: Executor,
  key: string,
  expected: number,
): Promise<boolean> {
  await executor
    .insertInto('settings')
    .values({ key, value: '1' })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const result = await executor
    .updateTable('settings')
    .set({ value: String(expected + 1) })
    .where('key', '=', key)
    .where('value', '=', String(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
