import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { CustomMetricsTable } from '../../db/tables/appraisal.table.js';

export type CustomMetricRow = Selectable<CustomMetricsTable>;

export async function listCustomMetrics(
  executor: Executor,
  onlyActive: boolean,
): Promise<CustomMetricRow[]> {
  let query = executor.selectFrom('customMetrics').selectAll();
  if (onlyActive) query = query.where('active', '=', 1);
  return query.orderBy('key').execute();
}

export async function findCustomMetric(
  executor: Executor,
  id: string,
): Promise<CustomMetricRow | undefined> {
  return executor.selectFrom('customMetrics').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCustomMetricByKey(
  executor: Executor,
  key: string,
): Promise<CustomMetricRow | undefined> {
  return executor.selectFrom('customMetrics').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function insertCustomMetric(
  executor: Executor,
  row: Insertable<CustomMetricsTable>,
): Promise<void> {
  await executor.insertInto('customMetrics').values(row).execute();
}

export async function updateCustomMetric(
  executor: Executor,
  id: string,
  version: number,
  changes: Updateable<CustomMetricsTable>,
): Promise<boolean> {
  const result = await executor
    .updateTable('customMetrics')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
