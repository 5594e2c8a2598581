import { api, type BodyOf, type ItemOf, type Page, type PathsWith } from './api-client';

/** Shared calls of the record endpoints: history, collaborators, pickers. */

export type NamedRecord = { id: string; name: string };

/** The collections whose records answer `GET /api/v1/<collection>/{id}<suffix>`. */
type CollectionOf<Suffix extends string> =
  PathsWith<'get'> extends infer P
    ? P extends `/api/v1/${infer C}/{id}${Suffix}`
      ? C
      : never
    : never;

/** Collections that keep a field-level change log. */
export type HistoryCollection = CollectionOf<'/history'>;
export type HistoryEntry = ItemOf<'/api/v1/customers/{id}/history'>;

/** `GET /api/v1/<collection>/{id}/history`, newest first. */
export const recordHistory = (collection: HistoryCollection, id: string, page: number) =>
  api.get(`/api/v1/${collection}/{id}/history` as const, {
    path: { id },
    query: { page, pageSize: 20 },
  });

/** Collections whose records can be shared with colleagues (协作人). */
export type SharedCollection = CollectionOf<'/collaborators'>;
export type Collaborator = ItemOf<'/api/v1/customers/{id}/collaborators'>;
export type Share = BodyOf<'/api/v1/customers/{id}/collaborators', 'post'>;

export const listCollaborators = async (collection: SharedCollection, id: string) =>
  (await api.get(`/api/v1/${collection}/{id}/collaborators` as const, { path: { id } })).items;

export const shareRecord = (collection: SharedCollection, id: string, body: Share) =>
  api.post(`/api/v1/${collection}/{id}/collaborators` as const, { path: { id }, body });

export const unshareRecord = (collection: SharedCollection, id: string, userId: string) =>
  api.delete(`/api/v1/${collection}/{id}/collaborators/{userId}` as const, {
    path: { id, userId },
  });

/** Campaigns by name, for pickers and filters. */
export const searchCampaigns = async (q: string): Promise<Page<NamedRecord>> =>
  api.get('/api/v1/campaigns', { query: { q, pageSize: 50, sort: 'name' } });
