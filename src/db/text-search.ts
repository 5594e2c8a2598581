import { sql, type RawBuilder } from 'kysely';

/**
 * A list's free-text filter `q`: any of `columns` contains it, ignoring case; or, when `q` holds
 * three digits or more and the record has one, its digits-only `phoneKey` column contains them.
 * Column references are snake_case, such as `customers.name`.
 */
export function containsText(q: string, columns: string[], phoneKey?: string): RawBuilder<boolean> {
  const like = `%${q.toLowerCase()}%`;
  const digits = q.replace(/\D/g, '');
  const alternatives = columns.map(
    (column) => sql<boolean>`lower(${sql.ref(column)}) like ${like}`,
  );
  if (phoneKey && digits.length >= 3) {
    alternatives.push(sql<boolean>`${sql.ref(phoneKey)} like ${`%${digits}%`}`);
  }
  return sql<boolean>`(${sql.join(alternatives, sql` or `)})`;
}
