import { CompiledQuery, type Transaction } from 'kysely';
import type { Database, Db } from './database.js';
import { snakeCase } from './snake-case-identifiers.js';

/** The text of a multi-row INSERT, by table, columns and row count: built once, bound many times. */
const insertTexts = new Map<string, string>();

function insertText(dialect: Db['dialect'], table: string, columns: string[], rowCount: number) {
  const key = `${dialect}|${table}|${columns.join(',')}|${rowCount}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    let parameter = 0;
    const placeholder = () => (dialect === 'postgres' ? `$${(parameter += 1)}` : '?');
    const tuples = Array.from(
      { length: rowCount },
      () => `(${columns.map(placeholder).join(', ')})`,
    );
    const names = columns.map((c) => `"${snakeCase(c)}"`).join(', ');
    text = `insert into "${snakeCase(table)}" (${names}) values ${tuples.join(', ')}`;
    insertTexts.set(key, text);
  }
  return text;
}

/**
 * One multi-row INSERT of rows with the same columns, the values bound as parameters: the SQL
 * text is built once per shape instead of compiled by the query builder for every statement (a
 * fifth of the seeding time at S). Rows of mixed shapes, or with an undefined value (which the
 * query builder writes as the column's default), go through the query builder.
 */
export async function insertRows(
  trx: Transaction<Database>,
  dialect: Db['dialect'],
  table: keyof Database,
  rows: unknown[],
) {
  const first = rows[0] as Record<string, unknown> | undefined;
  if (!first) return;
  const columns = Object.keys(first);
  const parameters: unknown[] = [];
  for (const row of rows as Record<string, unknown>[]) {
    for (const column of columns) {
      const value = row[column];
      if (value === undefined) return insertThroughBuilder(trx, table, rows);
      parameters.push(value);
    }
    if (Object.keys(row).length !== columns.length) return insertThroughBuilder(trx, table, rows);
  }
  await trx.executeQuery(
    CompiledQuery.raw(insertText(dialect, table, columns, rows.length), parameters),
  );
}

async function insertThroughBuilder(
  trx: Transaction<Database>,
  table: keyof Database,
  rows: unknown[],
) {
  // The rows were typed per table by `push`; Kysely cannot follow a table union here.
  await trx
    .insertInto(table)
    .values(rows as never)
    .execute();
}
