import { api, type BodyOf, type ItemOf, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';

export type Lead = ItemOf<'/api/v1/leads'>;
export type LeadStatus = Lead['status'];
export const LEAD_STATUSES = enumValues['get /api/v1/leads response.items.status'];
export type LeadListQuery = QueryOf<'/api/v1/leads', 'get'>;
export type LeadSort = NonNullable<LeadListQuery['sort']>;
export const LEAD_SORTS = enumValues['get /api/v1/leads query.sort'];
export type LeadFields = BodyOf<'/api/v1/leads', 'post'>;
export type LeadChanges = BodyOf<'/api/v1/leads/{id}', 'patch'>;
export type LeadConversion = BodyOf<'/api/v1/leads/{id}/convert', 'post'>;

const path = (id: string) => ({ path: { id } });

export const listLeads = (query: LeadListQuery) => api.get('/api/v1/leads', { query });

export const getLead = (id: string) => api.get('/api/v1/leads/{id}', path(id));

export const createLead = (body: LeadFields) => api.post('/api/v1/leads', { body });

export const updateLead = (id: string, body: LeadChanges) =>
  api.patch('/api/v1/leads/{id}', { ...path(id), body });

export const assignLead = (id: string, version: number, ownerId: string) =>
  api.post('/api/v1/leads/{id}/assign', { ...path(id), body: { version, ownerId } });

export const convertLead = (id: string, body: LeadConversion) =>
  api.post('/api/v1/leads/{id}/convert', { ...path(id), body });

export const disqualifyLead = (
  id: string,
  version: number,
  reason: string,
  qualityRating: number,
) =>
  api.post('/api/v1/leads/{id}/disqualify', {
    ...path(id),
    body: { version, reason, qualityRating },
  });
