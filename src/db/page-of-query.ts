import { sql, type SelectQueryBuilder, type StringReference } from 'kysely';
import type { Database, Dialect } from './database.js';

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

/** One term of a list's order: a column and its direction. */
export type OrderTerm<TB extends keyof Database> = readonly [
  StringReference<Database, TB>,
  'asc' | 'desc',
];

function inOrder<TB extends keyof Database, O>(
  query: SelectQueryBuilder<Database, TB, O>,
  order: readonly OrderTerm<TB>[],
): SelectQueryBuilder<Database, TB, O> {
  return order.reduce((q, [column, direction]) => q.orderBy(column, direction), query);
}

/**
 * A list whose rows carry per-row subqueries (names, access facts): the rows matching `filtered`
 * in `order`, each selected by `select`, one page of them and how many match in all.
 *
 * PostgreSQL computes such columns for the page's rows only, after its sort: one query (and the
 * count). SQLite computes every selected column of every matching row before it sorts: there the
 * page's ids come first, and only the page's rows are selected in full. The total comes with the
 * ids (`count(*) over ()`: one pass over the filters, the better choice where they are costly,
 * as a manager's access rules are), or with `countApart` from a count of its own (where a list
 * can match a million rows with cheap filters, the window would hold them all before the page).
 * A list counted apart is counted first on both engines, and a page past its last row is not
 * asked for: where nothing matches, the page query walks the whole table in the list's order
 * looking for rows (a service lead's empty activity list at scale M: 4 s on PostgreSQL, 4.5 s on
 * SQLite).
 * `order` must end with a unique column (the id), so that both steps agree on the page.
 */
export async function pageOfRows<TB extends keyof Database, O>(
  dialect: Dialect,
  list: {
    filtered: SelectQueryBuilder<Database, TB, object>;
    id: StringReference<Database, TB>;
    order: readonly OrderTerm<TB>[];
    select: (
      query: SelectQueryBuilder<Database, TB, object>,
    ) => SelectQueryBuilder<Database, TB, O>;
    countApart?: boolean;
    /**
     * The same filters written for a handful of rows, which SQLite applies again when it selects
     * the page's rows in full (by default `filtered`): a form built to find rows among many can
     * gather a whole table's worth of ids before it tests twenty rows. Built only on SQLite.
     */
    pageFiltered?: () => SelectQueryBuilder<Database, TB, object>;
  },
  page: Page,
): Promise<{ items: O[]; total: number }> {
  const { filtered, id, order, select } = list;
  const counted = list.countApart ? await countOf(filtered) : undefined;
  // Past the last row there is no page to ask for (and asking for it can cost a full walk).
  if (counted !== undefined && page.offset >= counted) return { items: [], total: counted };
  if (dialect === 'postgres') {
    const query = inOrder(select(filtered), order);
    if (counted === undefined) return pageOfQuery(query, page);
    return { items: await query.limit(page.limit).offset(page.offset).execute(), total: counted };
  }
  const ids = inOrder(filtered.select(sql.ref<string>(id).as('id')), order);
  const { items: pageIds, total } =
    counted === undefined
      ? await pageWithTotal(ids, page)
      : { items: await sqlitePageIds(filtered, ids, tableOf(id), page, counted), total: counted };
  if (pageIds.length === 0) {
    if (counted !== undefined) return { items: [], total };
    // An empty first page: nothing matches.
    if (page.offset === 0) return { items: [], total: 0 };
    // Past the last page the window has no row to carry the total on.
    return { items: [], total: await countOf(filtered) };
  }
  const inPage = pageIds.map((row) => row.id);
  const items = await inOrder(
    select(list.pageFiltered?.() ?? filtered).where(sql.ref(id), 'in', inPage),
    order,
  ).execute();
  return { items, total };
}

async function countOf<TB extends keyof Database>(
  filtered: SelectQueryBuilder<Database, TB, object>,
): Promise<number> {
  const count = await filtered
    .select(sql<number | string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(count.n);
}

/**
 * SQLite, the ids of a page of a list counted apart (`total` rows match). SQLite plans a LIMIT it
 * cannot see (a bound parameter) as if the rows it wants were near, and walks an index in the
 * list's order testing every row: right when the matches are dense (a team lead's 18 k of a
 * million activities at scale M, 97 ms), ruinous when they are few (a team that logs 50 of them
 * has most of the million read). Gathering the matches by their own indexes and sorting them
 * costs about twice as much a row as the walk, which reads about (offset + limit) × table rows ÷
 * matches rows; where gathering is the cheaper, the limit is written into the statement, and
 * SQLite plans with it.
 */
async function sqlitePageIds<TB extends keyof Database>(
  filtered: SelectQueryBuilder<Database, TB, object>,
  ids: SelectQueryBuilder<Database, TB, { id: string }>,
  table: string,
  page: Page,
  total: number,
): Promise<{ id: string }[]> {
  // The table's largest rowid: the rows ever inserted, an upper bound of its size read from the
  // end of its b-tree.
  const largest = await filtered
    .clearWhere()
    .select(sql<number | null>`max(${sql.ref(`${table}.rowid`)})`.as('n'))
    .executeTakeFirstOrThrow();
  const size = Number(largest.n ?? 0);
  const reach = page.offset + page.limit;
  if (2 * total * total <= reach * size)
    return ids.limit(rowCountLiteral(page.limit)).offset(rowCountLiteral(page.offset)).execute();
  return ids.limit(page.limit).offset(page.offset).execute();
}

/** A row count written into a statement: only ever a non-negative safe integer. */
function rowCountLiteral(count: number) {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a row count: ${count}`);
  return sql.lit(count);
}

/** The table of a column reference such as 'activities.id'. */
const tableOf = (column: string): string => column.slice(0, column.indexOf('.'));

/** The page's rows, each carrying the number of all matching rows (0 when the page is empty). */
async function pageWithTotal<TB extends keyof Database, O>(
  query: SelectQueryBuilder<Database, TB, O>,
  page: Page,
) {
  const rows = await query
    .select(sql<number | string>`count(*) over ()`.as('total'))
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { items: rows, total: Number(rows[0]?.total ?? 0) };
}
