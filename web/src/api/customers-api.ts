import { api, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './api-client';
import { enumValues } from './generated/schema';

export type Customer = ItemOf<'/api/v1/customers'>;
export type CustomerStatus = Customer['status'];
export type CustomerLevel = NonNullable<Customer['level']>;
export const CUSTOMER_STATUSES = enumValues['get /api/v1/customers response.items.status'];
export const CUSTOMER_LEVELS = enumValues['get /api/v1/customers response.items.level'];
export type CustomerListQuery = QueryOf<'/api/v1/customers', 'get'>;
export type CustomerSort = NonNullable<CustomerListQuery['sort']>;
/** Key fields a customer list can be narrowed to "missing". */
export type CustomerKeyField = NonNullable<CustomerListQuery['missing']>;
export const CUSTOMER_KEY_FIELDS = enumValues['get /api/v1/customers query.missing'];

export type NewCustomer = BodyOf<'/api/v1/customers', 'post'>;
export type CustomerFields = Omit<NewCustomer, 'status' | 'ownerId'>;
export type CustomerChanges = BodyOf<'/api/v1/customers/{id}', 'patch'>;
export type CreatedCustomer = ResponseOf<'/api/v1/customers', 'post'>;
/** A likely duplicate: named when the user may see it, otherwise only said to exist. */
export type DuplicateHint = CreatedCustomer['duplicateHints'][number];
export type TimelineItem = ItemOf<'/api/v1/customers/{id}/timeline'>;

const path = (id: string) => ({ path: { id } });

export const listCustomers = (query: CustomerListQuery) => api.get('/api/v1/customers', { query });

export const getCustomer = (id: string) => api.get('/api/v1/customers/{id}', path(id));

export const createCustomer = (body: NewCustomer) => api.post('/api/v1/customers', { body });

export const updateCustomer = (id: string, body: CustomerChanges) =>
  api.patch('/api/v1/customers/{id}', { ...path(id), body });

export const changeCustomerStatus = (
  id: string,
  body: BodyOf<'/api/v1/customers/{id}/status', 'post'>,
) => api.post('/api/v1/customers/{id}/status', { ...path(id), body });

export const deleteCustomer = (id: string, version: number) =>
  api.delete('/api/v1/customers/{id}', { ...path(id), query: { version } });

export const assignCustomer = (id: string, version: number, ownerId: string) =>
  api.post('/api/v1/customers/{id}/assign', { ...path(id), body: { version, ownerId } });

export const releaseCustomer = (id: string, version: number, reason?: string) =>
  api.post('/api/v1/customers/{id}/release', { ...path(id), body: { version, reason } });

export const customerTimeline = (id: string, page: number, pageSize = 20) =>
  api.get('/api/v1/customers/{id}/timeline', { ...path(id), query: { page, pageSize } });
