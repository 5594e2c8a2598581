import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page } from '../../db/page-of-query.js';
import { decodeChanges } from '../../db/history-codec.js';
import { parseChanges } from '../../db/history-diff.js';
import type { CycleStatus } from '../../domain/appraisal/cycle-workflow.js';
import { ownerScopeCondition } from '../../db/scope-filter.js';
import type {
  CycleParticipantsTable,
  CycleResultItemsTable,
  CycleResultsTable,
  CyclesTable,
} from '../../db/tables/appraisal.table.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { withRoles } from '../org/org.repository.js';

export type CycleRow = Selectable<CyclesTable>;
export type ParticipantRow = Selectable<CycleParticipantsTable>;
export type ResultRow = Selectable<CycleResultsTable>;
export type ResultItemRow = Selectable<CycleResultItemsTable>;

const BATCH = 200;

export async function insertCycle(executor: Executor, row: Insertable<CyclesTable>): Promise<void> {
  await executor.insertInto('cycles').values(row).execute();
}

export async function findCycle(executor: Executor, id: string): Promise<CycleRow | undefined> {
  return executor.selectFrom('cycles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCycles(executor: Executor, page: Page) {
  return pageOfQuery(
    executor,
    executor
      .selectFrom('cycles')
      .selectAll()
      .orderBy('firstDay', 'desc')
      .orderBy('createdAt', 'desc'),
    page,
  );
}

export async function listCyclesInStatus(
  executor: Executor,
  statuses: readonly CycleStatus[],
): Promise<CycleRow[]> {
  return executor
    .selectFrom('cycles')
    .selectAll()
    .where('status', 'in', statuses)
    .orderBy('firstDay')
    .orderBy('id')
    .execute();
}

/** Updates a cycle at the expected version; false when someone else moved it first. */
export async function updateCycle(
  executor: Executor,
  id: string,
  version: number,
  changes: Updateable<CyclesTable>,
): Promise<boolean> {
  const result = await executor
    .updateTable('cycles')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertParticipants(
  executor: Executor,
  rows: Insertable<CycleParticipantsTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await executor
      .insertInto('cycleParticipants')
      .values(rows.slice(i, i + BATCH))
      .execute();
}

export async function listParticipants(
  executor: Executor,
  cycleId: string,
): Promise<ParticipantRow[]> {
  return executor
    .selectFrom('cycleParticipants')
    .selectAll()
    .where('cycleId', '=', cycleId)
    .execute();
}

/**
 * The values these cycles' history rows gave `field` (a seal of their results), in chain order.
 * A cycle's history is a handful of rows (its status changes and seals), read by the entity index.
 */
export async function listSealRows(
  executor: Executor,
  cycleIds: readonly string[],
  field: string,
): Promise<{ seq: number; entityId: string; value: string | null }[]> {
  if (cycleIds.length === 0) return [];
  const rows = await executor
    .selectFrom('history')
    .select(['seq', 'entityId', 'changes'])
    .where('entity', '=', 'cycle')
    .where('entityId', 'in', cycleIds)
    .orderBy('seq')
    .execute();
  return rows.flatMap((row) =>
    parseChanges(decodeChanges(row.changes))
      .filter((change) => change.field === field)
      .map((change) => ({ seq: Number(row.seq), entityId: row.entityId, value: change.newValue })),
  );
}

export async function listResults(executor: Executor, cycleId: string): Promise<ResultRow[]> {
  return executor.selectFrom('cycleResults').selectAll().where('cycleId', '=', cycleId).execute();
}

export async function listResultItems(
  executor: Executor,
  resultIds: readonly string[],
): Promise<ResultItemRow[]> {
  const rows: ResultItemRow[] = [];
  for (let i = 0; i < resultIds.length; i += BATCH) {
    rows.push(
      ...(await executor
        .selectFrom('cycleResultItems')
        .selectAll()
        .where('resultId', 'in', resultIds.slice(i, i + BATCH))
        .execute()),
    );
  }
  return rows;
}

/** Results of a cycle whose person is within the viewer's data scope, with the person's name. */
export async function listScopedResults(
  executor: Executor,
  cycleId: string,
  scope: OwnerScope,
  page: Page,
) {
  const base = executor
    .selectFrom('cycleResults')
    .innerJoin('users', 'users.id', 'cycleResults.userId')
    .innerJoin('cycleParticipants', (join) =>
      join
        .onRef('cycleParticipants.cycleId', '=', 'cycleResults.cycleId')
        .onRef('cycleParticipants.userId', '=', 'cycleResults.userId'),
    )
    .where('cycleResults.cycleId', '=', cycleId)
    .where(ownerScopeCondition('cycle_results.user_id', scope));
  return pageOfQuery(
    executor,
    base
      .selectAll('cycleResults')
      .select([
        'users.name as userName',
        'cycleParticipants.role as role',
        'cycleParticipants.managerId as managerId',
      ])
      .orderBy('cycleResults.total', 'desc')
      .orderBy('users.name'),
    page,
  );
}

/** One result with a flag saying whether its person is within the viewer's scope. */
export async function findResultInScope(executor: Executor, id: string, scope: OwnerScope) {
  return executor
    .selectFrom('cycleResults')
    .selectAll()
    .where('id', '=', id)
    .where(ownerScopeCondition('cycle_results.user_id', scope))
    .executeTakeFirst();
}

export async function findResult(executor: Executor, id: string): Promise<ResultRow | undefined> {
  return executor.selectFrom('cycleResults').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findResultFor(
  executor: Executor,
  cycleId: string,
  userId: string,
): Promise<ResultRow | undefined> {
  return executor
    .selectFrom('cycleResults')
    .selectAll()
    .where('cycleId', '=', cycleId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export async function updateResult(
  executor: Executor,
  id: string,
  version: number,
  changes: Updateable<CycleResultsTable>,
): Promise<boolean> {
  const result = await executor
    .updateTable('cycleResults')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A total that follows from other stored numbers (a team score): no version check, no bump. */
export async function setResultTotal(
  executor: Executor,
  id: string,
  total: number | null,
  grade: string | null,
): Promise<void> {
  await executor.updateTable('cycleResults').set({ total, grade }).where('id', '=', id).execute();
}

/** Replaces a cycle's computed results in batches; ids of existing results are kept. */
export async function saveResults(
  executor: Executor,
  results: Insertable<CycleResultsTable>[],
  items: Insertable<CycleResultItemsTable>[],
): Promise<void> {
  for (let i = 0; i < results.length; i += BATCH) {
    await executor
      .insertInto('cycleResults')
      .values(results.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.columns(['cycleId', 'userId']).doUpdateSet((eb) => ({
          total: eb.ref('excluded.total'),
          grade: eb.ref('excluded.grade'),
          applicableShare: eb.ref('excluded.applicableShare'),
          computedAt: eb.ref('excluded.computedAt'),
        })),
      )
      .execute();
  }
  const resultIds = [...new Set(items.map((i) => i.resultId))];
  for (let i = 0; i < resultIds.length; i += BATCH) {
    await executor
      .deleteFrom('cycleResultItems')
      .where('resultId', 'in', resultIds.slice(i, i + BATCH))
      .execute();
  }
  for (let i = 0; i < items.length; i += BATCH)
    await executor
      .insertInto('cycleResultItems')
      .values(items.slice(i, i + BATCH))
      .execute();
}

export async function updateResultItem(
  executor: Executor,
  id: string,
  changes: Updateable<CycleResultItemsTable>,
): Promise<void> {
  await executor.updateTable('cycleResultItems').set(changes).where('id', '=', id).execute();
}

export async function listActiveUsersWithRoles(executor: Executor) {
  const users = await executor
    .selectFrom('users')
    .select(['id', 'managerId', 'joinedOn', 'leftOn'])
    .where('active', '=', 1)
    .execute();
  return withRoles(executor, users);
}
