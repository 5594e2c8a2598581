import { request } from './api-client';
import type { Access, Collaborator } from './crm-types';

/** 协作人 of any shared record, by the record's API path (e.g. `/api/v1/opportunities/<id>`). */

export type Share = { userId: string; access: Access; until?: string | null };

export const collaboratorsPath = (recordPath: string) => `${recordPath}/collaborators`;

export async function listRecordCollaborators(recordPath: string): Promise<Collaborator[]> {
  const { items } = await request<{ items: Collaborator[] }>('GET', collaboratorsPath(recordPath));
  return items;
}

export const shareRecord = (recordPath: string, share: Share) =>
  request<Collaborator>('POST', collaboratorsPath(recordPath), share);

export const unshareRecord = (recordPath: string, userId: string) =>
  request<void>('DELETE', `${collaboratorsPath(recordPath)}/${encodeURIComponent(userId)}`);
