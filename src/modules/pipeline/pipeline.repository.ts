import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { PipelineStagesTable } from '../../db/tables/crm.table.js';

export type StageRow = Selectable<PipelineStagesTable>;
export type NewStage = Insertable<PipelineStagesTable>;

export async function listStages(
  executor: Executor,
  includeInactive: boolean,
): Promise<StageRow[]> {
  let query = executor.selectFrom('pipelineStages').selectAll();
  if (!includeInactive) query = query.where('active', '=', 1);
  return query.orderBy('sortOrder').orderBy('id').execute();
}

export async function findStage(executor: Executor, id: string): Promise<StageRow | undefined> {
  return executor.selectFrom('pipelineStages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The active open stage that comes first in the pipeline: where new opportunities start. */
export async function firstOpenStage(executor: Executor): Promise<StageRow | undefined> {
  return executor
    .selectFrom('pipelineStages')
    .selectAll()
    .where('active', '=', 1)
    .where('kind', '=', 'open')
    .orderBy('sortOrder')
    .orderBy('id')
    .executeTakeFirst();
}

export async function countStages(executor: Executor): Promise<number> {
  const row = await executor
    .selectFrom('pipelineStages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts stages, skipping ids that already exist (safe when two processes seed at once). */
export async function insertStages(executor: Executor, rows: NewStage[]): Promise<void> {
  await executor
    .insertInto('pipelineStages')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Applies `changes` when the stage is still at `expectedVersion`; false when it is not. */
export async function updateStageVersioned(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Updateable<PipelineStagesTable>,
): Promise<boolean> {
  const result = await executor
    .updateTable('pipelineStages')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether any opportunity has ever been in the stage (its stage changes say so). */
export async function isStageUsed(executor: Executor, id: string): Promise<boolean> {
  const row = await executor
    .selectFrom('stageChanges')
    .select('id')
    .where((eb) => eb.or([eb('toStageId', '=', id), eb('fromStageId', '=', id)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
