import { request, withQuery } from './api-client';
import type { Page } from './api-types';
import type { Contract, Opportunity } from './crm-types';

/** Read-only look-ups of records owned by other areas, for the workbench and customer pages. */
export function listOpportunities(query: {
  customerId?: string;
  ownerId?: string;
  status?: 'open' | 'won' | 'lost';
  sort?: 'updatedAt' | 'createdAt' | 'expectedCloseOn' | 'amountCents';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}): Promise<Page<Opportunity>> {
  return request('GET', withQuery('/api/v1/opportunities', query));
}

export function listContracts(query: {
  customerId?: string;
  page?: number;
  pageSize?: number;
}): Promise<Page<Contract>> {
  return request('GET', withQuery('/api/v1/contracts', query));
}
