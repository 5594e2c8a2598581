import { request } from './api-client';
import type { Department } from './api-types';

export type NewDepartment = { name: string; parentId?: string };
export type DepartmentChanges = { name?: string; parentId?: string | null; version: number };

export async function listDepartments(): Promise<Department[]> {
  const { items } = await request<{ items: Department[]; total: number }>(
    'GET',
    '/api/v1/departments',
  );
  return items;
}

export function createDepartment(department: NewDepartment): Promise<Department> {
  return request<Department>('POST', '/api/v1/departments', department);
}

export function updateDepartment(id: string, changes: DepartmentChanges): Promise<Department> {
  return request<Department>('PATCH', `/api/v1/departments/${encodeURIComponent(id)}`, changes);
}
