import { sql, type Expression, type RawBuilder } from 'kysely';
import { normalisePhone } from '../domain/quality/phone-normalise.js';
import {
  containsPattern,
  hasNonAsciiCase,
  longestAsciiFoldedStretch,
} from '../domain/search/search-terms.js';

/**
 * A column a list's search box looks in. `wholeOnly`: the viewer does not read this field whole
 * (it is masked or hidden for them), so it matches only a query that is its entire value.
 */
export type SearchColumn = { column: string; wholeOnly: boolean };

/**
 * `text` lower-cased with every letter folded: SQLite's `lower()` folds only ASCII, so "ÖSTERREICH"
 * would never match "österreich". The function is registered on each SQLite connection and is
 * `lower()` itself on PostgreSQL (migration 0054).
 */
const unicodeLower = (text: Expression<unknown>) => sql<string>`unicode_lower(${text})`;

/** `text` lower-cased for comparing with `q`: `unicodeLower` only when `q` needs it. */
function lowerForQuery(text: Expression<unknown>, q: string): RawBuilder<string> {
  return hasNonAsciiCase(q) ? unicodeLower(text) : sql<string>`lower(${text})`;
}

const likeEscaped = (text: Expression<unknown>, pattern: string) =>
  sql<boolean>`${text} like ${pattern} escape ${'\\'}`;

/**
 * `lowered` (`text` lower-cased by the engine's `lower()`) contains `q` lower-cased. A query with
 * non-ASCII cased letters compares `unicodeLower(text)`, on SQLite a call into JavaScript for
 * each row: the rows without the query's longest stretch that `lower()` folds alone ("sterreich"
 * of "österreich") are ruled out first, and PostgreSQL's trigram index serves that stretch.
 */
function foldedContains(lowered: Expression<unknown>, text: Expression<unknown>, q: string) {
  const query = q.toLowerCase();
  const pattern = containsPattern(query);
  if (!hasNonAsciiCase(query)) return likeEscaped(lowered, pattern);
  const folded = likeEscaped(unicodeLower(text), pattern);
  const stretch = longestAsciiFoldedStretch(query);
  if (stretch === '') return folded;
  return sql<boolean>`(${likeEscaped(lowered, containsPattern(stretch))} and ${folded})`;
}

/**
 * `text` contains `q`, ignoring the case of every letter; `%` and `_` in `q` are plain
 * characters, as in the global search, not LIKE's wildcards.
 */
export function lowerContains(text: Expression<unknown>, q: string): RawBuilder<boolean> {
  return foldedContains(sql`lower(${text})`, text, q);
}

/** `stored`, a text lower-cased by `lower()` when it was written, contains `q` (as lowerContains). */
export function storedLowerContains(stored: Expression<unknown>, q: string): RawBuilder<boolean> {
  return foldedContains(stored, stored, q);
}

const asSearchColumn = (c: string | SearchColumn): SearchColumn =>
  typeof c === 'string' ? { column: c, wholeOnly: false } : c;

/**
 * A list's free-text filter `q`: any of `columns` contains it (`lowerContains`); or, when `q` holds
 * three digits or more and the record has one, its digits-only `phoneKey` column contains them.
 * A `wholeOnly` column matches only when `q` is its whole value (a phone: the same number, as
 * data-quality rule Q2 normalises it). Column references are snake_case, such as `customers.name`.
 */
export function containsText(
  q: string,
  columns: (string | SearchColumn)[],
  phoneKey?: string | SearchColumn,
): RawBuilder<boolean> {
  const whole = q.trim().toLowerCase();
  const alternatives = columns
    .map(asSearchColumn)
    .map(({ column, wholeOnly }) =>
      wholeOnly
        ? sql<boolean>`${lowerForQuery(sql.ref(column), whole)} = ${whole}`
        : lowerContains(sql.ref(column), q),
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
