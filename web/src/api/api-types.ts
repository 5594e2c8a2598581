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

/** Values the web app words an error or a field problem with. */
export type ErrorParams = Record<string, string | number>;

export type ErrorDetail = { path: string; code?: string; message: string; params?: ErrorParams };

export type ErrorBody = {
  error: { code: string; message: string; details?: ErrorDetail[]; params?: ErrorParams };
};
