import { z } from 'zod';
import { DATA_SCOPES, ROLES } from '../../platform/policy/roles.js';
import { calendarDateField } from '../../platform/http/field-schemas.js';
import { pageQuery } from '../../platform/http/list-query.js';

const role = z.enum(ROLES);
const id = z.string().min(1).max(64);

export const userOut = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    roles: z.array(role),
    departmentId: z.string().nullable(),
    managerId: z.string().nullable(),
    active: z.boolean(),
    locale: z.enum(['zh-CN', 'en']).nullable(),
    joinedOn: z.string().nullable(),
    leftOn: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserOut = z.infer<typeof userOut>;

export const createUserBody = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  password: z.string().min(8, 'at least 8 characters').max(200),
  roles: z.array(role).min(1).max(ROLES.length),
  departmentId: id.nullable().optional(),
  managerId: id.nullable().optional(),
  locale: z.enum(['zh-CN', 'en']).nullable().optional(),
  joinedOn: calendarDateField.nullable().optional(),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(100).optional(),
  email: z.email().max(254).optional(),
  roles: z.array(role).min(1).max(ROLES.length).optional(),
  departmentId: id.nullable().optional(),
  managerId: id.nullable().optional(),
  active: z.boolean().optional(),
  locale: z.enum(['zh-CN', 'en']).nullable().optional(),
  joinedOn: calendarDateField.nullable().optional(),
  leftOn: calendarDateField.nullable().optional(),
  password: z.string().min(8, 'at least 8 characters').max(200).optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const listUsersQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  departmentId: id.optional(),
  role: role.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['name', 'email', 'createdAt']).default('name'),
});

export const departmentOut = z
  .object({
    id: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Department' });
export type DepartmentOut = z.infer<typeof departmentOut>;

export const createDepartmentBody = z.object({
  name: z.string().trim().min(1).max(100),
  parentId: id.nullable().optional(),
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentBody>;

export const updateDepartmentBody = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(100).optional(),
  parentId: id.nullable().optional(),
});
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentBody>;

export const deleteDepartmentQuery = z.object({ version: z.coerce.number().int().min(1) });

export const roleOut = z
  .object({
    key: role,
    dataScope: z.enum(DATA_SCOPES),
    updatedAt: z.string(),
  })
  .meta({ id: 'Role' });
export const updateRoleBody = z.object({ dataScope: z.enum(DATA_SCOPES) });
export const roleParams = z.object({ key: role });
