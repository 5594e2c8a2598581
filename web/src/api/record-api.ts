import { request, withQuery } from './api-client';
import type { Page } from './api-types';

/** Shared calls of the sales record endpoints (leads, opportunities, contracts, payments). */

export type ListOrder = 'asc' | 'desc';

/** Query values a list endpoint takes (undefined and '' are left out of the URL). */
export type ListParams = Record<string, string | number | boolean | undefined>;

export type NamedRecord = { id: string; name: string };

export function listPage<T>(path: string, params: ListParams): Promise<Page<T>> {
  return request<Page<T>>('GET', withQuery(path, params));
}

/** Campaigns by name, for pickers and filters. */
export function searchCampaigns(q: string): Promise<Page<NamedRecord>> {
  return listPage<NamedRecord>('/api/v1/campaigns', { q, pageSize: 50, sort: 'name' });
}

export const recordPath = (collection: string, id: string) =>
  `/api/v1/${collection}/${encodeURIComponent(id)}`;
