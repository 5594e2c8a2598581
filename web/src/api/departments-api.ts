import { api, type BodyOf, type ItemOf } from './api-client';

export type Department = ItemOf<'/api/v1/departments'>;

export const listDepartments = async () => (await api.get('/api/v1/departments')).items;

export const createDepartment = (body: BodyOf<'/api/v1/departments', 'post'>) =>
  api.post('/api/v1/departments', { body });

export const updateDepartment = (id: string, body: BodyOf<'/api/v1/departments/{id}', 'patch'>) =>
  api.patch('/api/v1/departments/{id}', { path: { id }, body });
