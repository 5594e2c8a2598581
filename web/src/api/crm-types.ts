/** Types of the CRM records the web app reads, as the API returns them. */

export type Access = 'read' | 'write';

export const CUSTOMER_STATUSES = ['potential', 'intent', 'deal', 'dormant', 'lost'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export const CUSTOMER_LEVELS = ['A', 'B', 'C'] as const;
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];
/** Key fields a customer list can be narrowed to "missing". */
export const CUSTOMER_KEY_FIELDS = [
  'phone',
  'email',
  'industry',
  'source',
  'requirement',
  'region',
  'level',
] as const;
export type CustomerKeyField = (typeof CUSTOMER_KEY_FIELDS)[number];

export type Customer = {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  industry: string | null;
  source: string | null;
  level: CustomerLevel | null;
  status: CustomerStatus;
  requirement: string | null;
  region: string | null;
  address: string | null;
  ownerId: string | null;
  ownerSince: string | null;
  poolEnteredAt: string | null;
  lastFollowUpAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};

export type DuplicateEntity = 'customer' | 'lead' | 'contact';
export type DuplicateMatch = 'phone' | 'email' | 'name';

/** A likely duplicate: named when the user may see it, otherwise only said to exist. */
export type DuplicateHint =
  | { visible: true; entity: DuplicateEntity; id: string; name: string; matchedBy: DuplicateMatch }
  | { visible: false; entity: DuplicateEntity; matchedBy: DuplicateMatch };

export type Contact = {
  id: string;
  customerId: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: boolean;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};

export const ACTIVITY_TYPES = ['call', 'visit', 'meeting', 'email', 'message', 'note'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type RecordType = 'lead' | 'customer' | 'opportunity';

export type Plan = {
  id: string;
  recordType: RecordType;
  recordId: string;
  customerId: string | null;
  ownerId: string;
  dueAt: string;
  note: string | null;
  status: 'open' | 'completed';
  version: number;
  access: Access;
};

export type Activity = {
  id: string;
  type: ActivityType;
  recordType: RecordType;
  recordId: string;
  customerId: string | null;
  content: string;
  occurredAt: string;
  recordedAt: string;
  actorId: string;
  valid: boolean;
  timely: boolean;
  access: Access;
};

export type Opportunity = {
  id: string;
  customerId: string;
  name: string;
  amountCents: number;
  currency: string;
  stageId: string;
  status: 'open' | 'won' | 'lost';
  expectedCloseOn: string | null;
  ownerId: string;
  lastTouchedAt: string | null;
  createdAt: string;
  updatedAt: string;
  access: Access;
};

export type Contract = {
  id: string;
  customerId: string;
  number: string;
  title: string;
  amountCents: number;
  currency: string;
  signedOn: string;
  balanceCents: number;
  access: Access;
};

export const TIMELINE_KINDS = [
  'activity',
  'stage_change',
  'contract',
  'payment',
  'ticket',
  'feedback',
] as const;
export type TimelineItem = {
  kind: (typeof TIMELINE_KINDS)[number];
  id: string;
  at: string;
  allDay: boolean;
  title: string;
  summary: string | null;
  actorId: string | null;
  refId: string | null;
  amountCents: number | null;
  currency: string | null;
};

export type HistoryEntry = {
  id: string;
  action: 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'reveal';
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actorId: string | null;
  at: string;
};

export type Collaborator = {
  userId: string;
  userName: string;
  access: Access;
  until: string | null;
  expired: boolean;
};
