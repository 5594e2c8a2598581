import type { SelectQueryBuilder } from 'kysely';

/** Which slice of a list a page is: at most `limit` rows after skipping `offset`. */
export type Page = { limit: number; offset: number };

/**
 * One page of a list query and how many rows match in all. `query` is the full list query —
 * filters, selection and order; the count runs the same filters without selection and order.
 */
export async function pageOfQuery<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: Page,
) {
  const [items, count] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      // Kysely cannot resolve the selection's type over a generic DB; it is this one.
      .$castTo<{ n: number | string }>()
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
