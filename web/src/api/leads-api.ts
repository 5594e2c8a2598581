import { request } from './api-client';
import type { Page } from './api-types';
import { listPage, recordPath } from './record-api';
import type { Access } from './crm-types';
import type { ListOrder } from './record-api';

export const LEAD_STATUSES = ['new', 'working', 'converted', 'disqualified'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_SORTS = ['company', 'createdAt', 'updatedAt', 'closedAt'] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];

export type Lead = {
  id: string;
  company: string;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  industry: string | null;
  region: string | null;
  requirement: string | null;
  campaignId: string | null;
  sourceUserId: string | null;
  ownerId: string | null;
  status: LeadStatus;
  disqualifyReason: string | null;
  qualityRating: number | null;
  closedAt: string | null;
  closedBy: string | null;
  customerId: string | null;
  contactId: string | null;
  opportunityId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};

import type { DuplicateHint } from './crm-types';

export type { DuplicateHint };

export type LeadListQuery = {
  page: number;
  pageSize: number;
  sort?: LeadSort;
  order?: ListOrder;
  q?: string;
  status?: LeadStatus;
  ownerId?: string;
  sourceUserId?: string;
  campaignId?: string;
  createdFrom?: string;
  createdTo?: string;
  closedFrom?: string;
  closedTo?: string;
};

export type LeadFields = {
  company: string;
  contactName?: string | null;
  phone?: string | null;
  email?: string | null;
  industry?: string | null;
  region?: string | null;
  requirement?: string | null;
  campaignId?: string | null;
};

export type NewOpportunity = {
  name: string;
  amountCents: number;
  currency?: string;
  stageId?: string;
  expectedCloseOn?: string | null;
};

export type LeadConversion = {
  version: number;
  qualityRating: number;
  customer: {
    name?: string;
    phone?: string | null;
    email?: string | null;
    industry?: string | null;
    region?: string | null;
    requirement?: string | null;
  };
  contact: { name?: string; title?: string | null; phone?: string | null; email?: string | null };
  opportunity?: NewOpportunity;
};

const path = (id: string) => recordPath('leads', id);

export const listLeads = (query: LeadListQuery): Promise<Page<Lead>> =>
  listPage<Lead>('/api/v1/leads', query);

export const getLead = (id: string) => request<Lead>('GET', path(id));

export const createLead = (fields: LeadFields) =>
  request<Lead & { duplicateHints: DuplicateHint[] }>('POST', '/api/v1/leads', fields);

export const updateLead = (
  id: string,
  changes: Partial<LeadFields> & { version: number; status?: LeadStatus },
) => request<Lead>('PATCH', path(id), changes);

export const assignLead = (id: string, version: number, ownerId: string) =>
  request<Lead>('POST', `${path(id)}/assign`, { version, ownerId });

export const convertLead = (id: string, conversion: LeadConversion) =>
  request<Lead>('POST', `${path(id)}/convert`, conversion);

export const disqualifyLead = (
  id: string,
  version: number,
  reason: string,
  qualityRating: number,
) => request<Lead>('POST', `${path(id)}/disqualify`, { version, reason, qualityRating });
