import { request, withQuery } from './api-client';
import type { Page } from './api-types';
import type { Contact, Customer, CustomerLevel, CustomerStatus } from './crm-types';

export type PoolQuery = {
  page: number;
  pageSize: number;
  sort?: 'name' | 'poolEnteredAt' | 'createdAt' | 'lastFollowUpAt' | 'level';
  order?: 'asc' | 'desc';
  q?: string;
  status?: CustomerStatus;
  level?: CustomerLevel;
  industry?: string;
  region?: string;
};

export function listPool(query: PoolQuery): Promise<Page<Customer>> {
  return request('GET', withQuery('/api/v1/pool', query));
}

export function claimCustomer(id: string, version: number): Promise<Customer> {
  return request('POST', `/api/v1/pool/${encodeURIComponent(id)}/claim`, { version });
}

export type ContactQuery = {
  page: number;
  pageSize: number;
  sort?: 'name' | 'createdAt' | 'updatedAt';
  order?: 'asc' | 'desc';
  q?: string;
  customerId?: string;
};

export type ContactFields = {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  isPrimary?: boolean;
  note?: string | null;
};

export function listContacts(query: ContactQuery): Promise<Page<Contact>> {
  return request('GET', withQuery('/api/v1/contacts', query));
}

export function createContact(contact: ContactFields & { customerId: string }): Promise<Contact> {
  return request('POST', '/api/v1/contacts', contact);
}

export function updateContact(
  id: string,
  changes: Partial<ContactFields> & { version: number },
): Promise<Contact> {
  return request('PATCH', `/api/v1/contacts/${encodeURIComponent(id)}`, changes);
}
