import type { User } from '../../api/api-types';
import type { NewUser, UserChanges } from '../../api/users-api';

export type UserFormValues = Pick<User, 'name' | 'email' | 'roles'> & {
  password?: string;
  departmentId?: string | null;
  managerId?: string | null;
  active?: boolean;
};

export function toNewUser(values: UserFormValues): NewUser {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password ?? '',
    roles: values.roles,
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    ...(values.managerId ? { managerId: values.managerId } : {}),
  };
}

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only what changed (so history records real edits), plus the version it was based on. */
export function toUserChanges(user: User, values: UserFormValues): UserChanges {
  const changes: UserChanges = { version: user.version };
  const name = values.name.trim();
  const email = values.email.trim();
  const departmentId = values.departmentId ?? null;
  const managerId = values.managerId ?? null;
  if (name !== user.name) changes.name = name;
  if (email !== user.email) changes.email = email;
  if (!sameRoles(values.roles, user.roles)) changes.roles = values.roles;
  if (departmentId !== user.departmentId) changes.departmentId = departmentId;
  if (managerId !== user.managerId) changes.managerId = managerId;
  if (values.active !== undefined && values.active !== user.active) changes.active = values.active;
  return changes;
}
