import { sql, type RawBuilder } from 'kysely';
import type { Dialect, Executor } from './database.js';

/**
 * Which owners' records an actor may see, as data: the repositories turn it into a WHERE
 * clause (below), so scope is never applied by filtering after loading.
 * Several roles give the union of their scopes: the widest access wins.
 */
export type OwnerScope =
  | { kind: 'all' }
  | {
      kind: 'owners';
      actorId: string;
      /** Owners who report to the actor, at any depth. */
      includeReports: boolean;
      /** Owners in this department only (own-department scope). */
      department: string | null;
      /** Owners in this department or any department below it. */
      departmentTree: string | null;
    };

/**
 * The WHERE condition that limits rows to the owners an actor may see. `ownerColumn` is a
 * snake_case column reference such as `customers.owner_id` (or an expression of one). Uses the
 * closure tables, so a manager's reports at any depth and a department's sub-departments cost
 * one indexed lookup.
 * The owners are one IN-list (a union), never an OR of conditions: PostgreSQL turns an IN into
 * a join on the owner index, while an OR of IN-lists made it read the whole table.
 */
export function ownerScopeCondition(
  ownerColumn: string | RawBuilder<string | null>,
  scope: OwnerScope,
): RawBuilder<boolean> {
  if (scope.kind === 'all') return sql<boolean>`1 = 1`;
  const owner = typeof ownerColumn === 'string' ? sql.ref(ownerColumn) : ownerColumn;
  const others = otherOwnerIds(scope);
  if (others.length === 0) return sql<boolean>`${owner} = ${scope.actorId}`;
  return sql<boolean>`${owner} in (${ownersOf(scope, others)})`;
}

/** A scope of named owners: the actor and, with the other sources, more people. */
export type OwnersScope = Extract<OwnerScope, { kind: 'owners' }>;

/** Whether a scope of owners reaches anyone besides the actor. */
export const reachesOthers = (scope: OwnersScope): boolean =>
  scope.includeReports || scope.department !== null || scope.departmentTree !== null;

/**
 * How a scope condition that is one term of an OR is written. 'in-lists' is portable SQL. On
 * PostgreSQL an OR whose terms are IN-lists reads the whole table and tests every row against the
 * lists (a rep's opportunity list at scale M: 49 ms); as 'arrays' (`= any(array(…))`) each term is
 * an index condition, and the terms are combined as a bitmap (0.5 ms). SQLite has no arrays and
 * answers each IN-list by its index. 'list-order' (SQLite, a scope that holds most people) is the
 * IN-list with the owner column kept off its index by SQLite's unary + (its documented way to
 * steer the planner): the list's rows are then read in its order and each tested, stopping after
 * a page (a sales director's follow-up plans at scale M: 418 ms gathering 290 k plans by owner
 * and sorting them, 0.1 ms walking the due-time index).
 */
export type ScopeTermForm = 'in-lists' | 'arrays' | 'list-order';

/** The form of the terms of a list's scope on this engine; `wide` when it holds most people. */
export const scopeTermFormFor = (dialect: Dialect, wide = false): ScopeTermForm =>
  dialect === 'postgres' ? 'arrays' : wide ? 'list-order' : 'in-lists';

/** `ownerScopeCondition`, written as `form` says. */
export function ownerScopeTerm(
  form: ScopeTermForm,
  ownerColumn: string,
  scope: OwnerScope,
): RawBuilder<boolean> {
  if (form === 'list-order')
    return ownerScopeCondition(sql<string>`+${sql.ref(ownerColumn)}`, scope);
  if (form === 'in-lists' || scope.kind === 'all') return ownerScopeCondition(ownerColumn, scope);
  const others = otherOwnerIds(scope);
  if (others.length === 0) return sql<boolean>`${sql.ref(ownerColumn)} = ${scope.actorId}`;
  return sql<boolean>`${sql.ref(ownerColumn)} = any(array(${ownersOf(scope, others)}))`;
}

/** Whether the scope's owners are at least half of the active people (one count of users). */
export async function scopeHoldsMostPeople(
  executor: Executor,
  scope: OwnerScope,
): Promise<boolean> {
  if (scope.kind === 'all') return true;
  const row = await executor
    .selectFrom('users')
    .select((eb) => [
      eb.fn.countAll<number>().as('people'),
      eb.fn
        .sum<number>(eb.case().when(ownerScopeCondition('users.id', scope)).then(1).else(0).end())
        .as('inScope'),
    ])
    .where('users.active', '=', 1)
    .executeTakeFirst();
  return 2 * Number(row?.inScope ?? 0) >= Number(row?.people ?? 0);
}

/** The selects of the scope's owners besides the actor: reports, department members. */
function otherOwnerIds(scope: OwnersScope): RawBuilder<unknown>[] {
  const others: RawBuilder<unknown>[] = [];
  if (scope.includeReports)
    others.push(sql`select descendant_id from user_closure where ancestor_id = ${scope.actorId}`);
  if (scope.department !== null) others.push(departmentMemberIds(scope.department));
  if (scope.departmentTree !== null) {
    others.push(
      sql`select u.id from users u join department_closure dc on dc.descendant_id = u.department_id where dc.ancestor_id = ${scope.departmentTree}`,
    );
  }
  return others;
}

/**
 * The ids of the owners within a scope of owners, as one select of the column `id` (the actor
 * and the other sources, `union all`), for a query that starts from the owners and looks up
 * their rows by an owner index.
 */
export function scopeOwnerIds(scope: OwnersScope): RawBuilder<{ id: string }> {
  return ownersOf(scope, otherOwnerIds(scope));
}

function ownersOf(scope: OwnersScope, others: readonly RawBuilder<unknown>[]) {
  const owners = [sql`select cast(${scope.actorId} as text) as id`, ...others];
  return sql<{ id: string }>`${sql.join(owners, sql` union all `)}`;
}

/**
 * Rows whose owner is a member of the department itself (not of its sub-departments): the
 * list filter `departmentId`, and the "own department" data scope. `ownerColumn` is snake_case.
 */
export function ownerInDepartment(ownerColumn: string, departmentId: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(ownerColumn)} in (${departmentMemberIds(departmentId)})`;
}

/** The ids of the department's own members (not of its sub-departments). */
function departmentMemberIds(departmentId: string): RawBuilder<unknown> {
  return sql`select id from users where department_id = ${departmentId}`;
}

/** The ids of the records shared with the actor through an unexpired collaborator entry (协作人). */
export function sharedRecordIds<Row>(
  entity: 'customer' | 'opportunity',
  userId: string,
  now: string,
): RawBuilder<Row> {
  return sql<Row>`select record_id from collaborators where entity = ${entity} and user_id = ${userId} and (until is null or until > ${now})`;
}

/** Rows shared with the actor through an unexpired collaborator entry (协作人), written as `form` says. */
export function sharedWithCondition(
  idColumn: string,
  entity: 'customer' | 'opportunity',
  userId: string,
  now: string,
  form: ScopeTermForm = 'in-lists',
): RawBuilder<boolean> {
  const shared = sharedRecordIds(entity, userId, now);
  if (form === 'arrays') return sql<boolean>`${sql.ref(idColumn)} = any(array(${shared}))`;
  return sql<boolean>`${sql.ref(idColumn)} in (${shared})`;
}

/** The collaborator access ('read' | 'write') the actor holds on a row, or null. */
export function sharedAccessExpression(
  idColumn: string,
  entity: 'customer' | 'opportunity',
  userId: string,
  now: string,
): RawBuilder<'read' | 'write' | null> {
  return sql<
    'read' | 'write' | null
  >`(select access from collaborators where entity = ${entity} and record_id = ${sql.ref(idColumn)} and user_id = ${userId} and (until is null or until > ${now}))`;
}

/** 1 when the row's owner is within the scope, else 0 (for record-level access decisions). */
export function inScopeExpression(ownerColumn: string, scope: OwnerScope): RawBuilder<number> {
  return sql<number>`case when ${ownerScopeCondition(ownerColumn, scope)} then 1 else 0 end`;
}

/** Whether `userId` is an owner the viewer may assign records to (within their data scope). */
export async function isOwnerInScope(
  executor: Executor,
  userId: string,
  scope: OwnerScope,
): Promise<boolean> {
  const row = await executor
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('active', '=', 1)
    .where(ownerScopeCondition('users.id', scope))
    .executeTakeFirst();
  return row !== undefined;
}
