import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { TemplatesTable } from '../../db/tables/appraisal.table.js';
import type { TemplateVersionRow } from '../appraisal/appraisal.repository.js';

export type TemplateRow = Selectable<TemplatesTable>;
export type { TemplateVersionRow };

export async function listTemplates(executor: Executor): Promise<TemplateRow[]> {
  return executor.selectFrom('templates').selectAll().orderBy('key').execute();
}

export async function findTemplate(
  executor: Executor,
  id: string,
): Promise<TemplateRow | undefined> {
  return executor.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTemplateByRole(
  executor: Executor,
  role: string,
): Promise<TemplateRow | undefined> {
  return executor
    .selectFrom('templates')
    .selectAll()
    .where('role', '=', role)
    .orderBy('createdAt')
    .executeTakeFirst();
}

export async function insertTemplate(executor: Executor, row: TemplateRow): Promise<void> {
  await executor.insertInto('templates').values(row).execute();
}

export async function setCurrentVersion(
  executor: Executor,
  templateId: string,
  versionId: string,
): Promise<void> {
  await executor
    .updateTable('templates')
    .set({ currentVersionId: versionId })
    .where('id', '=', templateId)
    .execute();
}

export async function insertVersion(executor: Executor, row: TemplateVersionRow): Promise<void> {
  await executor.insertInto('templateVersions').values(row).execute();
}

export async function findVersion(
  executor: Executor,
  id: string,
): Promise<TemplateVersionRow | undefined> {
  return executor
    .selectFrom('templateVersions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listVersions(
  executor: Executor,
  templateId: string,
): Promise<TemplateVersionRow[]> {
  return executor
    .selectFrom('templateVersions')
    .selectAll()
    .where('templateId', '=', templateId)
    .orderBy('number', 'desc')
    .execute();
}

export async function latestVersionNumber(executor: Executor, templateId: string): Promise<number> {
  const row = await executor
    .selectFrom('templateVersions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('templateId', '=', templateId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
