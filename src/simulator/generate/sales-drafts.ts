import type {
  CustomerLevel,
  CustomerStatus,
  OpportunityStatus,
} from '../../db/tables/crm.table.js';

/** A customer as the seller's year shapes it; rows are written once the year is complete. */
export type CustomerDraft = {
  id: string;
  createdMs: number;
  createdBy: string;
  name: string;
  phone: string | null;
  email: string | null;
  industry: string | null;
  source: string | null;
  level: CustomerLevel | null;
  requirement: string | null;
  region: string | null;
  address: string | null;
  contacts: { id: string; name: string; title: string | null; phone: string | null }[];
  statusChanges: StatusChangeDraft[];
  opportunities: OpportunityDraft[];
  /** Gamers' create-then-delete (Q7): deleted within a day of creation. */
  deletedMs: number | null;
  /** Created by converting a lead (source 'lead'). */
  fromLeadId: string | null;
  /** A fabricated duplicate (Q2) of this earlier customer of the same seller. */
  duplicateOfId: string | null;
};

export type StatusChangeDraft = {
  from: CustomerStatus;
  to: CustomerStatus;
  effectiveMs: number;
  recordedMs: number;
};

export type StageEventDraft = {
  fromStageId: string | null;
  toStageId: string;
  fromStatus: OpportunityStatus | null;
  toStatus: OpportunityStatus;
  effectiveMs: number;
  recordedMs: number;
  reason: string | null;
};

export type OpportunityDraft = {
  id: string;
  customerId: string;
  name: string;
  amountCents: number;
  createdMs: number;
  expectedCloseOn: string;
  stages: StageEventDraft[];
};

export type ActivityDraft = {
  id: string;
  type: 'call' | 'visit' | 'meeting' | 'email' | 'message' | 'note';
  recordType: 'customer' | 'opportunity' | 'lead';
  recordId: string;
  customerId: string | null;
  content: string;
  occurredMs: number;
  recordedMs: number;
  deletedMs: number | null;
  /** Set when this activity was meant to carry out a plan made by the previous one. */
  plan: PlanDraft | null;
  valid: 0 | 1;
};

export type PlanDraft = {
  id: string;
  recordType: ActivityDraft['recordType'];
  recordId: string;
  customerId: string | null;
  dueMs: number;
  createdMs: number;
  note: string;
  completedMs: number | null;
  completedBy: string | null;
  completedRecordedMs: number | null;
};
