import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { NewUser, UserChanges, User } from '../../api/users-api';

export type UserFormValues = Pick<User, 'name' | 'email' | 'roles'> & {
  password?: string;
  departmentId?: string | null;
  managerId?: string | null;
  active?: boolean;
  /** The first and last working day, which decide from when a person is appraised. */
  joinedOn?: Dayjs | null;
  leftOn?: Dayjs | null;
};

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** The form's values for a user being edited. */
export function toFormValues(user: User): UserFormValues {
  return {
    ...user,
    joinedOn: user.joinedOn ? dayjs(user.joinedOn) : null,
    leftOn: user.leftOn ? dayjs(user.leftOn) : null,
  };
}

export function toNewUser(values: UserFormValues): NewUser {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password ?? '',
    roles: values.roles,
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    ...(values.managerId ? { managerId: values.managerId } : {}),
    ...(values.joinedOn ? { joinedOn: day(values.joinedOn) } : {}),
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
  if (day(values.joinedOn) !== user.joinedOn) changes.joinedOn = day(values.joinedOn);
  if (day(values.leftOn) !== user.leftOn) changes.leftOn = day(values.leftOn);
  return changes;
}
