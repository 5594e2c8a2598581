import type { DepartmentOut, UserOut } from './org.schema.js';
import type { DepartmentRow, UserRow } from './org.repository.js';

/** The fields of a user the API returns; the password hash never leaves the repository layer. */
export function presentUser(user: UserRow): UserOut {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    departmentId: user.departmentId,
    managerId: user.managerId,
    active: user.active === 1,
    locale: user.locale === 'zh-CN' || user.locale === 'en' ? user.locale : null,
    joinedOn: user.joinedOn,
    leftOn: user.leftOn,
    version: user.version,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

export function presentDepartment(department: DepartmentRow): DepartmentOut {
  return {
    id: department.id,
    name: department.name,
    parentId: department.parentId,
    version: department.version,
    createdAt: department.createdAt,
    updatedAt: department.updatedAt,
  };
}

/** What the history log keeps of a user: everything but secrets and bookkeeping. */
export function userHistorySnapshot(user: UserRow): Record<string, unknown> {
  const { passwordHash: _secret, ...rest } = user;
  return { ...rest, roles: [...user.roles].sort() };
}
