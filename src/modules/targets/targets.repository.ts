import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { ownerScopeCondition } from '../../db/scope-filter.js';
import type { UserTargetsTable } from '../../db/tables/appraisal.table.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';

export type TargetRow = Selectable<UserTargetsTable>;

export async function listTargets(
  executor: Executor,
  scope: OwnerScope,
  filter: { userId?: string | undefined; periodStart?: string | undefined },
) {
  let query = executor
    .selectFrom('userTargets')
    .selectAll()
    .where(ownerScopeCondition('user_targets.user_id', scope));
  if (filter.userId) query = query.where('userId', '=', filter.userId);
  if (filter.periodStart) query = query.where('periodStart', '=', filter.periodStart);
  return query
    .orderBy('periodStart', 'desc')
    .orderBy('userId')
    .orderBy('metric')
    .limit(500)
    .execute();
}

export async function findTarget(
  executor: Executor,
  userId: string,
  metric: string,
  periodStart: string,
): Promise<TargetRow | undefined> {
  return executor
    .selectFrom('userTargets')
    .selectAll()
    .where('userId', '=', userId)
    .where('metric', '=', metric)
    .where('periodStart', '=', periodStart)
    .executeTakeFirst();
}

export async function findTargetInScope(
  executor: Executor,
  id: string,
  scope: OwnerScope,
): Promise<TargetRow | undefined> {
  return executor
    .selectFrom('userTargets')
    .selectAll()
    .where('id', '=', id)
    .where(ownerScopeCondition('user_targets.user_id', scope))
    .executeTakeFirst();
}

export async function insertTarget(
  executor: Executor,
  row: Insertable<UserTargetsTable>,
): Promise<void> {
  await executor.insertInto('userTargets').values(row).execute();
}

export async function updateTargetValue(
  executor: Executor,
  id: string,
  target: number,
  setBy: string,
  updatedAt: string,
): Promise<void> {
  await executor
    .updateTable('userTargets')
    .set((eb) => ({ target, setBy, updatedAt, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function deleteTarget(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('userTargets').where('id', '=', id).execute();
}
