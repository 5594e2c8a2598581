import type { Executor } from '../../db/database.js';
import type { Role } from '../../platform/policy/roles.js';
import { withRoles } from '../org/org.repository.js';
import { ownerScopeCondition } from '../../db/scope-filter.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';

export type ScorecardUser = {
  id: string;
  name: string;
  managerId: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  roles: Role[];
};

/** The user, if they are within the viewer's data scope (themselves included). */
export async function findUserInScope(
  executor: Executor,
  userId: string,
  scope: OwnerScope,
): Promise<ScorecardUser | undefined> {
  const user = await executor
    .selectFrom('users')
    .select(['id', 'name', 'managerId', 'joinedOn', 'leftOn'])
    .where('id', '=', userId)
    .where(ownerScopeCondition('users.id', scope))
    .executeTakeFirst();
  return user ? (await withRoles(executor, [user]))[0] : undefined;
}

/**
 * Active reports of a manager at any depth (closure table), excluding the manager; with a
 * scope, only those inside it.
 */
export async function listReports(
  executor: Executor,
  managerId: string,
  scope: OwnerScope = { kind: 'all' },
): Promise<ScorecardUser[]> {
  const users = await executor
    .selectFrom('userClosure')
    .innerJoin('users', 'users.id', 'userClosure.descendantId')
    .select(['users.id', 'users.name', 'users.managerId', 'users.joinedOn', 'users.leftOn'])
    .where('userClosure.ancestorId', '=', managerId)
    .where('userClosure.depth', '>', 0)
    .where('users.active', '=', 1)
    .where(ownerScopeCondition('users.id', scope))
    .orderBy('users.name')
    .execute();
  return withRoles(executor, users);
}

/** Every active user, with roles: whom the weekly digest is for. */
export async function listActiveUsers(executor: Executor): Promise<ScorecardUser[]> {
  const users = await executor
    .selectFrom('users')
    .select(['id', 'name', 'managerId', 'joinedOn', 'leftOn'])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return withRoles(executor, users);
}
