import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page, type ListPage } from '../../db/page-of-query.js';
import { inScopeExpression, ownerScopeCondition } from '../../db/scope-filter.js';
import type { QualityFlagsTable, QualityRule } from '../../db/tables/appraisal.table.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import type { FlagEntity } from './quality-finding.js';

export type FlagRow = Selectable<QualityFlagsTable>;
export type NewFlag = Insertable<QualityFlagsTable>;

/** The cleared_reason of a flag the system resolved because its record no longer breaks the rule. */
export const FIXED_REASON = 'fixed';
/** The reason of a Q2 flag that a merge of the two records answered. */
export const MERGED_REASON = 'merged';

/** Bound parameters per statement stay far below both engines' limits. */
const CHUNK = 500;

export function chunked<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every flag (open or cleared) of one rule on the given records. */
export async function findFlagsOf(
  executor: Executor,
  rule: QualityRule,
  entity: FlagEntity,
  recordIds: readonly string[],
): Promise<FlagRow[]> {
  const rows: FlagRow[] = [];
  for (const ids of chunked([...new Set(recordIds)])) {
    rows.push(
      ...(await executor
        .selectFrom('qualityFlags')
        .selectAll()
        .where('entity', '=', entity)
        .where('recordId', 'in', ids)
        .where('rule', '=', rule)
        .execute()),
    );
  }
  return rows;
}

/** What deciding whether to open or resolve a flag needs of it (no detail). */
export type FlagState = Pick<
  FlagRow,
  'id' | 'rule' | 'entity' | 'recordId' | 'field' | 'status' | 'clearedBy'
>;

/**
 * The state of every flag (open or cleared) of any of the rules on the given records, in one
 * query per 500 records (served by the (entity, record_id, rule, status) index).
 */
export async function findFlagStatesOf(
  executor: Executor,
  rules: readonly QualityRule[],
  entity: FlagEntity,
  recordIds: readonly string[],
): Promise<FlagState[]> {
  const rows: FlagState[] = [];
  if (rules.length === 0) return rows;
  for (const ids of chunked([...new Set(recordIds)])) {
    rows.push(
      ...(await executor
        .selectFrom('qualityFlags')
        .select(['id', 'rule', 'entity', 'recordId', 'field', 'status', 'clearedBy'])
        .where('entity', '=', entity)
        .where('recordId', 'in', ids)
        .where('rule', 'in', [...new Set(rules)])
        .execute()),
    );
  }
  return rows;
}

export async function insertFlags(executor: Executor, rows: readonly NewFlag[]): Promise<void> {
  for (const batch of chunked(rows, 50))
    await executor.insertInto('qualityFlags').values(batch).execute();
}

/** Marks open flags resolved by the system: cleared, nobody clearing, reason 'fixed'. */
export async function resolveFlags(
  executor: Executor,
  ids: readonly string[],
  at: string,
): Promise<void> {
  for (const batch of chunked(ids)) {
    await executor
      .updateTable('qualityFlags')
      .set({ status: 'cleared', clearedBy: null, clearedAt: at, clearedReason: FIXED_REASON })
      .where('id', 'in', batch)
      .where('status', '=', 'open')
      .execute();
  }
}

export async function updateFlagDetail(
  executor: Executor,
  id: string,
  detail: string,
): Promise<void> {
  await executor.updateTable('qualityFlags').set({ detail }).where('id', '=', id).execute();
}

export type FlagWithScope = FlagRow & { inScope: number };

/** One flag with whether its user is within the scope (the caller answers 404 when not). */
export async function findFlag(
  executor: Executor,
  id: string,
  scope: OwnerScope,
): Promise<FlagWithScope | undefined> {
  return executor
    .selectFrom('qualityFlags')
    .selectAll('qualityFlags')
    .select(inScopeExpression('quality_flags.user_id', scope).as('inScope'))
    .where('qualityFlags.id', '=', id)
    .executeTakeFirst();
}

/** Clears an open flag; false when it was no longer open (cleared meanwhile). */
export async function clearOpenFlag(
  executor: Executor,
  id: string,
  clearing: { by: string; at: string; reason: string },
): Promise<boolean> {
  const result = await executor
    .updateTable('qualityFlags')
    .set({
      status: 'cleared',
      clearedBy: clearing.by,
      clearedAt: clearing.at,
      clearedReason: clearing.reason,
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type FlagFilter = {
  userId?: string | undefined;
  rule?: QualityRule | undefined;
  status?: FlagRow['status'] | undefined;
  entity?: FlagEntity | undefined;
  recordId?: string | undefined;
  createdFrom?: string | undefined;
  createdBefore?: string | undefined;
};

function scopedFlags(executor: Executor, scope: OwnerScope, filter: FlagFilter) {
  let query = executor
    .selectFrom('qualityFlags')
    .where(ownerScopeCondition('quality_flags.user_id', scope));
  if (filter.userId) query = query.where('qualityFlags.userId', '=', filter.userId);
  if (filter.rule) query = query.where('qualityFlags.rule', '=', filter.rule);
  if (filter.status) query = query.where('qualityFlags.status', '=', filter.status);
  if (filter.entity) query = query.where('qualityFlags.entity', '=', filter.entity);
  if (filter.recordId) query = query.where('qualityFlags.recordId', '=', filter.recordId);
  if (filter.createdFrom) query = query.where('qualityFlags.createdAt', '>=', filter.createdFrom);
  if (filter.createdBefore)
    query = query.where('qualityFlags.createdAt', '<', filter.createdBefore);
  return query;
}

export async function listFlags(
  executor: Executor,
  scope: OwnerScope,
  filter: FlagFilter,
  order: 'asc' | 'desc',
  page: Page,
): Promise<ListPage<FlagRow>> {
  const query = scopedFlags(executor, scope, filter);
  return pageOfQuery(
    executor,
    query
      .selectAll('qualityFlags')
      .orderBy('qualityFlags.createdAt', order)
      .orderBy('qualityFlags.id', order),
    page,
  );
}

/** Open flags per user and rule, for users within the scope, created in the range. */
export async function countOpenFlags(
  executor: Executor,
  scope: OwnerScope,
  range: { createdFrom?: string | undefined; createdBefore?: string | undefined },
): Promise<{ userId: string; rule: QualityRule; n: number }[]> {
  const rows = await scopedFlags(executor, scope, { ...range, status: 'open' })
    .select(['qualityFlags.userId', 'qualityFlags.rule'])
    .select(sql<number>`count(*)`.as('n'))
    .groupBy(['qualityFlags.userId', 'qualityFlags.rule'])
    .orderBy('qualityFlags.userId')
    .execute();
  return rows.map((r) => ({ userId: r.userId, rule: r.rule, n: Number(r.n) }));
}

/** What a flag's record is: when it happened, a name to show, and the customer it belongs to. */
export type FlaggedRecord = { happenedAt: string; label: string; customerId: string | null };

/**
 * The records behind flags, keyed `entity:id`: an activity by when it occurred and its content,
 * a customer or lead by when it was created and its name. Flags on people (Q7) have none.
 */
export async function findFlaggedRecords(
  executor: Executor,
  flags: readonly Pick<FlagRow, 'entity' | 'recordId'>[],
): Promise<Map<string, FlaggedRecord>> {
  const idsOf = (entity: FlagEntity) => [
    ...new Set(flags.filter((f) => f.entity === entity).map((f) => f.recordId)),
  ];
  const found = new Map<string, FlaggedRecord>();
  for (const ids of chunked(idsOf('activity'))) {
    const rows = await executor
      .selectFrom('activities')
      .select(['id', 'occurredAt', 'content', 'customerId'])
      .where('id', 'in', ids)
      .execute();
    for (const r of rows)
      found.set(`activity:${r.id}`, {
        happenedAt: r.occurredAt,
        label: r.content.slice(0, 80),
        customerId: r.customerId,
      });
  }
  for (const ids of chunked(idsOf('customer'))) {
    const rows = await executor
      .selectFrom('customers')
      .select(['id', 'createdAt', 'name'])
      .where('id', 'in', ids)
      .execute();
    for (const r of rows)
      found.set(`customer:${r.id}`, { happenedAt: r.createdAt, label: r.name, customerId: r.id });
  }
  for (const ids of chunked(idsOf('lead'))) {
    const rows = await executor
      .selectFrom('leads')
      .select(['id', 'createdAt', 'company', 'customerId'])
      .where('id', 'in', ids)
      .execute();
    for (const r of rows)
      found.set(`lead:${r.id}`, {
        happenedAt: r.createdAt,
        label: r.company,
        customerId: r.customerId,
      });
  }
  return found;
}
