import { DEFAULT_ORG_ZONE, orgDay } from '../../domain/time/org-day.js';
import type { Db, Executor } from '../../db/database.js';
import type { DataScope } from '../../db/tables/organisation.table.js';
import { inTransaction } from '../../db/transaction.js';
import { assertPasswordAllowed } from '../../platform/auth/password-policy.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { endUserAccess } from '../auth/auth.service.js';
import { nowIso } from '../../platform/clock.js';
import {
  AppError,
  invalidField,
  notFound,
  staleVersion,
  fieldProblem,
  refusal,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { DEFAULT_ROLE_SCOPES, ROLES, type Role } from '../../platform/policy/roles.js';
import { closureOf, createsCycle } from './hierarchy-closure.js';
import * as repo from './org.repository.js';
import { userHistorySnapshot } from './org.presenter.js';
import type {
  CreateDepartmentInput,
  CreateUserInput,
  UpdateDepartmentInput,
  UpdateUserInput,
} from './org.schema.js';

async function rebuildUserClosure(trx: Executor): Promise<void> {
  const links = (await repo.listManagerLinks(trx)).map((u) => ({
    id: u.id,
    parentId: u.managerId,
  }));
  await repo.replaceClosure(trx, 'userClosure', closureOf(links));
}

async function rebuildDepartmentClosure(trx: Executor): Promise<void> {
  await repo.replaceClosure(
    trx,
    'departmentClosure',
    closureOf(await repo.listDepartmentLinks(trx)),
  );
}

async function assertDepartmentExists(trx: Executor, id: string | null | undefined, path: string) {
  if (id && !(await repo.findDepartmentById(trx, id)))
    throw invalidField(path, 'not_found', 'department does not exist');
}

async function assertEmailFree(trx: Executor, email: string, exceptUserId?: string) {
  const existing = await repo.findUserByEmail(trx, email);
  if (existing && existing.id !== exceptUserId) {
    throw refusal('email_in_use', 'This e-mail is already used', {}, [
      fieldProblem('email', 'already_used', 'already used'),
    ]);
  }
}

/** Creates an account; without a joining day, the person joins on today's org-zone day. */
export async function createUser(
  db: Db,
  actor: Actor | null,
  input: CreateUserInput,
  zone: string = DEFAULT_ORG_ZONE,
): Promise<repo.UserRow> {
  assertPasswordAllowed('password', input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    const email = input.email.toLowerCase();
    await assertEmailFree(trx, email);
    await assertDepartmentExists(trx, input.departmentId, 'departmentId');
    if (input.managerId && !(await repo.findUserById(trx, input.managerId))) {
      throw invalidField('managerId', 'not_found', 'manager does not exist');
    }
    const now = nowIso();
    const user: Omit<repo.UserRow, 'version'> = {
      id: newId(),
      name: input.name,
      email,
      passwordHash,
      departmentId: input.departmentId ?? null,
      managerId: input.managerId ?? null,
      active: 1,
      locale: input.locale ?? null,
      joinedOn: input.joinedOn ?? orgDay(new Date(now), zone),
      leftOn: null,
      createdAt: now,
      updatedAt: now,
      roles: [...new Set(input.roles)].sort(),
    };
    await repo.insertUser(trx, user);
    await rebuildUserClosure(trx);
    const created = await repo.findUserById(trx, user.id);
    if (!created) throw new AppError('internal', 'user vanished after insert');
    await writeHistory(trx, {
      entity: 'user',
      entityId: user.id,
      action: 'create',
      actorId: actor?.id ?? null,
      before: null,
      after: userHistorySnapshot(created),
    });
    return created;
  });
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
): Promise<repo.UserRow> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inTransaction(db, async (trx) => {
    const before = await repo.findUserById(trx, id);
    if (!before) throw notFound('user');
    if (before.version !== input.version) throw staleVersion('user');
    if (input.password)
      assertPasswordAllowed('password', input.password, input.email ?? before.email);
    if (input.email !== undefined) await assertEmailFree(trx, input.email.toLowerCase(), id);
    await assertDepartmentExists(trx, input.departmentId, 'departmentId');
    if (input.managerId !== undefined && input.managerId !== null) {
      if (!(await repo.findUserById(trx, input.managerId)))
        throw invalidField('managerId', 'not_found', 'manager does not exist');
      const links = (await repo.listManagerLinks(trx)).map((u) => ({
        id: u.id,
        parentId: u.managerId,
      }));
      if (createsCycle(links, id, input.managerId)) {
        throw invalidField(
          'managerId',
          'reports_to_own_report',
          'a user cannot report to themselves or to one of their reports',
        );
      }
    }
    if (input.active === false && id === actor.id)
      throw invalidField('active', 'cannot_deactivate_yourself', 'you cannot deactivate yourself');
    const leftOn =
      input.leftOn !== undefined
        ? input.leftOn
        : input.active === false && before.leftOn === null
          ? nowIso().slice(0, 10)
          : undefined;
    const ok = await repo.updateUser(trx, id, input.version, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.email !== undefined ? { email: input.email.toLowerCase() } : {}),
      ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {}),
      ...(input.managerId !== undefined ? { managerId: input.managerId } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      ...(input.joinedOn !== undefined ? { joinedOn: input.joinedOn } : {}),
      ...(leftOn !== undefined ? { leftOn } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
      updatedAt: nowIso(),
    });
    if (!ok) throw staleVersion('user');
    if (input.roles) await repo.replaceUserRoles(trx, id, [...new Set(input.roles)].sort());
    if (passwordHash !== undefined || input.active === false) await endUserAccess(trx, id);
    if (input.managerId !== undefined) await rebuildUserClosure(trx);
    const after = await repo.findUserById(trx, id);
    if (!after) throw notFound('user');
    await writeHistory(trx, {
      entity: 'user',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: userHistorySnapshot(before),
      after: { ...userHistorySnapshot(after), ...(passwordHash ? { password: '(changed)' } : {}) },
    });
    return after;
  });
}

export async function getUser(db: Db, id: string): Promise<repo.UserRow> {
  const user = await repo.findUserById(db.kysely, id);
  if (!user) throw notFound('user');
  return user;
}

export function listUsers(
  db: Db,
  filter: repo.UserFilter,
  sort: { by: repo.UserSort; order: 'asc' | 'desc' },
  page: { limit: number; offset: number },
) {
  return repo.listUsers(db.kysely, filter, sort, page);
}

export async function createDepartment(
  db: Db,
  actor: Actor | null,
  input: CreateDepartmentInput,
): Promise<repo.DepartmentRow> {
  return inTransaction(db, async (trx) => {
    await assertDepartmentExists(trx, input.parentId, 'parentId');
    const now = nowIso();
    const row = {
      id: newId(),
      name: input.name,
      parentId: input.parentId ?? null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await repo.insertDepartment(trx, row);
    await rebuildDepartmentClosure(trx);
    await writeHistory(trx, {
      entity: 'department',
      entityId: row.id,
      action: 'create',
      actorId: actor?.id ?? null,
      before: null,
      after: { name: row.name, parentId: row.parentId },
    });
    const created = await repo.findDepartmentById(trx, row.id);
    if (!created) throw new AppError('internal', 'department vanished after insert');
    return created;
  });
}

export async function updateDepartment(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateDepartmentInput,
): Promise<repo.DepartmentRow> {
  return inTransaction(db, async (trx) => {
    const before = await repo.findDepartmentById(trx, id);
    if (!before) throw notFound('department');
    if (before.version !== input.version) throw staleVersion('department');
    if (input.parentId !== undefined) {
      await assertDepartmentExists(trx, input.parentId, 'parentId');
      if (createsCycle(await repo.listDepartmentLinks(trx), id, input.parentId)) {
        throw invalidField(
          'parentId',
          'department_below_itself',
          'a department cannot sit below itself or one of its sub-departments',
        );
      }
    }
    const ok = await repo.updateDepartment(trx, id, input.version, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
      updatedAt: nowIso(),
    });
    if (!ok) throw staleVersion('department');
    if (input.parentId !== undefined) await rebuildDepartmentClosure(trx);
    const after = await repo.findDepartmentById(trx, id);
    if (!after) throw notFound('department');
    await writeHistory(trx, {
      entity: 'department',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: { name: before.name, parentId: before.parentId },
      after: { name: after.name, parentId: after.parentId },
    });
    return after;
  });
}

export async function deleteDepartment(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await repo.findDepartmentById(trx, id);
    if (!before) throw notFound('department');
    if (await repo.countDepartmentMembers(trx, id)) {
      throw refusal(
        'department_not_empty',
        'Move its people and sub-departments elsewhere first',
        {},
      );
    }
    const ok = await repo.updateDepartment(trx, id, version, {
      deletedAt: nowIso(),
      updatedAt: nowIso(),
    });
    if (!ok) throw staleVersion('department');
    await rebuildDepartmentClosure(trx);
    await writeHistory(trx, {
      entity: 'department',
      entityId: id,
      action: 'delete',
      actorId: actor.id,
      before: null,
      after: null,
    });
  });
}

export function listDepartments(db: Db) {
  return repo.listDepartments(db.kysely);
}

export function listRoles(db: Db) {
  return repo.listRoles(db.kysely);
}

export async function updateRoleScope(db: Db, actor: Actor, key: Role, dataScope: DataScope) {
  return inTransaction(db, async (trx) => {
    const before = (await repo.listRoles(trx)).find((r) => r.key === key);
    await repo.upsertRole(trx, key, dataScope, nowIso());
    await writeHistory(trx, {
      entity: 'role',
      entityId: key,
      action: 'update',
      actorId: actor.id,
      before: { dataScope: before?.dataScope ?? null },
      after: { dataScope },
    });
    const after = (await repo.listRoles(trx)).find((r) => r.key === key);
    if (!after) throw notFound('role');
    return after;
  });
}

/** Gives every role its default data scope unless an admin has already set one. */
export async function ensureDefaultRoles(db: Db): Promise<void> {
  const existing = new Set((await repo.listRoles(db.kysely)).map((r) => r.key));
  for (const role of ROLES) {
    if (!existing.has(role))
      await repo.upsertRole(db.kysely, role, DEFAULT_ROLE_SCOPES[role], nowIso());
  }
}
