import { sql, type SelectQueryBuilder, type StringReference } from 'kysely';
import { snakeCase } from './snake-case-identifiers.js';
import { dialectOf, type Database, type Dialect, type Executor } from './database.js';

/** Which slice of a list a page is: at most `limit` rows after skipping `offset`. */
export type Page = { limit: number; offset: number };

/**
 * The most rows a list's total counts. Past it the total is this number and `totalCapped` says
 * that more rows match; pages past the cap are still served. Nobody pages through ten thousand
 * rows (they filter), and where a count is a statement of its own, SQLite stops counting there:
 * a sales director's activities at scale M, 264 → 5 ms. PostgreSQL stops there only where the
 * viewer's scope is wide (see `cappedCountOf`), and SQLite's lists that count with their page's
 * window count every row; all of them report the count capped, the same on both engines.
 */
export const LIST_TOTAL_CAP = 10_000;

/** One page of a list: its rows and how many rows match, counted up to `LIST_TOTAL_CAP`. */
export type ListPage<O> = { items: O[]; total: number; totalCapped: boolean };

/** How many rows match, as a list reports it. */
export type ListTotal = Pick<ListPage<unknown>, 'total' | 'totalCapped'>;

/**
 * One page of a list query and how many rows match (up to the cap). `query` is the full list
 * query — filters, selection and order; the count runs the same filters without them.
 */
export async function pageOfQuery<DB, TB extends keyof DB, O>(
  executor: Executor,
  query: SelectQueryBuilder<DB, TB, O>,
  page: Page,
): Promise<ListPage<O>> {
  const [items, counted] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    cappedCountOf(executor, query.clearSelect().clearOrderBy()),
  ]);
  return { items, ...counted };
}

/**
 * How many rows `filtered` matches, as a list reports it. SQLite counts no further than one past
 * the cap. PostgreSQL counts them all unless the scope is wide (it holds most of the table's rows):
 * told it needs only the first 10,001 rows, its planner expects them to come soon and trades the
 * scope's indexes for a walk of the whole table, which where few rows match reads all of it (empty
 * activity scopes at scale M: 3 ms → 0.75–0.97 s), and where most do stops early (a sales
 * director's activities: 316 → 4 ms).
 */
async function cappedCountOf<DB, TB extends keyof DB>(
  executor: Executor,
  filtered: SelectQueryBuilder<DB, TB, object>,
  wideScope = false,
): Promise<ListTotal> {
  const countAll = sql<number | string>`count(*)`.as('n');
  const count =
    dialectOf(executor) === 'postgres' && !wideScope
      ? await filtered
          .select(countAll)
          // Kysely cannot resolve the selection's type over a generic DB; it is this one.
          .$castTo<{ n: number | string }>()
          .executeTakeFirstOrThrow()
      : await executor
          .selectFrom(
            filtered
              .select(sql.lit(1).as('one'))
              .limit(rowCountLiteral(LIST_TOTAL_CAP + 1))
              .as('matching'),
          )
          .select(countAll)
          .executeTakeFirstOrThrow();
  return totalOf(Number(count.n));
}

function totalOf(count: number): ListTotal {
  return count > LIST_TOTAL_CAP
    ? { total: LIST_TOTAL_CAP, totalCapped: true }
    : { total: count, totalCapped: false };
}

/** One term of a list's order: a column and its direction. */
export type OrderTerm<TB extends keyof Database> = readonly [
  StringReference<Database, TB>,
  'asc' | 'desc',
];

function inOrder<TB extends keyof Database, O>(
  query: SelectQueryBuilder<Database, TB, O>,
  order: readonly OrderTerm<TB>[],
  unindexed = false,
): SelectQueryBuilder<Database, TB, O> {
  return order.reduce(
    (q, [column, direction], index) =>
      // With `unindexed`, the first term is written so that no index can serve it (`coalesce(x,
      // x)` is `x`): the planner then gathers the matching rows and sorts them.
      unindexed && index === 0
        ? q.orderBy(sql`coalesce(${sql.ref(column)}, ${sql.ref(column)})`, direction)
        : q.orderBy(column, direction),
    query,
  );
}

/**
 * A list whose rows carry per-row subqueries (names, access facts): the rows matching `filtered`
 * in `order`, each selected by `select`, one page of them and how many match (up to the cap).
 *
 * PostgreSQL computes such columns for the page's rows only, after its sort: one query, and the
 * count beside it or, with `countApart`, before it, when the page's order is written so that no
 * index serves it where few rows match (see `fewMatchOnPostgres`). SQLite computes every selected
 * column of every matching row before it sorts: there the page's ids come first, and only the
 * page's rows are selected in full. The total comes with the ids (`count(*) over ()`: one pass
 * over the filters, the better choice where they are costly, as a manager's access rules are), or
 * with `countApart` from a count of its own (where a list can match a million rows with cheap
 * filters, the window would hold them all before the page). Where the count comes first, a page
 * past its last row is not asked for: where nothing matches, the page query walks the whole table
 * in the list's order looking for rows (a service lead's empty activity list at scale M: 4 s on
 * PostgreSQL, 4.5 s on SQLite).
 * With `idsFirstOnPostgres`, PostgreSQL too finds the page's ids first and selects their rows
 * apart: told the list may match thousands of rows, its planner computes a per-row subquery over a
 * large table by hashing all of that table's rows it could need, before the first row (a service
 * lead's customers at scale M: the team's 48 k tickets hashed to name twenty customers, 55 ms).
 * `order` must end with a unique column (the id), so that both steps agree on the page.
 */
export async function pageOfRows<TB extends keyof Database, O>(
  executor: Executor,
  dialect: Dialect,
  list: {
    filtered: SelectQueryBuilder<Database, TB, object>;
    id: StringReference<Database, TB>;
    order: readonly OrderTerm<TB>[];
    select: (
      query: SelectQueryBuilder<Database, TB, object>,
    ) => SelectQueryBuilder<Database, TB, O>;
    countApart?: boolean;
    /** The viewer's scope holds most of the table's rows: counted apart, PostgreSQL caps too. */
    wideScope?: boolean;
    /**
     * The same filters written for a handful of rows, which SQLite applies again when it selects
     * the page's rows in full (by default `filtered`): a form built to find rows among many can
     * gather a whole table's worth of ids before it tests twenty rows. Built only on SQLite.
     */
    pageFiltered?: () => SelectQueryBuilder<Database, TB, object>;
    idsFirstOnPostgres?: boolean;
    /**
     * The same rows as the union of these queries' rows, for counting them where the count is a
     * statement of its own (by default `filtered`): an OR that no index answers whole can be
     * parts that each one does.
     */
    countBranches?: () => SelectQueryBuilder<Database, TB, object>[];
  },
  page: Page,
): Promise<ListPage<O>> {
  const { filtered, id, order, select } = list;
  const branches = list.countBranches?.();
  const countMatching = (wideScope?: boolean) =>
    branches
      ? cappedCountOf(executor, unionOfRows(executor, branches, id), wideScope)
      : cappedCountOf(executor, filtered, wideScope);
  const counted = list.countApart ? await countMatching(list.wideScope) : undefined;
  // Past the last row there is no page to ask for (and asking for it can cost a full walk).
  if (counted && !counted.totalCapped && page.offset >= counted.total)
    return { items: [], ...counted };
  const idsIn = (unindexed = false) =>
    inOrder(filtered.select(sql.ref<string>(id).as('id')), order, unindexed);
  const ids = idsIn();
  const rowsOf = async (pageIds: { id: string }[]) =>
    pageIds.length === 0
      ? []
      : inOrder(
          select(list.pageFiltered?.() ?? filtered).where(
            sql.ref(id),
            'in',
            pageIds.map((row) => row.id),
          ),
          order,
        ).execute();
  if (dialect === 'postgres') {
    if (counted === undefined) {
      const [items, total] = await Promise.all([
        list.idsFirstOnPostgres
          ? ids.limit(page.limit).offset(page.offset).execute().then(rowsOf)
          : inOrder(select(filtered), order).limit(page.limit).offset(page.offset).execute(),
        countMatching(),
      ]);
      return { items, ...total };
    }
    const gather = await fewMatchOnPostgres(executor, tableOf(id), page, counted);
    if (list.idsFirstOnPostgres) {
      const pageIds = await idsIn(gather).limit(page.limit).offset(page.offset).execute();
      return { items: await rowsOf(pageIds), ...counted };
    }
    const query = inOrder(select(filtered), order, gather);
    return { items: await query.limit(page.limit).offset(page.offset).execute(), ...counted };
  }
  const { ids: pageIds, ...total } =
    counted === undefined
      ? await sqlitePageWithTotal(executor, filtered, ids, page)
      : { ids: await sqlitePageIds(filtered, ids, tableOf(id), page, counted.total), ...counted };
  return { items: await rowsOf(pageIds), ...total };
}

/** The rows of any of `branches`, each once, as a table of their ids to count. */
function unionOfRows<TB extends keyof Database>(
  executor: Executor,
  branches: SelectQueryBuilder<Database, TB, object>[],
  id: StringReference<Database, TB>,
) {
  const [first, ...rest] = branches.map((branch) => branch.select(sql.ref<string>(id).as('id')));
  if (!first) throw new Error('a union of no queries');
  return executor.selectFrom(
    rest.reduce((rows, branch) => rows.union(branch), first).as('matching'),
  );
}

/**
 * SQLite, the ids of a page each carrying how many rows match (`count(*) over ()`, exact: one pass
 * over the filters, which these lists' sorts make anyway).
 */
async function sqlitePageWithTotal<TB extends keyof Database>(
  executor: Executor,
  filtered: SelectQueryBuilder<Database, TB, object>,
  ids: SelectQueryBuilder<Database, TB, { id: string }>,
  page: Page,
): Promise<{ ids: { id: string }[] } & ListTotal> {
  const rows = await ids
    .select(sql<number | string>`count(*) over ()`.as('total'))
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const found = rows[0];
  if (found) return { ids: rows.map((row) => ({ id: row.id })), ...totalOf(Number(found.total)) };
  // An empty first page: nothing matches.
  if (page.offset === 0) return { ids: [], total: 0, totalCapped: false };
  // Past the last page no row carries the total.
  return { ids: [], ...(await cappedCountOf(executor, filtered)) };
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

/**
 * PostgreSQL, whether the rows of a page are better gathered by the filters' own indexes and
 * sorted than found by walking an index in the list's order: the same weighing as SQLite's
 * (`sqlitePageIds`), with the table's size as the planner last estimated it. Told it needs twenty
 * rows, the planner walks an order index whenever one exists and expects matches to come soon; a
 * manager whose people own no deals had the whole opportunity table read (scale M: 40 ms; 1.3 ms
 * gathered).
 */
async function fewMatchOnPostgres(
  executor: Executor,
  table: string,
  page: Page,
  counted: ListTotal,
): Promise<boolean> {
  if (counted.totalCapped) return false;
  const { rows } = await sql<{ n: number | string }>`
    select reltuples as n from pg_class where oid = to_regclass(${snakeCase(table)})`.execute(
    executor,
  );
  const size = Math.max(Number(rows[0]?.n ?? 0), counted.total);
  return 2 * counted.total * counted.total <= (page.offset + page.limit) * size;
}

/** A row count written into a statement: only ever a non-negative safe integer. */
function rowCountLiteral(count: number) {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a row count: ${count}`);
  return sql.lit(count);
}

/** The table of a column reference such as 'activities.id'. */
const tableOf = (column: string): string => column.slice(0, column.indexOf('.'));
