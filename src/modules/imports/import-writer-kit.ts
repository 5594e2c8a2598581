import type { Executor } from '../../db/database.js';
import type { ReferenceTarget } from '../../domain/import/entity-fields.js';
import type { RowError } from '../../domain/import/import-errors.js';
import type { ImportValue, InterpretedRow } from '../../domain/import/row-interpretation.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { recordsNamed } from './imports.repository.js';

/** A row ready to write: its values, references resolved to ids, or the errors that stop it. */
export type PreparedRow = { row: InterpretedRow; errors: RowError[]; refs: Record<string, string> };

export type PrepareContext = {
  actor: Actor;
  source: string;
  /** The organisation's time zone (a close day starts at its local midnight). */
  zone: string;
  /** The header of the column that fills a field, to name it in an error. */
  columnOf: (field: string) => string;
};
export type WriteContext = {
  actor: Actor;
  source: string;
  at: string;
  zone: string;
  /** The import job writing the rows (activities and payments carry it). */
  jobId: string;
};

export type EntityWriter = {
  prepare: (
    executor: Executor,
    context: PrepareContext,
    rows: InterpretedRow[],
  ) => Promise<PreparedRow[]>;
  /** Creates the records of `rows` and returns their ids in the same order. */
  write: (trx: Executor, context: WriteContext, rows: PreparedRow[]) => Promise<string[]>;
};

export const text = (value: ImportValue | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

export const cents = (value: ImportValue | undefined): number =>
  typeof value === 'number' ? value : 0;

/** Imported records happened when the file says; with no creation time, when they are imported. */
export const createdAtOf = (row: InterpretedRow, at: string) => text(row.values.createdAt) ?? at;
export const ownerOf = (row: InterpretedRow, actor: Actor) => text(row.values.owner) ?? actor.id;

export const asIs = async (_: Executor, __: PrepareContext, rows: InterpretedRow[]) =>
  rows.map((row): PreparedRow => ({ row, errors: row.errors, refs: {} }));

/** Texts → the ids of the records they name (more than one is ambiguous). */
export type ReferenceLookup = (
  executor: Executor,
  context: PrepareContext,
  texts: string[],
) => Promise<Map<string, string[]>>;

/**
 * Resolves the `field` cell of each row still without errors into `refs[field]`; a cell naming
 * no record, or several, is an error of that row and column. Empty cells are left alone.
 */
export async function withReference(
  executor: Executor,
  context: PrepareContext,
  rows: PreparedRow[],
  field: string,
  target: ReferenceTarget,
  lookup: ReferenceLookup,
): Promise<PreparedRow[]> {
  const names = rows.flatMap((p) => {
    const name = text(p.row.values[field]);
    return p.errors.length === 0 && name !== null ? [name] : [];
  });
  const found = names.length > 0 ? await lookup(executor, context, names) : new Map();
  return rows.map((p): PreparedRow => {
    const name = text(p.row.values[field]);
    if (p.errors.length > 0 || name === null) return p;
    const ids: string[] = found.get(name) ?? [];
    if (ids.length === 1) return { ...p, refs: { ...p.refs, [field]: ids[0] ?? '' } };
    const column = context.columnOf(field);
    const error: RowError =
      ids.length === 0
        ? {
            row: p.row.row,
            column,
            code: 'import_reference_unknown',
            params: { target, value: name },
          }
        : {
            row: p.row.row,
            column,
            code: 'import_reference_ambiguous',
            params: { target, value: name, count: ids.length },
          };
    return { ...p, errors: [error] };
  });
}

/** Customers by an earlier import's external id, or by exact name, within the importer's scope. */
export const customerLookup: ReferenceLookup = (executor, context, texts) =>
  recordsNamed(executor, 'customer', ownerScopeOf(context.actor), context.source, texts);

/** Resolves each row's customer cell (an earlier import's external id, or the exact name). */
export async function withCustomer(
  executor: Executor,
  context: PrepareContext,
  rows: InterpretedRow[],
): Promise<PreparedRow[]> {
  return withReference(
    executor,
    context,
    await asIs(executor, context, rows),
    'customer',
    'customer',
    customerLookup,
  );
}
