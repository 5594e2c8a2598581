import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page, type ListPage } from '../../db/page-of-query.js';
import type {
  DataScope,
  DepartmentsTable,
  UsersTable,
} from '../../db/tables/organisation.table.js';
import type { Role } from '../../platform/policy/roles.js';
import { lowerContains } from '../../db/text-search.js';

export type UserRow = Selectable<UsersTable> & { roles: Role[] };
export type DepartmentRow = Selectable<DepartmentsTable>;

export type UserSort = 'name' | 'email' | 'createdAt';

export type UserFilter = {
  q?: string | undefined;
  departmentId?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
};

/** The given users with their roles (sorted), in one query for all of them. */
export async function withRoles<T extends { id: string }>(
  executor: Executor,
  users: readonly T[],
): Promise<(T & { roles: Role[] })[]> {
  if (users.length === 0) return [];
  const rows = await executor
    .selectFrom('userRoles')
    .select(['userId', 'role'])
    .where(
      'userId',
      'in',
      users.map((u) => u.id),
    )
    .execute();
  const byUser = new Map<string, Role[]>();
  for (const row of rows)
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role as Role]);
  return users.map((u) => ({ ...u, roles: (byUser.get(u.id) ?? []).sort() }));
}

export async function findUserById(executor: Executor, id: string): Promise<UserRow | undefined> {
  const user = await executor
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!user) return undefined;
  const [found] = await withRoles(executor, [user]);
  return found;
}

/** A user as an actor is made of: who they are, their roles (sorted) and those roles' data scopes. */
export type ActorUser = {
  id: string;
  name: string;
  departmentId: string | null;
  active: number;
  roles: Role[];
  scopes: DataScope[];
};

/** One row per role of the user (one row with a null role when they have none). */
export type ActorUserRow = {
  id: string;
  name: string;
  departmentId: string | null;
  active: number;
  role: string | null;
  dataScope: DataScope | null;
};

/** Folds one user's rows (one per role, see `ActorUserRow`) into the user with roles and scopes. */
export function actorUserOf(rows: readonly ActorUserRow[]): ActorUser | undefined {
  const [first] = rows;
  if (!first) return undefined;
  const roles = rows.flatMap((r) => (r.role === null ? [] : [r.role as Role])).sort();
  const scopes = rows.flatMap((r) =>
    r.role === null || r.dataScope === null ? [] : [r.dataScope],
  );
  return {
    id: first.id,
    name: first.name,
    departmentId: first.departmentId,
    active: Number(first.active),
    roles,
    scopes,
  };
}

/** A user with roles and data scopes (users ⟕ user_roles ⟕ roles), in one query. */
export async function findActorUser(
  executor: Executor,
  id: string,
): Promise<ActorUser | undefined> {
  const rows = await executor
    .selectFrom('users as u')
    .leftJoin('userRoles as ur', 'ur.userId', 'u.id')
    .leftJoin('roles as r', 'r.key', 'ur.role')
    .select(['u.id', 'u.name', 'u.departmentId', 'u.active', 'ur.role', 'r.dataScope'])
    .where('u.id', '=', id)
    .orderBy('ur.role')
    .execute();
  return actorUserOf(rows);
}

export async function findUserByEmail(
  executor: Executor,
  email: string,
): Promise<UserRow | undefined> {
  const user = await executor
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (!user) return undefined;
  const [found] = await withRoles(executor, [user]);
  return found;
}

export async function listUsers(
  executor: Executor,
  filter: UserFilter,
  sort: { by: UserSort; order: 'asc' | 'desc' },
  page: Page,
): Promise<ListPage<UserRow>> {
  let query = executor.selectFrom('users');
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) =>
      eb.or([lowerContains(eb.ref('name'), q), lowerContains(eb.ref('email'), q)]),
    );
  }
  if (filter.departmentId) query = query.where('departmentId', '=', filter.departmentId);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active ? 1 : 0);
  if (filter.role) {
    const role = filter.role;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('userRoles').select('userId').where('role', '=', role),
    );
  }
  const { items: rows, ...total } = await pageOfQuery(
    executor,
    query.selectAll().orderBy(sort.by, sort.order).orderBy('id'),
    page,
  );
  return { items: await withRoles(executor, rows), ...total };
}

export async function insertUser(
  executor: Executor,
  user: Omit<UserRow, 'version'>,
): Promise<void> {
  const { roles, ...row } = user;
  await executor.insertInto('users').values(row).execute();
  await replaceUserRoles(executor, user.id, roles);
}

/** Updates when the stored version matches; returns false on a stale version. */
export async function updateUser(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<Selectable<UsersTable>, 'id' | 'version' | 'createdAt'>>,
): Promise<boolean> {
  const result = await executor
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceUserRoles(
  executor: Executor,
  userId: string,
  roles: Role[],
): Promise<void> {
  await executor.deleteFrom('userRoles').where('userId', '=', userId).execute();
  if (roles.length > 0) {
    await executor
      .insertInto('userRoles')
      .values(roles.map((role) => ({ userId, role })))
      .execute();
  }
}

export async function countUsers(executor: Executor): Promise<number> {
  const row = await executor
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Manager of every user, for cycle checks and the closure rebuild. */
export async function listManagerLinks(
  executor: Executor,
): Promise<{ id: string; managerId: string | null }[]> {
  return executor.selectFrom('users').select(['id', 'managerId']).execute();
}

export async function listDepartmentLinks(
  executor: Executor,
): Promise<{ id: string; parentId: string | null }[]> {
  return executor
    .selectFrom('departments')
    .select(['id', 'parentId'])
    .where('deletedAt', 'is', null)
    .execute();
}

/** Replaces a closure table with the given pairs (at most a few million for the largest org). */
export async function replaceClosure(
  executor: Executor,
  table: 'userClosure' | 'departmentClosure',
  pairs: { ancestorId: string; descendantId: string; depth: number }[],
): Promise<void> {
  await executor.deleteFrom(table).execute();
  const BATCH = 500;
  for (let i = 0; i < pairs.length; i += BATCH) {
    await executor
      .insertInto(table)
      .values(pairs.slice(i, i + BATCH))
      .execute();
  }
}

export async function findDepartmentById(
  executor: Executor,
  id: string,
): Promise<DepartmentRow | undefined> {
  return executor
    .selectFrom('departments')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function listDepartments(executor: Executor): Promise<DepartmentRow[]> {
  return executor
    .selectFrom('departments')
    .selectAll()
    .where('deletedAt', 'is', null)
    .orderBy('name')
    .execute();
}

export async function insertDepartment(
  executor: Executor,
  row: Omit<DepartmentRow, 'version'>,
): Promise<void> {
  await executor.insertInto('departments').values(row).execute();
}

export async function updateDepartment(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<DepartmentRow, 'name' | 'parentId' | 'updatedAt' | 'deletedAt'>>,
): Promise<boolean> {
  const result = await executor
    .updateTable('departments')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countDepartmentMembers(
  executor: Executor,
  departmentId: string,
): Promise<number> {
  const [users, children] = await Promise.all([
    executor
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('departmentId', '=', departmentId)
      .executeTakeFirstOrThrow(),
    executor
      .selectFrom('departments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parentId', '=', departmentId)
      .where('deletedAt', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return Number(users.n) + Number(children.n);
}

export async function listRoles(
  executor: Executor,
): Promise<{ key: string; dataScope: DataScope; updatedAt: string }[]> {
  return executor.selectFrom('roles').selectAll().orderBy('key').execute();
}

export async function upsertRole(
  executor: Executor,
  key: Role,
  dataScope: DataScope,
  updatedAt: string,
): Promise<void> {
  await executor
    .insertInto('roles')
    .values({ key, dataScope, updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ dataScope, updatedAt }))
    .execute();
}

export async function scopesOfRoles(executor: Executor, roles: Role[]): Promise<DataScope[]> {
  if (roles.length === 0) return [];
  const rows = await executor
    .selectFrom('roles')
    .select('dataScope')
    .where('key', 'in', roles)
    .execute();
  return rows.map((r) => r.dataScope);
}
