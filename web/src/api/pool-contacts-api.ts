import { api, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './api-client';

export type PoolQuery = QueryOf<'/api/v1/pool', 'get'>;

export const listPool = (query: PoolQuery) => api.get('/api/v1/pool', { query });

export const claimCustomer = (id: string, version: number) =>
  api.post('/api/v1/pool/{id}/claim', { path: { id }, body: { version } });

export type Contact = ItemOf<'/api/v1/contacts'>;
export type ContactQuery = QueryOf<'/api/v1/contacts', 'get'>;
export type NewContact = BodyOf<'/api/v1/contacts', 'post'>;
export type ContactFields = Omit<NewContact, 'customerId'>;

export const listContacts = (query: ContactQuery) => api.get('/api/v1/contacts', { query });

export const createContact = (body: NewContact) => api.post('/api/v1/contacts', { body });

export const updateContact = (id: string, body: BodyOf<'/api/v1/contacts/{id}', 'patch'>) =>
  api.patch('/api/v1/contacts/{id}', { path: { id }, body });

export type PoolSettings = ResponseOf<'/api/v1/pool/settings', 'get'>;
export type PoolRule = PoolSettings['rules'][number];

export const getPoolSettings = () => api.get('/api/v1/pool/settings');

export const replacePoolSettings = (body: BodyOf<'/api/v1/pool/settings', 'put'>) =>
  api.put('/api/v1/pool/settings', { body });
