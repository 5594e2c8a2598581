import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { ownerScopeCondition } from '../../db/scope-filter.js';
import type { BadgesTable, RecognitionGrantsTable } from '../../db/tables/recognition.table.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import type { CycleRow } from '../cycles/cycles.repository.js';

export type GrantRow = Selectable<RecognitionGrantsTable>;
export type BadgeRow = Selectable<BadgesTable>;

const CLOSED = ['published', 'archived'] as const;
const BATCH = 200;

/**
 * Inserts the grants not yet made; an existing (kind, key, user, occasion) is left as it is.
 * Returns the grants that are new.
 */
export async function insertNewGrants(
  executor: Executor,
  rows: Insertable<RecognitionGrantsTable>[],
): Promise<GrantRow[]> {
  const inserted: GrantRow[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    inserted.push(
      ...(await executor
        .insertInto('recognitionGrants')
        .values(rows.slice(i, i + BATCH))
        .onConflict((oc) => oc.columns(['kind', 'key', 'userId', 'occasion']).doNothing())
        .returningAll()
        .execute()),
    );
  }
  return inserted;
}

/** Which of the given people already hold a badge (each badge is granted once per person). */
export async function holdersOf(executor: Executor, badgeKeys: readonly string[]) {
  if (badgeKeys.length === 0) return new Set<string>();
  const rows = await executor
    .selectFrom('recognitionGrants')
    .select(['key', 'userId'])
    .where('kind', '=', 'badge')
    .where('key', 'in', badgeKeys)
    .execute();
  return new Set(rows.map((r) => `${r.key}:${r.userId}`));
}

/** Everyone in a cycle with their result and their department now: the award groups. */
export async function cycleMembers(executor: Executor, cycleId: string) {
  return executor
    .selectFrom('cycleParticipants as p')
    .innerJoin('users as u', 'u.id', 'p.userId')
    .leftJoin('cycleResults as r', (join) =>
      join.onRef('r.cycleId', '=', 'p.cycleId').onRef('r.userId', '=', 'p.userId'),
    )
    .select(['p.userId', 'p.role', 'u.departmentId', 'u.name', 'r.total', 'r.applicableShare'])
    .where('p.cycleId', '=', cycleId)
    .orderBy('p.userId')
    .execute();
}

/** Open data-quality flags per person raised before `before` (the cycle's period end). */
export async function openFlagCounts(
  executor: Executor,
  userIds: readonly string[],
  before: string,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let i = 0; i < userIds.length; i += BATCH) {
    const rows = await executor
      .selectFrom('qualityFlags')
      .select(['userId', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('userId', 'in', userIds.slice(i, i + BATCH))
      .where('status', '=', 'open')
      .where('createdAt', '<', before)
      .groupBy('userId')
      .execute();
    for (const r of rows) counts.set(r.userId, Number(r.n));
  }
  return counts;
}

/**
 * The closed cycles of the cycle's kind whose period starts no later than its own, newest
 * first: the cycle itself (once published) and the ones before it.
 */
export async function closedCyclesUpTo(
  executor: Executor,
  cycle: CycleRow,
  limit: number,
): Promise<CycleRow[]> {
  return executor
    .selectFrom('cycles')
    .selectAll()
    .where('kind', '=', cycle.kind)
    .where('status', 'in', CLOSED)
    .where('periodStart', '<=', cycle.periodStart)
    .orderBy('periodStart', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The latest closed cycle of the same kind that ended at or before this one started. */
export async function previousClosedCycle(
  executor: Executor,
  cycle: CycleRow,
): Promise<CycleRow | undefined> {
  return executor
    .selectFrom('cycles')
    .selectAll()
    .where('kind', '=', cycle.kind)
    .where('status', 'in', CLOSED)
    .where('periodEnd', '<=', cycle.periodStart)
    .orderBy('periodEnd', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Each person's total and role in a cycle. */
export async function totalsIn(executor: Executor, cycleId: string) {
  return executor
    .selectFrom('cycleResults as r')
    .innerJoin('cycleParticipants as p', (join) =>
      join.onRef('p.cycleId', '=', 'r.cycleId').onRef('p.userId', '=', 'r.userId'),
    )
    .select(['r.userId', 'r.total', 'p.role'])
    .where('r.cycleId', '=', cycleId)
    .execute();
}

/** The stored values of some metrics in some cycles' results, per (cycle, person, metric). */
export async function itemValues(
  executor: Executor,
  cycleIds: readonly string[],
  metrics: readonly string[],
) {
  if (cycleIds.length === 0 || metrics.length === 0) return [];
  return executor
    .selectFrom('cycleResultItems as i')
    .innerJoin('cycleResults as r', 'r.id', 'i.resultId')
    .select(['r.cycleId', 'r.userId', 'i.metric', 'i.value'])
    .where('r.cycleId', 'in', cycleIds)
    .where('i.metric', 'in', metrics)
    .execute();
}

/** Grants to people in the viewer's scope (WHERE), newest first, optionally one person's or since. */
export async function listGrants(
  executor: Executor,
  scope: OwnerScope,
  filter: { userId?: string | undefined; since?: string | undefined; limit: number },
) {
  let query = executor
    .selectFrom('recognitionGrants as g')
    .innerJoin('users as u', 'u.id', 'g.userId')
    .selectAll('g')
    .select('u.name as userName')
    .where(ownerScopeCondition('g.user_id', scope));
  if (filter.userId) query = query.where('g.userId', '=', filter.userId);
  if (filter.since) query = query.where('g.grantedAt', '>=', filter.since);
  return query.orderBy('g.grantedAt', 'desc').orderBy('g.id').limit(filter.limit).execute();
}

/** The latest closed cycle, the default one for leaderboards. */
export async function latestClosedCycle(executor: Executor): Promise<CycleRow | undefined> {
  return executor
    .selectFrom('cycles')
    .selectAll()
    .where('status', 'in', CLOSED)
    .orderBy('periodEnd', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/**
 * The (role, department) groups of a cycle the viewer may see: the viewer's own, and those of
 * departments in the viewer's department scope. The condition is a WHERE on the group's members.
 */
export async function visibleGroups(
  executor: Executor,
  cycleId: string,
  viewerId: string,
  scope: OwnerScope,
) {
  const departmentVisible =
    scope.kind === 'all'
      ? sql<boolean>`1 = 1`
      : sql<boolean>`(${sql.join(
          [
            sql<boolean>`p.user_id = ${viewerId}`,
            ...(scope.department !== null
              ? [sql<boolean>`u.department_id = ${scope.department}`]
              : []),
            ...(scope.departmentTree !== null
              ? [
                  sql<boolean>`u.department_id in (select descendant_id from department_closure where ancestor_id = ${scope.departmentTree})`,
                ]
              : []),
          ],
          sql` or `,
        )})`;
  return executor
    .selectFrom('cycleParticipants as p')
    .innerJoin('users as u', 'u.id', 'p.userId')
    .leftJoin('departments as d', 'd.id', 'u.departmentId')
    .select(['p.role', 'u.departmentId', 'd.name as departmentName'])
    .where('p.cycleId', '=', cycleId)
    .where(departmentVisible)
    .groupBy(['p.role', 'u.departmentId', 'd.name'])
    .orderBy('p.role')
    .orderBy('d.name')
    .execute();
}

/** Everyone on one board: the cycle's participants of one role and department, with totals. */
export async function boardMembers(
  executor: Executor,
  cycleId: string,
  role: string,
  departmentId: string | null,
) {
  return executor
    .selectFrom('cycleParticipants as p')
    .innerJoin('users as u', 'u.id', 'p.userId')
    .innerJoin('cycleResults as r', (join) =>
      join.onRef('r.cycleId', '=', 'p.cycleId').onRef('r.userId', '=', 'p.userId'),
    )
    .select(['p.userId', 'u.name', 'r.total'])
    .where('p.cycleId', '=', cycleId)
    .where('p.role', '=', role)
    .where((eb) =>
      departmentId === null
        ? eb('u.departmentId', 'is', null)
        : eb('u.departmentId', '=', departmentId),
    )
    .execute();
}

export async function listBadges(executor: Executor): Promise<BadgeRow[]> {
  return executor.selectFrom('badges').selectAll().orderBy('createdAt').orderBy('id').execute();
}

export async function findBadge(executor: Executor, id: string): Promise<BadgeRow | undefined> {
  return executor.selectFrom('badges').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function badgeKeyInUse(executor: Executor, key: string): Promise<boolean> {
  const row = await executor
    .selectFrom('badges')
    .select('id')
    .where('key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertBadge(executor: Executor, row: Insertable<BadgesTable>): Promise<void> {
  await executor.insertInto('badges').values(row).execute();
}

/** Switches a badge on or off at the expected version; false when someone changed it first. */
export async function setBadgeActive(
  executor: Executor,
  id: string,
  version: number,
  active: boolean,
  at: string,
): Promise<boolean> {
  const result = await executor
    .updateTable('badges')
    .set((eb) => ({ active: active ? 1 : 0, updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Active users with their dates, for the badges measured over recent days. */
export async function activeSubjects(executor: Executor) {
  return executor
    .selectFrom('users')
    .select(['id as userId', 'joinedOn', 'leftOn'])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
}

/** Cycles closed since `since`: the daily job makes sure their recognition was granted. */
export async function cyclesClosedSince(executor: Executor, since: string): Promise<CycleRow[]> {
  return executor
    .selectFrom('cycles')
    .selectAll()
    .where('status', 'in', CLOSED)
    .where('publishedAt', '>=', since)
    .orderBy('periodStart')
    .execute();
}
