import { sql, type RawBuilder } from 'kysely';
import { normalisePhone } from '../domain/quality/phone-normalise.js';

/**
 * A column a list's search box looks in. `wholeOnly`: the viewer does not read this field whole
 * (it is masked or hidden for them), so it matches only a query that is its entire value.
 */
export type SearchColumn = { column: string; wholeOnly: boolean };

const asSearchColumn = (c: string | SearchColumn): SearchColumn =>
  typeof c === 'string' ? { column: c, wholeOnly: false } : c;

/**
 * A list's free-text filter `q`: any of `columns` contains it, ignoring case; or, when `q` holds
 * three digits or more and the record has one, its digits-only `phoneKey` column contains them.
 * A `wholeOnly` column matches only when `q` is its whole value (a phone: the same number, as
 * data-quality rule Q2 normalises it). Column references are snake_case, such as `customers.name`.
 */
export function containsText(
  q: string,
  columns: (string | SearchColumn)[],
  phoneKey?: string | SearchColumn,
): RawBuilder<boolean> {
  const like = `%${q.toLowerCase()}%`;
  const whole = q.trim().toLowerCase();
  const alternatives = columns
    .map(asSearchColumn)
    .map(({ column, wholeOnly }) =>
      wholeOnly
        ? sql<boolean>`lower(${sql.ref(column)}) = ${whole}`
        : sql<boolean>`lower(${sql.ref(column)}) like ${like}`,
    );
  const phone = phoneKey === undefined ? undefined : asSearchColumn(phoneKey);
  const digits = q.replace(/\D/g, '');
  if (phone?.wholeOnly) {
    const number = normalisePhone(q);
    if (number.length > 0) alternatives.push(sql<boolean>`${sql.ref(phone.column)} = ${number}`);
  } else if (phone && digits.length >= 3) {
    alternatives.push(sql<boolean>`${sql.ref(phone.column)} like ${`%${digits}%`}`);
  }
  return sql<boolean>`(${sql.join(alternatives, sql` or `)})`;
}
