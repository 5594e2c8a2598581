import { z } from 'zod';
import {
  calendarDateField,
  optionalText,
  searchField,
  timestampField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';

export const RECORD_TYPES = ['lead', 'customer', 'opportunity'] as const;

const id = z.string().min(1).max(64);

/** A due time: any moment, past or future (a plan may be entered late). */
export const dueAtField = timestampField;

export const planOut = z
  .object({
    id: z.string(),
    recordType: z.enum(RECORD_TYPES),
    recordId: z.string(),
    customerId: z.string().nullable(),
    customerName: readName('customer'),
    ownerId: z.string(),
    dueAt: z.string(),
    note: z.string().nullable(),
    status: z.enum(['open', 'completed']),
    completedAt: z.string().nullable(),
    completedByActivityId: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Plan' });
export type PlanOut = z.infer<typeof planOut>;

/** A plan settles 24 h after its due time (METRICS.md): none is written or moved past that. */
const openDueAt = dueAtField.describe(
  'at most 24 hours ago: a plan settles 24 h after its due time',
);

/** The "next follow-up" that can come with an activity, or on its own with a record. */
export const planFields = z.object({
  dueAt: openDueAt,
  note: optionalText(1000),
  /** Defaults to the creator; someone else only for managers and admins, within their scope. */
  ownerId: id.optional(),
});
export type PlanFields = z.infer<typeof planFields>;

export const createPlanBody = planFields.extend({
  recordType: z.enum(RECORD_TYPES),
  recordId: id,
});
export type CreatePlanInput = z.infer<typeof createPlanBody>;

export const updatePlanBody = z.object({
  version: z.number().int().min(1),
  dueAt: openDueAt.optional(),
  note: optionalText(1000),
  ownerId: id.optional(),
});
export type UpdatePlanInput = z.infer<typeof updatePlanBody>;

export const listPlansQuery = pageQuery.extend({
  scope: z
    .enum(['today', 'overdue', 'upcoming'])
    .optional()
    .describe('workbench tab in org-zone days; implies open plans'),
  status: z.enum(['open', 'completed']).optional(),
  ownerId: id.optional().describe('defaults to everyone in your scope'),
  departmentId: id.optional().describe("owner's department"),
  recordType: z.enum(RECORD_TYPES).optional(),
  recordId: id.optional(),
  dueFrom: calendarDateField.optional(),
  dueTo: calendarDateField.optional().describe('inclusive'),
  q: searchField.describe('matches the note'),
  sort: z.enum(['dueAt', 'createdAt', 'updatedAt']).default('dueAt'),
});
export type ListPlansQuery = z.infer<typeof listPlansQuery>;
