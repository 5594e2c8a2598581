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

export type Locale = 'zh-CN' | 'en';

export type User = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  departmentId: string | null;
  managerId: string | null;
  active: boolean;
  locale: Locale | null;
  version: number;
};

export type Department = {
  id: string;
  name: string;
  parentId: string | null;
  version: number;
};

export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
};

export type ErrorDetail = { path: string; message: string };

export type ErrorBody = {
  error: { code: string; message: string; details?: ErrorDetail[] };
};
