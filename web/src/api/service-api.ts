import { request, withQuery } from './api-client';
import type { Page } from './api-types';
import type {
  Campaign,
  CampaignChannel,
  CampaignStatus,
  Feedback,
  FeedbackStatus,
  Ticket,
  TicketPriority,
  TicketReply,
  TicketStatus,
} from './service-types';

/** Tickets, product feedback and campaigns. */

type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
  q?: string;
};
const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

const TICKETS = '/api/v1/tickets';

export type TicketListQuery = ListQuery & {
  status?: TicketStatus;
  priority?: TicketPriority;
  assigneeId?: string;
  customerId?: string;
};
export type TicketFields = {
  title: string;
  description?: string | null;
  priority: TicketPriority;
  customerId?: string | null;
  assigneeId?: string | null;
};

export const listTickets = (query: TicketListQuery): Promise<Page<Ticket>> =>
  request('GET', withQuery(TICKETS, query));
export const getTicket = (id: string): Promise<Ticket> => request('GET', at(TICKETS, id));
export const createTicket = (ticket: TicketFields): Promise<Ticket> =>
  request('POST', TICKETS, ticket);
export const updateTicket = (
  id: string,
  changes: Partial<TicketFields> & { version: number },
): Promise<Ticket> => request('PATCH', at(TICKETS, id), changes);
export const resolveTicket = (id: string, version: number): Promise<Ticket> =>
  request('POST', `${at(TICKETS, id)}/resolve`, { version });
export const changeTicketStatus = (
  id: string,
  version: number,
  status: 'open' | 'pending' | 'closed',
): Promise<Ticket> => request('POST', `${at(TICKETS, id)}/status`, { version, status });
export const rateTicket = (id: string, rating: number, comment?: string): Promise<Ticket> =>
  request('POST', `${at(TICKETS, id)}/rating`, { rating, comment });
export const listReplies = (id: string): Promise<Page<TicketReply>> =>
  request('GET', withQuery(`${at(TICKETS, id)}/replies`, { pageSize: 200 }));
export const addReply = (id: string, body: string): Promise<TicketReply> =>
  request('POST', `${at(TICKETS, id)}/replies`, { body });

const FEEDBACK = '/api/v1/feedback';

export type FeedbackListQuery = ListQuery & { status?: FeedbackStatus; customerId?: string };
export type FeedbackFields = { title: string; content: string; customerId?: string | null };

export const listFeedback = (query: FeedbackListQuery): Promise<Page<Feedback>> =>
  request('GET', withQuery(FEEDBACK, query));
export const getFeedback = (id: string): Promise<Feedback> => request('GET', at(FEEDBACK, id));
export const createFeedback = (feedback: FeedbackFields): Promise<Feedback> =>
  request('POST', FEEDBACK, feedback);
export const updateFeedback = (
  id: string,
  changes: Partial<FeedbackFields> & { version: number },
): Promise<Feedback> => request('PATCH', at(FEEDBACK, id), changes);
export const reviewFeedback = (id: string, version: number): Promise<Feedback> =>
  request('POST', `${at(FEEDBACK, id)}/review`, { version });
export const decideFeedback = (
  id: string,
  decision: { version: number; status: 'adopted' | 'rejected'; note?: string },
): Promise<Feedback> => request('POST', `${at(FEEDBACK, id)}/decision`, decision);

const CAMPAIGNS = '/api/v1/campaigns';

export type CampaignListQuery = ListQuery & { channel?: CampaignChannel; status?: CampaignStatus };
export type CampaignFields = {
  name: string;
  channel: CampaignChannel;
  startOn: string;
  endOn?: string | null;
  budgetCents: number;
  currency?: string;
  status: CampaignStatus;
  description?: string | null;
};

export const listCampaigns = (query: CampaignListQuery): Promise<Page<Campaign>> =>
  request('GET', withQuery(CAMPAIGNS, query));
export const createCampaign = (campaign: CampaignFields): Promise<Campaign> =>
  request('POST', CAMPAIGNS, campaign);
export const updateCampaign = (
  id: string,
  changes: Partial<CampaignFields> & { version: number },
): Promise<Campaign> => request('PATCH', at(CAMPAIGNS, id), changes);
