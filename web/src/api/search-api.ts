import { request, withQuery } from './api-client';
import type { Customer, DuplicateEntity, DuplicateHint } from './crm-types';
import type { Lead } from './leads-api';

export type SearchType = 'customer' | 'contact' | 'lead' | 'opportunity' | 'contract' | 'ticket';

export type SearchGroup = {
  type: SearchType;
  items: { id: string; title: string; detail: string | null; link: string }[];
  more: boolean;
};

export const searchRecords = (q: string) =>
  request<{ groups: SearchGroup[] }>('GET', withQuery('/api/v1/search', { q, limit: 5 }));

export type DuplicateQuery = {
  entity: DuplicateEntity;
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  customerId?: string | undefined;
};

export const likelyDuplicates = (query: DuplicateQuery) =>
  request<{ items: DuplicateHint[] }>('GET', withQuery('/api/v1/duplicates', query));

export type MergeBody = { duplicateId: string; version: number; duplicateVersion: number };

export const mergeCustomers = (survivorId: string, body: MergeBody) =>
  request<Customer>('POST', `/api/v1/customers/${encodeURIComponent(survivorId)}/merge`, body);

export const mergeLeads = (survivorId: string, body: MergeBody) =>
  request<Lead>('POST', `/api/v1/leads/${encodeURIComponent(survivorId)}/merge`, body);
