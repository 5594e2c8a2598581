import { z } from 'zod';
import { calendarDateField, optionalText, searchField } from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';

export const FEEDBACK_STATUSES = ['new', 'reviewing', 'adopted', 'rejected'] as const;

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);

export const feedbackOut = z
  .object({
    id: z.string(),
    title: z.string(),
    content: z.string(),
    reporterId: z.string(),
    reporterName: readName('reporter'),
    ticketId: z.string().nullable(),
    customerId: z.string().nullable(),
    customerName: readName('customer'),
    status: z.enum(FEEDBACK_STATUSES),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Feedback' });
export type FeedbackOut = z.infer<typeof feedbackOut>;

const title = z.string().trim().min(1).max(200);
const content = z.string().trim().min(1).max(10000);

export const createFeedbackBody = z.object({
  title,
  content,
  /** The ticket it came from (must be visible to you); its customer is taken when none is given. */
  ticketId: id.nullable().optional(),
  customerId: id.nullable().optional(),
});
export type CreateFeedbackInput = z.infer<typeof createFeedbackBody>;

/** Only the wording can change, and only before a decision. */
export const updateFeedbackBody = z.object({
  version,
  title: title.optional(),
  content: content.optional(),
});

export const reviewFeedbackBody = z.object({ version });

export const decideFeedbackBody = z.object({
  version,
  status: z.enum(['adopted', 'rejected']),
  note: optionalText(2000),
});

export const listFeedbackQuery = pageQuery.extend({
  q: searchField.describe('matches the title'),
  status: z.enum(FEEDBACK_STATUSES).optional(),
  reporterId: id.optional(),
  departmentId: id.optional().describe("reporter's department"),
  customerId: id.optional(),
  ticketId: id.optional(),
  decidedBy: id.optional(),
  createdFrom: calendarDateField.optional(),
  createdTo: calendarDateField.optional().describe('inclusive'),
  decidedFrom: calendarDateField.optional(),
  decidedTo: calendarDateField.optional().describe('inclusive'),
  sort: z.enum(['createdAt', 'updatedAt', 'decidedAt', 'status']).default('createdAt'),
});
export type ListFeedbackQuery = z.infer<typeof listFeedbackQuery>;
