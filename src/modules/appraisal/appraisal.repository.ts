import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { TemplateVersionsTable } from '../../db/tables/appraisal.table.js';

export type TemplateVersionRow = Selectable<TemplateVersionsTable>;

/** The current version of each role's scorecard template. */
export async function currentTemplateVersions(
  executor: Executor,
): Promise<{ role: string; versionId: string }[]> {
  return executor
    .selectFrom('templates')
    .select(['templates.role', 'templates.currentVersionId as versionId'])
    .where('templates.currentVersionId', 'is not', null)
    .$narrowType<{ versionId: string }>()
    .execute();
}

/** Per-user targets of the period that starts on `firstDay`; of the given users, or of everyone. */
export async function targetsOfPeriod(
  executor: Executor,
  firstDay: string,
  userIds?: readonly string[],
) {
  if (userIds?.length === 0) return [];
  let query = executor
    .selectFrom('userTargets')
    .select(['userId', 'metric', 'target'])
    .where('periodStart', '=', firstDay);
  if (userIds) query = query.where('userId', 'in', userIds);
  return query.execute();
}

/** The dates that decide how much of a period someone was active. */
export async function findTenures(executor: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return executor
    .selectFrom('users')
    .select(['id', 'joinedOn', 'leftOn'])
    .where('id', 'in', ids)
    .execute();
}

/** Template versions by id (those the participants of a period are scored by). */
export async function findVersions(
  executor: Executor,
  ids: readonly string[],
): Promise<TemplateVersionRow[]> {
  if (ids.length === 0) return [];
  return executor.selectFrom('templateVersions').selectAll().where('id', 'in', ids).execute();
}
