import type { ColumnType, Generated } from 'kysely';
import type { CalendarDate, Flag, Timestamp } from './organisation.table.js';
import type { FillableField } from '../customer-field-filled.js';

/** Set only by an import (migration 0013); other writers leave it out. */
type ImportedBy = ColumnType<string | null, string | null | undefined, string | null>;

/** Columns every editable CRM record has. */
type Audited = {
  version: Generated<number>;
  createdBy: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Soft delete: the row stays for history and for the create-then-delete rule. */
  deletedAt: Timestamp | null;
};

export type CustomerLevel = 'A' | 'B' | 'C';
export type CustomerStatus = 'potential' | 'intent' | 'deal' | 'dormant' | 'lost';

export type CustomersTable = Audited & {
  id: string;
  name: string;
  /** Name with spaces, punctuation and company suffixes removed (duplicate rule Q2). */
  nameKey: string;
  phone: string | null;
  /** Digits only, leading 86 dropped (Q2). */
  phoneKey: string | null;
  email: string | null;
  industry: string | null;
  source: string | null;
  level: CustomerLevel | null;
  status: CustomerStatus;
  requirement: string | null;
  region: string | null;
  address: string | null;
  /** null while the customer is in the public pool (公海). */
  ownerId: string | null;
  /** When the current owner got it: the start of its latest ownership period (metrics read it). */
  ownerSince: Timestamp | null;
  /** The last owner before release to the pool, for the reclaim cool-down. */
  previousOwnerId: string | null;
  poolEnteredAt: Timestamp | null;
  /** Occurred time of the latest valid follow-up, for pool return rules. */
  lastFollowUpAt: Timestamp | null;
  /** Signed date of the latest contract, for pool return rules ("without a deal"). */
  lastDealOn: CalendarDate | null;
  /** 1 while it carries an open data-quality flag of any rule; kept by triggers (record-flags.ts). */
  flagged: Generated<Flag>;
  /** Which fillable fields are not blank, a bit each; kept by triggers: customer-field-filled.ts */
  filledFields: Generated<number>;
  /** Which fillable fields carry an open Q1 placeholder flag, a bit each; kept by triggers: customer-placeholder-fields.ts */
  placeholderFields: Generated<number>;
  /** How many of its opportunities are live and open; kept by triggers: customer-open-opportunities.ts */
  openOpportunities: Generated<number>;
  /** When any of its opportunities was last created, touched or deleted; kept by the same triggers. */
  opportunitiesChangedAt: Generated<Timestamp | null>;
  /** Signed date of its earliest contract not deleted; kept by triggers: customer-first-contract.ts */
  firstContractOn: Generated<CalendarDate | null>;
};

export type CustomerStatusChangesTable = {
  id: string;
  customerId: string;
  fromStatus: CustomerStatus | null;
  toStatus: CustomerStatus;
  effectiveAt: Timestamp;
  recordedAt: Timestamp;
  actorId: string | null;
  /** Owner of the customer when the change happened. */
  ownerId: string | null;
  /** recorded − effective ≤ 24 h, stored at write time for the timeliness metric. */
  timely: Flag;
};

/** Who owned a record when: one row per ownership interval [startedAt, endedAt). */
export type OwnershipPeriodsTable = {
  id: string;
  entity: 'customer' | 'opportunity' | 'lead' | 'contract';
  recordId: string;
  ownerId: string;
  startedAt: Timestamp;
  endedAt: Timestamp | null;
};

export type CollaboratorsTable = {
  id: string;
  entity: 'customer' | 'opportunity';
  recordId: string;
  userId: string;
  access: 'read' | 'write';
  until: Timestamp | null;
  createdBy: string | null;
  createdAt: Timestamp;
};

export type ContactsTable = Audited & {
  id: string;
  customerId: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: Flag;
  note: string | null;
};

export type CampaignsTable = Audited & {
  id: string;
  name: string;
  channel: string;
  ownerId: string;
  startOn: CalendarDate;
  endOn: CalendarDate | null;
  budgetCents: number;
  currency: string;
  status: 'planned' | 'running' | 'finished' | 'cancelled';
  description: string | null;
};

export type LeadStatus = 'new' | 'working' | 'converted' | 'disqualified';

export type LeadsTable = Audited & {
  id: string;
  company: string;
  nameKey: string;
  contactName: string | null;
  phone: string | null;
  phoneKey: string | null;
  email: string | null;
  industry: string | null;
  region: string | null;
  requirement: string | null;
  campaignId: string | null;
  /** Who brought the lead in (marketing, usually). */
  sourceUserId: string | null;
  ownerId: string | null;
  status: LeadStatus;
  disqualifyReason: string | null;
  /** 1–5, given by the closer on converting or disqualifying. */
  qualityRating: number | null;
  closedAt: Timestamp | null;
  closedBy: string | null;
  customerId: string | null;
  contactId: string | null;
  opportunityId: string | null;
  /** 1 while it carries an open data-quality flag of any rule; kept by triggers (record-flags.ts). */
  flagged: Generated<Flag>;
};

export type PipelineStagesTable = {
  id: string;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
  /** 0–100. */
  winProbability: number;
  kind: 'open' | 'won' | 'lost';
  active: Flag;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type OpportunityStatus = 'open' | 'won' | 'lost';

export type OpportunitiesTable = Audited & {
  id: string;
  customerId: string;
  name: string;
  amountCents: number;
  currency: string;
  stageId: string;
  status: OpportunityStatus;
  expectedCloseOn: CalendarDate | null;
  /** effective time of the closing stage change (won or lost). */
  closedAt: Timestamp | null;
  closeReason: string | null;
  ownerId: string;
  /** When the current owner got it: the start of its latest ownership period (metrics read it). */
  ownerSince: Timestamp | null;
  /** Latest valid activity or stage change (effective time), for the stale-pipeline view. */
  lastTouchedAt: Timestamp | null;
};

export type StageChangesTable = {
  id: string;
  opportunityId: string;
  fromStageId: string | null;
  toStageId: string;
  fromStatus: OpportunityStatus | null;
  toStatus: OpportunityStatus;
  effectiveAt: Timestamp;
  recordedAt: Timestamp;
  actorId: string | null;
  ownerId: string;
  reason: string | null;
  timely: Flag;
  /**
   * When the opportunity's next change of status took effect, for a change of status; kept by
   * triggers (src/db/stage-change-superseded.ts).
   */
  supersededAt: Generated<Timestamp | null>;
};

export type ActivityType = 'call' | 'visit' | 'meeting' | 'email' | 'message' | 'note';
export type RecordType = 'lead' | 'customer' | 'opportunity';

export type ActivitiesTable = {
  id: string;
  type: ActivityType;
  recordType: RecordType;
  recordId: string;
  /** The customer the record belongs to (itself, or an opportunity's customer); null for leads. */
  customerId: string | null;
  content: string;
  occurredAt: Timestamp;
  recordedAt: Timestamp;
  actorId: string;
  /** Owner of the record when the activity happened. */
  ownerId: string | null;
  /** 0 when a data-quality rule (thin, copy-paste) makes it invalid; maintained with the flags. */
  valid: Flag;
  /** recorded − occurred ≤ 24 h. */
  timely: Flag;
  planId: string | null;
  deletedAt: Timestamp | null;
  /** The import that made it: recorded by nobody, so neither late (Q6, timeliness) nor a burst. */
  importJobId: ImportedBy;
  /** 1 while it carries an open data-quality flag of any rule; kept by triggers (record-flags.ts). */
  flagged: Generated<Flag>;
  /**
   * `contentKey(content)` (Q4's normal form as a 32-bit key), written with the content by every
   * writer; 0 on a row inserted without it, which the Q4 lookup then takes as a candidate always.
   */
  contentKey: Generated<number>;
};

/**
 * A person's activities added up for one org-zone day (src/db/activity-day-totals.ts), kept by
 * triggers: contacts by the day they happened; timed events, timely ones, records created and
 * flagged ones by the day they were recorded.
 */
export type ActivityDayTotalsTable = {
  actorId: string;
  day: CalendarDate;
  contacts: number;
  events: number;
  timely: number;
  created: number;
  flagged: number;
};

/**
 * A live opportunity, contract or follow-up plan whose owner is not its customer's owner
 * (src/db/cross-owner-records.ts), kept by triggers: implicit parent access reads these.
 */
export type CrossOwnerRecordsTable = {
  recordType: 'opportunity' | 'contract' | 'plan';
  recordId: string;
  ownerId: string;
  customerId: string;
};

/**
 * A person's follow-up plans added up for one org-zone day of their due time
 * (src/db/plan-day-totals.ts), kept by triggers: the plans plan_execution counts and the executed
 * ones among them.
 */
export type PlanDayTotalsTable = {
  ownerId: string;
  day: CalendarDate;
  plans: number;
  executed: number;
};

/**
 * An owner's live customers, how many of them have each fillable field filled and how many are key
 * now (src/db/customer-owner-totals.ts), kept by triggers.
 */
export type CustomerOwnerTotalsTable = {
  ownerId: string;
  customers: number;
  keyCustomers: number;
} & {
  [Field in FillableField as `${Field}Filled`]: number;
};

/**
 * An owner's key-now customers last followed up on one org-zone day
 * (src/db/key-customer-day-totals.ts), kept by triggers.
 */
export type KeyCustomerDayTotalsTable = { ownerId: string; day: CalendarDate; customers: number };

/** The offsets of the zone whose days activity_day_totals counts: from `fromAt` on, `offsetMinutes`. */
export type OrgZoneOffsetsTable = {
  fromAt: Timestamp;
  offsetMinutes: number;
  zone: string;
};

export type FollowUpPlansTable = Audited & {
  id: string;
  recordType: RecordType;
  recordId: string;
  customerId: string | null;
  ownerId: string;
  dueAt: Timestamp;
  note: string | null;
  completedAt: Timestamp | null;
  completedByActivityId: string | null;
  /** plan_execution's "done" as it stands now, kept by triggers (src/db/plan-execution.ts). */
  executed: Generated<Flag>;
};

export type ProductsTable = Audited & {
  id: string;
  name: string;
  code: string | null;
  unitPriceCents: number;
  currency: string;
  active: Flag;
};

export type ContractsTable = Audited & {
  id: string;
  customerId: string;
  opportunityId: string | null;
  number: string;
  title: string;
  amountCents: number;
  currency: string;
  signedOn: CalendarDate;
  startOn: CalendarDate | null;
  endOn: CalendarDate | null;
  /** The contract this one renews, if it is a renewal. */
  renewalOf: string | null;
  ownerId: string;
  /** Sum of payments, kept with each payment so that balances and the collection metric are cheap. */
  paidCents: number;
  /** received_on of the payment that brought paid up to the amount. */
  fullyPaidOn: CalendarDate | null;
};

export type PaymentPlansTable = Audited & {
  id: string;
  contractId: string;
  dueOn: CalendarDate;
  amountCents: number;
  note: string | null;
};

export type PaymentsTable = Audited & {
  id: string;
  contractId: string;
  planId: string | null;
  amountCents: number;
  receivedOn: CalendarDate;
  recordedAt: Timestamp;
  method: string | null;
  /** Contract owner when the payment was received. */
  ownerId: string;
  timely: Flag;
  /** The import that made it: recorded by nobody, so never late for timeliness. */
  importJobId: ImportedBy;
};

export type TicketStatus = 'open' | 'pending' | 'resolved' | 'closed';

export type TicketsTable = Audited & {
  id: string;
  customerId: string | null;
  contactId: string | null;
  title: string;
  description: string | null;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  status: TicketStatus;
  assigneeId: string | null;
  firstResponseAt: Timestamp | null;
  resolvedAt: Timestamp | null;
  resolvedBy: string | null;
  rating: number | null;
  ratingComment: string | null;
};

export type TicketRepliesTable = {
  id: string;
  ticketId: string;
  authorId: string;
  body: string;
  createdAt: Timestamp;
};

export type FeedbackStatus = 'new' | 'reviewing' | 'adopted' | 'rejected';

export type FeedbackTable = Audited & {
  id: string;
  title: string;
  content: string;
  reporterId: string;
  ticketId: string | null;
  customerId: string | null;
  status: FeedbackStatus;
  decidedBy: string | null;
  decidedAt: Timestamp | null;
  decisionNote: string | null;
};

export type UsageEventKind =
  'customer_view' | 'report_view' | 'dashboard_view' | 'scorecard_view' | 'analysis_view';

export type UsageEventsTable = {
  id: string;
  userId: string;
  kind: UsageEventKind;
  entity: string | null;
  recordId: string | null;
  at: Timestamp;
  /** The organisation-zone calendar day of `at`, fixed at write time (for insight_days). */
  day: CalendarDate;
};

export type PoolRulesTable = {
  id: string;
  /** null: applies to every level without a rule of its own. */
  level: CustomerLevel | null;
  daysWithoutFollowUp: number | null;
  daysWithoutDeal: number | null;
  active: Flag;
  version: Generated<number>;
  updatedAt: Timestamp;
};

export type SearchEntity = 'customer' | 'contact' | 'lead' | 'opportunity' | 'contract' | 'ticket';

/** Kept by triggers (migration 0010): a record's lower-cased names and numbers, its phone digits. */
export type SearchEntriesTable = {
  entity: SearchEntity;
  recordId: string;
  text: string;
  phone: string;
};
