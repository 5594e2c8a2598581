import { api, type BodyOf, type ItemOf, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';

/** Tickets, product feedback and campaigns. */

const path = (id: string) => ({ path: { id } });

export type Ticket = ItemOf<'/api/v1/tickets'>;
export type TicketStatus = Ticket['status'];
export type TicketPriority = Ticket['priority'];
export const TICKET_STATUSES = enumValues['get /api/v1/tickets response.items.status'];
export const TICKET_PRIORITIES = enumValues['get /api/v1/tickets response.items.priority'];
export type TicketReply = ItemOf<'/api/v1/tickets/{id}/replies'>;
export type TicketListQuery = QueryOf<'/api/v1/tickets', 'get'>;
export type TicketFields = BodyOf<'/api/v1/tickets', 'post'>;

export const listTickets = (query: TicketListQuery) => api.get('/api/v1/tickets', { query });
export const getTicket = (id: string) => api.get('/api/v1/tickets/{id}', path(id));
export const createTicket = (body: TicketFields) => api.post('/api/v1/tickets', { body });
export const updateTicket = (id: string, body: BodyOf<'/api/v1/tickets/{id}', 'patch'>) =>
  api.patch('/api/v1/tickets/{id}', { ...path(id), body });
export const resolveTicket = (id: string, version: number) =>
  api.post('/api/v1/tickets/{id}/resolve', { ...path(id), body: { version } });
export const changeTicketStatus = (
  id: string,
  version: number,
  status: BodyOf<'/api/v1/tickets/{id}/status', 'post'>['status'],
) => api.post('/api/v1/tickets/{id}/status', { ...path(id), body: { version, status } });
export const rateTicket = (id: string, rating: number, comment?: string) =>
  api.post('/api/v1/tickets/{id}/rating', { ...path(id), body: { rating, comment } });
export const listReplies = (id: string) =>
  api.get('/api/v1/tickets/{id}/replies', { ...path(id), query: { pageSize: 200 } });
export const addReply = (id: string, body: string) =>
  api.post('/api/v1/tickets/{id}/replies', { ...path(id), body: { body } });

export type Feedback = ItemOf<'/api/v1/feedback'>;
export type FeedbackStatus = Feedback['status'];
export const FEEDBACK_STATUSES = enumValues['get /api/v1/feedback response.items.status'];
export type FeedbackListQuery = QueryOf<'/api/v1/feedback', 'get'>;
export type FeedbackFields = BodyOf<'/api/v1/feedback', 'post'>;

export const listFeedback = (query: FeedbackListQuery) => api.get('/api/v1/feedback', { query });
export const getFeedback = (id: string) => api.get('/api/v1/feedback/{id}', path(id));
export const createFeedback = (body: FeedbackFields) => api.post('/api/v1/feedback', { body });
export const updateFeedback = (id: string, body: BodyOf<'/api/v1/feedback/{id}', 'patch'>) =>
  api.patch('/api/v1/feedback/{id}', { ...path(id), body });
export const reviewFeedback = (id: string, version: number) =>
  api.post('/api/v1/feedback/{id}/review', { ...path(id), body: { version } });
export const decideFeedback = (
  id: string,
  body: BodyOf<'/api/v1/feedback/{id}/decision', 'post'>,
) => api.post('/api/v1/feedback/{id}/decision', { ...path(id), body });

export type Campaign = ItemOf<'/api/v1/campaigns'>;
export type CampaignStatus = Campaign['status'];
export const CAMPAIGN_CHANNELS = enumValues['post /api/v1/campaigns body.channel'];
export const CAMPAIGN_STATUSES = enumValues['get /api/v1/campaigns response.items.status'];
/** The channel if it is one of those a campaign may be given, else undefined. */
export const knownChannel = (value: string) => CAMPAIGN_CHANNELS.find((known) => known === value);
export type CampaignListQuery = QueryOf<'/api/v1/campaigns', 'get'>;
export type CampaignFields = BodyOf<'/api/v1/campaigns', 'post'>;
/** The channels a campaign may be given (older records may carry others). */
export type CampaignChannel = CampaignFields['channel'];

export const listCampaigns = (query: CampaignListQuery) => api.get('/api/v1/campaigns', { query });
export const createCampaign = (body: CampaignFields) => api.post('/api/v1/campaigns', { body });
export const updateCampaign = (id: string, body: BodyOf<'/api/v1/campaigns/{id}', 'patch'>) =>
  api.patch('/api/v1/campaigns/{id}', { ...path(id), body });
