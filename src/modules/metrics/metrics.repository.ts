import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { FactRow, Facts, SumBranch } from './metric-period.js';

export type FactAggregate = { userId: string; num: number; den: number; items: number };

function forUsers(userIds: readonly string[] | undefined) {
  if (userIds === undefined) return sql``;
  if (userIds.length === 0) return sql`where 1 = 0`;
  return sql`where f.user_id in (${sql.join(userIds)})`;
}

/** What the aggregate of the facts adds up, branch by branch. */
function sumBranchesOf(facts: Facts): readonly SumBranch[] {
  if ('compile' in facts) return [facts];
  return 'sums' in facts ? facts.sums : facts;
}

/** The facts as one query (the evidence): a union's branches joined. */
export function oneQuery(facts: Facts): RawBuilder<FactRow> {
  if ('compile' in facts) return facts;
  const rows = 'rows' in facts ? facts.rows : facts;
  return sql<FactRow>`${sql.join(rows, sql` union all `)}`;
}

/**
 * Σ numerator, Σ denominator and the number of items per user, in one set-based query over the
 * metric's facts for every subject of the period (or only `userIds`), summed branch by branch.
 */
export async function aggregateFacts(
  executor: Executor,
  facts: Facts,
  userIds?: readonly string[],
): Promise<FactAggregate[]> {
  const sums = sumBranchesOf(facts).map((branch) =>
    'totals' in branch
      ? sql`select f.user_id, sum(f.num) as num, sum(f.den) as den, sum(f.items) as items
          from (${branch.totals}) f ${forUsers(userIds)} group by f.user_id`
      : sql`select f.user_id, sum(f.num) as num, sum(f.den) as den, count(*) as items
          from (${branch}) f ${forUsers(userIds)} group by f.user_id`,
  );
  // Stored totals may add up to no facts at all for a person (a day whose activities were all
  // deleted, customers owned only since the period's end): such a person has no facts, as when
  // their rows are counted one by one.
  const result = await sql<{
    userId: string;
    num: number | string | null;
    den: number | string | null;
    items: number | string;
  }>`select s.user_id, sum(s.num) as num, sum(s.den) as den, sum(s.items) as items
      from (${sql.join(sums, sql` union all `)}) s group by s.user_id having sum(s.items) <> 0`.execute(
    executor,
  );
  return result.rows.map((r) => ({
    userId: r.userId,
    num: Number(r.num ?? 0),
    den: Number(r.den ?? 0),
    items: Number(r.items),
  }));
}

/** Every item value per user, for medians (the number of items is small: tickets, deals). */
export async function factValuesByUser(
  executor: Executor,
  facts: Facts,
  userIds?: readonly string[],
): Promise<Map<string, number[]>> {
  const result = await sql<{
    userId: string;
    num: number | string;
  }>`select f.user_id, f.num from (${oneQuery(facts)}) f ${forUsers(userIds)}`.execute(executor);
  const byUser = new Map<string, number[]>();
  for (const row of result.rows) {
    const list = byUser.get(row.userId) ?? [];
    list.push(Number(row.num));
    byUser.set(row.userId, list);
  }
  return byUser;
}

/** Which evidence to list: every record, only those in the numerator, or only those outside it. */
export type CountedFilter = 'all' | 'yes' | 'no';

const countedCondition = (counted: CountedFilter) =>
  counted === 'yes' ? sql` and f.num <> 0` : counted === 'no' ? sql` and f.num = 0` : sql``;

/**
 * The records behind one user's metric: the evidence, newest first, paginated. `counted: 'no'`
 * shows what kept the value down, e.g. the late records of update_timeliness.
 */
export async function listFacts(
  executor: Executor,
  facts: Facts,
  userId: string,
  page: { limit: number; offset: number },
  counted: CountedFilter = 'all',
): Promise<{ items: FactRow[]; total: number }> {
  const which = countedCondition(counted);
  const [items, count] = await Promise.all([
    sql<FactRow>`select f.user_id, f.record_type, f.record_id, f.at, f.num, f.den from (${oneQuery(facts)}) f where f.user_id = ${userId}${which}
      order by f.at desc, f.record_id limit ${page.limit} offset ${page.offset}`.execute(executor),
    countFacts(executor, facts, userId, counted),
  ]);
  return {
    items: items.rows.map((r) => ({
      ...r,
      at: String(r.at),
      num: Number(r.num),
      den: Number(r.den),
    })),
    total: count,
  };
}

/** How many of one person's facts there are (all, or only those counted or not). */
export async function countFacts(
  executor: Executor,
  facts: Facts,
  userId: string,
  counted: CountedFilter = 'all',
): Promise<number> {
  const which = countedCondition(counted);
  const count = await sql<{
    n: number | string;
  }>`select count(*) as n from (${oneQuery(facts)}) f where f.user_id = ${userId}${which}`.execute(
    executor,
  );
  return Number(count.rows[0]?.n ?? 0);
}
