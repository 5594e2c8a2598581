import { request, withQuery } from './api-client';
import type { Page } from './api-types';
import type {
  Collaborator,
  Customer,
  CustomerKeyField,
  CustomerLevel,
  CustomerStatus,
  DuplicateHint,
  HistoryEntry,
  TimelineItem,
} from './crm-types';

const BASE = '/api/v1/customers';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export type CustomerSort = 'name' | 'createdAt' | 'updatedAt' | 'lastFollowUpAt' | 'level';

export type CustomerListQuery = {
  page: number;
  pageSize: number;
  sort?: CustomerSort;
  order?: 'asc' | 'desc';
  q?: string;
  ownerId?: string;
  departmentId?: string;
  status?: CustomerStatus;
  level?: CustomerLevel;
  industry?: string;
  region?: string;
  createdFrom?: string;
  createdTo?: string;
  missing?: CustomerKeyField;
};

export type CustomerFields = {
  name: string;
  phone?: string | null;
  email?: string | null;
  industry?: string | null;
  source?: string | null;
  level?: CustomerLevel | null;
  requirement?: string | null;
  region?: string | null;
  address?: string | null;
};

export type NewCustomer = CustomerFields & { status?: CustomerStatus; ownerId?: string | null };
export type CreatedCustomer = Customer & { duplicateHints: DuplicateHint[] };

export function listCustomers(query: CustomerListQuery): Promise<Page<Customer>> {
  return request('GET', withQuery(BASE, query));
}

export function getCustomer(id: string): Promise<Customer> {
  return request('GET', one(id));
}

export function createCustomer(customer: NewCustomer): Promise<CreatedCustomer> {
  return request('POST', BASE, customer);
}

export function updateCustomer(
  id: string,
  changes: Partial<CustomerFields> & { version: number },
): Promise<Customer> {
  return request('PATCH', one(id), changes);
}

export function changeCustomerStatus(
  id: string,
  change: { version: number; status: CustomerStatus; effectiveAt?: string },
): Promise<Customer> {
  return request('POST', `${one(id)}/status`, change);
}

export function deleteCustomer(id: string, version: number): Promise<void> {
  return request('DELETE', withQuery(one(id), { version }));
}

export function assignCustomer(id: string, version: number, ownerId: string): Promise<Customer> {
  return request('POST', `${one(id)}/assign`, { version, ownerId });
}

export function releaseCustomer(id: string, version: number, reason?: string): Promise<Customer> {
  return request('POST', `${one(id)}/release`, { version, reason });
}

export function customerTimeline(
  id: string,
  page: number,
  pageSize = 20,
): Promise<Page<TimelineItem>> {
  return request('GET', withQuery(`${one(id)}/timeline`, { page, pageSize }));
}

/** `GET …/:id/history` of any record: `historyPath('customers', id)`. */
export function recordHistory(
  path: string,
  page: number,
  pageSize = 20,
): Promise<Page<HistoryEntry>> {
  return request('GET', withQuery(path, { page, pageSize }));
}

export function listCollaborators(id: string): Promise<Collaborator[]> {
  return request<{ items: Collaborator[] }>('GET', `${one(id)}/collaborators`).then(
    (result) => result.items,
  );
}

export function shareCustomer(
  id: string,
  share: { userId: string; access: 'read' | 'write'; until?: string | null },
): Promise<unknown> {
  return request('POST', `${one(id)}/collaborators`, share);
}

export function unshareCustomer(id: string, userId: string): Promise<void> {
  return request('DELETE', `${one(id)}/collaborators/${encodeURIComponent(userId)}`);
}

/** The customers list total for one key field left empty (workbench hints). */
