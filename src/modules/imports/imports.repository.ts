import { sql } from 'kysely';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { ownerScopeCondition } from '../../db/scope-filter.js';
import type {
  ImportJobErrorsTable,
  ImportJobsTable,
  ImportLinksTable,
} from '../../db/tables/import.table.js';
import type { OwnerCandidate } from '../../domain/import/owner-match.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { chunked } from '../quality/quality-flags.repository.js';

export type ImportJobRow = Selectable<ImportJobsTable>;
export type ImportErrorRow = Selectable<ImportJobErrorsTable>;

export async function insertJob(executor: Executor, row: Insertable<ImportJobsTable>) {
  await executor.insertInto('importJobs').values(row).execute();
}

export async function findJob(executor: Executor, id: string): Promise<ImportJobRow | undefined> {
  return executor.selectFrom('importJobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listJobs(executor: Executor, createdBy: string, limit: number) {
  return executor
    .selectFrom('importJobs')
    .selectAll()
    .where('createdBy', '=', createdBy)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function updateJob(
  executor: Executor,
  id: string,
  changes: Updateable<ImportJobsTable>,
): Promise<void> {
  await executor.updateTable('importJobs').set(changes).where('id', '=', id).execute();
}

export async function deleteErrors(executor: Executor, jobId: string, phase: 'dry_run' | 'commit') {
  await executor
    .deleteFrom('importJobErrors')
    .where('jobId', '=', jobId)
    .where('phase', '=', phase)
    .execute();
}

export async function insertErrors(
  executor: Executor,
  rows: readonly Insertable<ImportJobErrorsTable>[],
): Promise<void> {
  for (const batch of chunked(rows, 500))
    await executor.insertInto('importJobErrors').values(batch).execute();
}

/** The errors of a job's phase in row order, a page at a time (`afterRow`, `afterId` keyset). */
export async function errorPage(
  executor: Executor,
  jobId: string,
  phase: 'dry_run' | 'commit',
  limit: number,
  after?: { row: number; id: string },
): Promise<ImportErrorRow[]> {
  let query = executor
    .selectFrom('importJobErrors')
    .selectAll()
    .where('jobId', '=', jobId)
    .where('phase', '=', phase);
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('rowNumber', '>', after.row),
        eb.and([eb('rowNumber', '=', after.row), eb('id', '>', after.id)]),
      ]),
    );
  return query.orderBy('rowNumber').orderBy('id').limit(limit).execute();
}

/** Records already made from these external ids (within the entity and source). */
export async function linkedRecords(
  executor: Executor,
  entity: string,
  source: string,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const batch of chunked([...new Set(externalIds)])) {
    const rows = await executor
      .selectFrom('importLinks')
      .select(['externalId', 'recordId'])
      .where('entity', '=', entity)
      .where('source', '=', source)
      .where('externalId', 'in', batch)
      .execute();
    for (const row of rows) found.set(row.externalId, row.recordId);
  }
  return found;
}

export async function insertLinks(executor: Executor, rows: readonly ImportLinksTable[]) {
  for (const batch of chunked(rows, 500))
    await executor.insertInto('importLinks').values(batch).execute();
}

export async function findMapping(executor: Executor, entity: string, source: string) {
  return executor
    .selectFrom('importMappings')
    .selectAll()
    .where('entity', '=', entity)
    .where('source', '=', source)
    .executeTakeFirst();
}

export async function saveMapping(
  executor: Executor,
  row: {
    id: string;
    entity: string;
    source: string;
    mapping: string;
    updatedBy: string;
    updatedAt: string;
  },
): Promise<void> {
  await executor
    .insertInto('importMappings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['entity', 'source']).doUpdateSet({
        mapping: row.mapping,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();
}

/** Active users an import by someone with `scope` may name as owners. */
export async function ownerCandidates(
  executor: Executor,
  scope: OwnerScope,
): Promise<OwnerCandidate[]> {
  const rows = await executor
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('active', '=', 1)
    .where(ownerScopeCondition('users.id', scope))
    .execute();
  return rows.map((r) => ({ ...r, phone: null }));
}

/** The records an import can name as a parent, and the column that names them besides the link. */
const NAMED = {
  customer: { table: 'customers', key: 'name' },
  contract: { table: 'contracts', key: 'number' },
} as const;

/**
 * Live customers or contracts in the scope named by these texts: by the external id an earlier
 * import of the same source gave them, or by their name (a customer) or number (a contract,
 * unique). Text → ids (more than one is ambiguous).
 */
export async function recordsNamed(
  executor: Executor,
  entity: keyof typeof NAMED,
  scope: OwnerScope,
  source: string,
  texts: readonly string[],
): Promise<Map<string, string[]>> {
  const { key } = NAMED[entity];
  // Typed as customers: the queries read only id, owner_id and deleted_at, which both tables have.
  const table = NAMED[entity].table as 'customers';
  const found = new Map<string, Set<string>>();
  const add = (text: string, id: string) => found.set(text, (found.get(text) ?? new Set()).add(id));
  for (const batch of chunked([...new Set(texts)])) {
    const byKey = await executor
      .selectFrom(table)
      .select(['id', sql<string>`${sql.ref(key)}`.as('text')])
      .where('deletedAt', 'is', null)
      .where(sql.ref(key), 'in', batch)
      .where(ownerScopeCondition(`${table}.owner_id`, scope))
      .execute();
    for (const row of byKey) add(row.text, row.id);
    const byLink = await executor
      .selectFrom('importLinks')
      .innerJoin(`${table} as parent`, 'parent.id', 'importLinks.recordId')
      .select(['importLinks.externalId', 'parent.id'])
      .where('importLinks.entity', '=', entity)
      .where('importLinks.source', '=', source)
      .where(
        'importLinks.externalId',
        'in',
        batch.map((t) => `id:${t}`),
      )
      .where('parent.deletedAt', 'is', null)
      .where(ownerScopeCondition('parent.owner_id', scope))
      .execute();
    for (const row of byLink) add(row.externalId.slice(3), row.id);
  }
  return new Map([...found].map(([text, ids]) => [text, [...ids]]));
}

/** Customers among `ids` that already have a live primary contact. */
export async function customersWithPrimary(executor: Executor, ids: readonly string[]) {
  const found = new Set<string>();
  for (const batch of chunked([...new Set(ids)])) {
    const rows = await executor
      .selectFrom('contacts')
      .select('customerId')
      .where('customerId', 'in', batch)
      .where('isPrimary', '=', 1)
      .where('deletedAt', 'is', null)
      .execute();
    for (const row of rows) found.add(row.customerId);
  }
  return found;
}

/** The latest import of this file by this user that has not finished (to continue it). */
export async function findUnfinishedJob(
  executor: Executor,
  createdBy: string,
  entity: string,
  filePath: string,
): Promise<ImportJobRow | undefined> {
  return executor
    .selectFrom('importJobs')
    .selectAll()
    .where('createdBy', '=', createdBy)
    .where('entity', '=', entity)
    .where('filePath', '=', filePath)
    .where('status', '!=', 'done')
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

/** Contract numbers among `numbers` that a live contract already has (a deleted one frees it). */
export async function contractNumbersTaken(executor: Executor, numbers: readonly string[]) {
  const taken = new Set<string>();
  for (const batch of chunked([...new Set(numbers)])) {
    const rows = await executor
      .selectFrom('contracts')
      .select('number')
      .where('number', 'in', batch)
      .where('deletedAt', 'is', null)
      .execute();
    for (const row of rows) taken.add(row.number);
  }
  return taken;
}

/** The owner of each of these contracts. */
export async function contractOwners(executor: Executor, ids: readonly string[]) {
  const owners = new Map<string, string>();
  for (const batch of chunked([...new Set(ids)])) {
    const rows = await executor
      .selectFrom('contracts')
      .select(['id', 'ownerId'])
      .where('id', 'in', batch)
      .execute();
    for (const row of rows) owners.set(row.id, row.ownerId);
  }
  return owners;
}

/** The owner of each of these customers (null: in the public pool). */
export async function customerOwners(executor: Executor, ids: readonly string[]) {
  const owners = new Map<string, string | null>();
  for (const batch of chunked([...new Set(ids)])) {
    const rows = await executor
      .selectFrom('customers')
      .select(['id', 'ownerId'])
      .where('id', 'in', batch)
      .execute();
    for (const row of rows) owners.set(row.id, row.ownerId);
  }
  return owners;
}
