import { request } from './api-client';
import type { Page } from './api-types';
import { listPage, recordPath } from './record-api';
import type { Access, Activity, Collaborator } from './crm-types';
import type { ListOrder } from './record-api';
import type { NewOpportunity } from './leads-api';

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const OPPORTUNITY_SORTS = [
  'name',
  'amountCents',
  'createdAt',
  'updatedAt',
  'expectedCloseOn',
  'closedAt',
] as const;
export type OpportunitySort = (typeof OPPORTUNITY_SORTS)[number];

export type Opportunity = {
  id: string;
  customerId: string;
  /** On reads: the customer's name (null when not readable) and the owner's. */
  customerName?: string | null;
  ownerName?: string | null;
  name: string;
  amountCents: number;
  currency: string;
  stageId: string;
  status: OpportunityStatus;
  expectedCloseOn: string | null;
  closedAt: string | null;
  closeReason: string | null;
  ownerId: string;
  lastTouchedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};

export type Stage = {
  id: string;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
  winProbability: number;
  kind: OpportunityStatus;
  active: boolean;
};

export type StageChange = {
  id: string;
  fromStageId: string | null;
  toStageId: string;
  toStatus: OpportunityStatus;
  effectiveAt: string;
  recordedAt: string;
  actorId: string | null;
  reason: string | null;
  timely: boolean;
};

export type OpportunityListQuery = {
  page: number;
  pageSize: number;
  sort?: OpportunitySort;
  order?: ListOrder;
  q?: string;
  status?: OpportunityStatus;
  stageId?: string;
  ownerId?: string;
  customerId?: string;
  expectedCloseFrom?: string;
  expectedCloseTo?: string;
};

export type OpportunityChanges = {
  version: number;
  name?: string;
  amountCents?: number;
  expectedCloseOn?: string | null;
  ownerId?: string;
};

export type StageMove = { version: number; stageId: string; effectiveAt?: string; reason?: string };

const path = (id: string) => recordPath('opportunities', id);

export const listOpportunities = (query: OpportunityListQuery): Promise<Page<Opportunity>> =>
  listPage<Opportunity>('/api/v1/opportunities', query);

export const getOpportunity = (id: string) => request<Opportunity>('GET', path(id));

export const createOpportunity = (fields: NewOpportunity & { customerId: string }) =>
  request<Opportunity>('POST', '/api/v1/opportunities', fields);

export const updateOpportunity = (id: string, changes: OpportunityChanges) =>
  request<Opportunity>('PATCH', path(id), changes);

export const moveOpportunity = (id: string, move: StageMove) =>
  request<Opportunity>('POST', `${path(id)}/stage`, move);

export const listStageChanges = (id: string) =>
  listPage<StageChange>(`${path(id)}/stages`, { page: 1, pageSize: 200 });

export const listCollaborators = (id: string) =>
  request<{ items: Collaborator[] }>('GET', `${path(id)}/collaborators`);

export const listRecordActivities = (recordType: string, recordId: string) =>
  listPage<Activity>('/api/v1/activities', { recordType, recordId, pageSize: 50 });

export async function listStages(): Promise<Stage[]> {
  const { items } = await request<{ items: Stage[] }>('GET', '/api/v1/pipeline-stages');
  return items;
}
