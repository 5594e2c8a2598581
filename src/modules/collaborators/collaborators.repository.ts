import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { CollaboratorsTable } from '../../db/tables/crm.table.js';

export type SharedEntity = CollaboratorsTable['entity'];
export type CollaboratorRow = Selectable<CollaboratorsTable> & { userName: string };

function collaboratorsOf(executor: Executor, entity: SharedEntity, recordId: string) {
  return executor
    .selectFrom('collaborators')
    .innerJoin('users', 'users.id', 'collaborators.userId')
    .selectAll('collaborators')
    .select('users.name as userName')
    .where('collaborators.entity', '=', entity)
    .where('collaborators.recordId', '=', recordId);
}

export async function listCollaborators(
  executor: Executor,
  entity: SharedEntity,
  recordId: string,
): Promise<CollaboratorRow[]> {
  return collaboratorsOf(executor, entity, recordId).orderBy('users.name').execute();
}

export async function findCollaborator(
  executor: Executor,
  entity: SharedEntity,
  recordId: string,
  userId: string,
): Promise<CollaboratorRow | undefined> {
  return collaboratorsOf(executor, entity, recordId)
    .where('collaborators.userId', '=', userId)
    .executeTakeFirst();
}

export async function isActiveUser(executor: Executor, userId: string): Promise<boolean> {
  const row = await executor
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCollaborator(
  executor: Executor,
  row: Selectable<CollaboratorsTable>,
): Promise<void> {
  await executor.insertInto('collaborators').values(row).execute();
}

export async function updateCollaborator(
  executor: Executor,
  id: string,
  changes: { access: 'read' | 'write'; until: string | null },
): Promise<void> {
  await executor.updateTable('collaborators').set(changes).where('id', '=', id).execute();
}

export async function deleteCollaborator(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('collaborators').where('id', '=', id).execute();
}
