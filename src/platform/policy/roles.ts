import type { DataScope } from '../../db/tables/organisation.table.js';

export const ROLES = [
  'admin',
  'executive',
  'manager',
  'sales',
  'service',
  'marketing',
  'product',
  'hr',
] as const;
export type Role = (typeof ROLES)[number];

export const DATA_SCOPES = [
  'self',
  'self_and_reports',
  'department',
  'department_tree',
  'all',
] as const satisfies readonly DataScope[];

/** Out-of-the-box data scope per role; an admin can change each one. */
export const DEFAULT_ROLE_SCOPES: Record<Role, DataScope> = {
  admin: 'all',
  executive: 'all',
  hr: 'all',
  manager: 'self_and_reports',
  sales: 'self',
  service: 'self',
  marketing: 'self',
  product: 'self',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
