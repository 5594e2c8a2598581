import { z } from 'zod';
import { calendarDateField, optionalText, searchField } from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';
import { booleanQueryField } from '../../platform/records/boolean-query.schema.js';

export const TICKET_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);

export const ticketOut = z
  .object({
    id: z.string(),
    customerId: z.string().nullable(),
    customerName: readName('customer'),
    contactId: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    priority: z.enum(TICKET_PRIORITIES),
    status: z.enum(TICKET_STATUSES),
    assigneeId: z.string().nullable(),
    assigneeName: readName('assignee'),
    firstResponseAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    resolvedBy: z.string().nullable(),
    rating: z.number().int().nullable(),
    ratingComment: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Ticket' });
export type TicketOut = z.infer<typeof ticketOut>;

const editable = {
  customerId: id.nullable().optional(),
  /** A contact of the ticket's customer. */
  contactId: id.nullable().optional(),
  title: z.string().trim().min(1).max(200),
  description: optionalText(5000),
  priority: z.enum(TICKET_PRIORITIES),
  /** A service-role user; defaults to the creator when they are one, else the ticket waits unassigned. */
  assigneeId: id.nullable().optional(),
};

export const createTicketBody = z.object({
  ...editable,
  priority: editable.priority.default('normal'),
});
export type CreateTicketInput = z.infer<typeof createTicketBody>;

export const updateTicketBody = z.object({
  version,
  ...editable,
  title: editable.title.optional(),
  priority: editable.priority.optional(),
});
export type UpdateTicketInput = z.infer<typeof updateTicketBody>;

/** Resolving has its own action (it records who resolved it and when). */
export const changeTicketStatusBody = z.object({
  version,
  status: z.enum(['open', 'pending', 'closed']),
});
export const resolveTicketBody = z.object({ version });

export const rateTicketBody = z.object({
  rating: z.number().int().min(1).max(5),
  comment: optionalText(2000),
});

export const replyBody = z.object({ body: z.string().trim().min(1).max(10000) });

export const replyOut = z
  .object({
    id: z.string(),
    ticketId: z.string(),
    authorId: z.string(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'TicketReply' });

export const listRepliesQuery = pageQuery.pick({ page: true, pageSize: true, order: true });

export const listTicketsQuery = pageQuery.extend({
  q: searchField.describe('matches the title'),
  status: z.enum(TICKET_STATUSES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  assigneeId: id.optional(),
  departmentId: id.optional().describe("assignee's department"),
  customerId: id.optional(),
  unassigned: booleanQueryField,
  createdFrom: calendarDateField.optional(),
  createdTo: calendarDateField.optional().describe('inclusive'),
  resolvedFrom: calendarDateField.optional(),
  resolvedTo: calendarDateField.optional().describe('inclusive'),
  rated: booleanQueryField.describe('has a 1–5 rating (true) or none (false)'),
  sort: z.enum(['createdAt', 'updatedAt', 'priority', 'status', 'resolvedAt']).default('createdAt'),
});
export type ListTicketsQuery = z.infer<typeof listTicketsQuery>;
