import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { ownerScopeCondition } from '../../db/scope-filter.js';
import type { ItemFeedbackTable } from '../../db/tables/appraisal.table.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';

export type ItemFeedbackRow = Selectable<ItemFeedbackTable>;

/** Published and archived cycles, oldest first. */
export async function listClosedCycles(executor: Executor) {
  return executor
    .selectFrom('cycles')
    .selectAll()
    .where('status', 'in', ['published', 'archived'])
    .orderBy('firstDay')
    .orderBy('id')
    .execute();
}

/** The results of some cycles whose person is within the viewer's scope, with name and template. */
export async function listScopedResults(
  executor: Executor,
  cycleIds: readonly string[],
  scope: OwnerScope,
) {
  if (cycleIds.length === 0) return [];
  return executor
    .selectFrom('cycleResults')
    .innerJoin('users', 'users.id', 'cycleResults.userId')
    .innerJoin('cycleParticipants', (join) =>
      join
        .onRef('cycleParticipants.cycleId', '=', 'cycleResults.cycleId')
        .onRef('cycleParticipants.userId', '=', 'cycleResults.userId'),
    )
    .where('cycleResults.cycleId', 'in', cycleIds)
    .where(ownerScopeCondition('cycle_results.user_id', scope))
    .select([
      'cycleResults.id as id',
      'cycleResults.cycleId as cycleId',
      'cycleResults.userId as userId',
      'cycleResults.total as total',
      'cycleResults.grade as grade',
      'users.name as userName',
      'users.joinedOn as joinedOn',
      'users.leftOn as leftOn',
      'cycleParticipants.role as role',
      'cycleParticipants.templateVersionId as templateVersionId',
      'cycleParticipants.targets as targets',
    ])
    .orderBy('users.name')
    .orderBy('cycleResults.cycleId')
    .execute();
}

export async function findFeedback(
  executor: Executor,
  cycleId: string,
  userId: string,
  metric: string,
): Promise<ItemFeedbackRow | undefined> {
  return executor
    .selectFrom('itemFeedback')
    .selectAll()
    .where('cycleId', '=', cycleId)
    .where('userId', '=', userId)
    .where('metric', '=', metric)
    .executeTakeFirst();
}

export async function listOwnFeedback(executor: Executor, cycleId: string, userId: string) {
  return executor
    .selectFrom('itemFeedback')
    .selectAll()
    .where('cycleId', '=', cycleId)
    .where('userId', '=', userId)
    .orderBy('metric')
    .execute();
}

export async function insertFeedback(
  executor: Executor,
  row: Insertable<ItemFeedbackTable>,
): Promise<void> {
  await executor.insertInto('itemFeedback').values(row).execute();
}

/** Changes a feedback row at the expected version; false when someone else changed it first. */
export async function updateFeedback(
  executor: Executor,
  id: string,
  version: number,
  changes: { unfair: number; comment: string | null; updatedAt: string },
): Promise<boolean> {
  const result = await executor
    .updateTable('itemFeedback')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Feedback given in some cycles by people within the viewer's scope, with their names. */
export async function listScopedFeedback(
  executor: Executor,
  cycleIds: readonly string[],
  scope: OwnerScope,
) {
  if (cycleIds.length === 0) return [];
  return executor
    .selectFrom('itemFeedback')
    .innerJoin('users', 'users.id', 'itemFeedback.userId')
    .where('itemFeedback.cycleId', 'in', cycleIds)
    .where(ownerScopeCondition('item_feedback.user_id', scope))
    .selectAll('itemFeedback')
    .select('users.name as userName')
    .orderBy('itemFeedback.metric')
    .orderBy('itemFeedback.updatedAt')
    .orderBy('itemFeedback.id')
    .execute();
}
