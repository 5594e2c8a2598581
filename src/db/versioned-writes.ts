import type { Kysely, Updateable } from 'kysely';
import type { Database, Executor } from './database.js';

type VersionedRow = { id: string; version: unknown; deletedAt: string | null };

/** Tables whose rows have an id, an optimistic-concurrency version and a soft-delete mark. */
export type VersionedTable = {
  [K in keyof Database]: Database[K] extends VersionedRow ? K : never;
}[keyof Database];

/**
 * Kysely cannot type a query over a table chosen by a type parameter, so the two helpers below
 * see the table through this narrow shape. It is sound for every VersionedTable: each has
 * these three columns, and `changes` is typed against the real table by the callers' signature.
 */
type VersionedShape = Record<
  string,
  { id: string; version: number; deletedAt: string | null; updatedAt: string }
>;

function asVersioned(executor: Executor): Kysely<VersionedShape> {
  return executor as unknown as Kysely<VersionedShape>;
}

/**
 * Applies `changes` when the row is live and still at `expectedVersion`, bumping the version.
 * Returns false when someone else changed (or deleted) it first: the caller answers 409.
 */
export async function updateVersioned<T extends VersionedTable>(
  executor: Executor,
  table: T,
  id: string,
  expectedVersion: number,
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  const result = await asVersioned(executor)
    .updateTable(table as string)
    .set((eb) => ({ ...(changes as object), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a live row deleted at `at` when it is still at `expectedVersion`. */
export async function softDeleteVersioned(
  executor: Executor,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  at: string,
): Promise<boolean> {
  const result = await asVersioned(executor)
    .updateTable(table as string)
    .set((eb) => ({ deletedAt: at, updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
