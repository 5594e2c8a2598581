import type { Access } from './crm-types';

export const TICKET_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export type Ticket = {
  id: string;
  customerId: string | null;
  /** On reads: the customer's name, null when none or not readable by the user. */
  customerName?: string | null;
  contactId: string | null;
  title: string;
  description: string | null;
  priority: TicketPriority;
  status: TicketStatus;
  assigneeId: string | null;
  assigneeName?: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  rating: number | null;
  ratingComment: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};

export type TicketReply = {
  id: string;
  ticketId: string;
  authorId: string;
  body: string;
  createdAt: string;
};

export const FEEDBACK_STATUSES = ['new', 'reviewing', 'adopted', 'rejected'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export type Feedback = {
  id: string;
  title: string;
  content: string;
  reporterId: string;
  reporterName?: string | null;
  ticketId: string | null;
  customerId: string | null;
  /** On reads: the customer's name, null when none or not readable by the user. */
  customerName?: string | null;
  status: FeedbackStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};

export const CAMPAIGN_CHANNELS = [
  'exhibition',
  'online_ads',
  'webinar',
  'content',
  'referral',
  'email',
  'other',
] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];
export const CAMPAIGN_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export type Campaign = {
  id: string;
  name: string;
  channel: CampaignChannel;
  ownerId: string;
  startOn: string;
  endOn: string | null;
  budgetCents: number;
  currency: string;
  status: CampaignStatus;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};
