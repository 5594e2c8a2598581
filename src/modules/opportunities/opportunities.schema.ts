import { z } from 'zod';
import {
  calendarDateField,
  centsField,
  currencyField,
  pastTimestampField,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;

const id = z.string().min(1).max(64);

export const opportunityOut = z
  .object({
    id: z.string(),
    customerId: z.string(),
    customerName: readName('customer'),
    name: z.string(),
    amountCents: z.number().int(),
    currency: z.string(),
    stageId: z.string(),
    status: z.enum(OPPORTUNITY_STATUSES),
    expectedCloseOn: z.string().nullable(),
    closedAt: z.string().nullable(),
    closeReason: z.string().nullable(),
    ownerId: z.string(),
    ownerName: readName('owner'),
    lastTouchedAt: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Opportunity' });
export type OpportunityOut = z.infer<typeof opportunityOut>;

/** The fields of a new opportunity, shared with lead conversion. */
export const newOpportunityFields = z.object({
  name: z.string().trim().min(1).max(200),
  amountCents: centsField,
  currency: currencyField,
  /** An active open stage; defaults to the first one of the pipeline. */
  stageId: id.optional(),
  expectedCloseOn: calendarDateField.nullable().optional(),
});
export type NewOpportunityFields = z.infer<typeof newOpportunityFields>;

export const createOpportunityBody = newOpportunityFields.extend({
  customerId: id,
  /** Defaults to the creator; managers and admins may pick an owner within their scope. */
  ownerId: id.optional(),
});
export type CreateOpportunityInput = z.infer<typeof createOpportunityBody>;

export const updateOpportunityBody = z.object({
  version: z.number().int().min(1),
  name: newOpportunityFields.shape.name.optional(),
  amountCents: centsField.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'ISO currency code such as CNY')
    .optional(),
  expectedCloseOn: calendarDateField.nullable().optional(),
  /** Reassignment: managers and admins, to an owner within their scope. */
  ownerId: id.optional(),
});
export type UpdateOpportunityInput = z.infer<typeof updateOpportunityBody>;

export const changeStageBody = z.object({
  version: z.number().int().min(1),
  stageId: id,
  /** When the change really happened; defaults to now, never in the future. */
  effectiveAt: pastTimestampField.optional(),
  /** Required when moving to a won or lost stage. */
  reason: z.string().trim().max(1000).optional(),
});
export type ChangeStageInput = z.infer<typeof changeStageBody>;

export const stageChangeOut = z
  .object({
    id: z.string(),
    opportunityId: z.string(),
    fromStageId: z.string().nullable(),
    toStageId: z.string(),
    fromStatus: z.enum(OPPORTUNITY_STATUSES).nullable(),
    toStatus: z.enum(OPPORTUNITY_STATUSES),
    effectiveAt: z.string(),
    recordedAt: z.string(),
    actorId: z.string().nullable(),
    /** Owner of the opportunity at the effective time. */
    ownerId: z.string(),
    reason: z.string().nullable(),
    /** recorded − effective ≤ 24 h. */
    timely: z.boolean(),
  })
  .meta({ id: 'StageChange' });

export const listOpportunitiesQuery = pageQuery.extend({
  q: searchField.describe('matches the name'),
  customerId: id.optional(),
  ownerId: id.optional(),
  departmentId: id.optional().describe("owner's department"),
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  stageId: id.optional(),
  createdFrom: calendarDateField.optional(),
  createdTo: calendarDateField.optional().describe('inclusive'),
  closedFrom: calendarDateField.optional(),
  closedTo: calendarDateField.optional().describe('inclusive'),
  expectedCloseFrom: calendarDateField.optional(),
  expectedCloseTo: calendarDateField.optional().describe('inclusive'),
  reachedStageId: id
    .optional()
    .describe('reached this open stage, a later open one or a won one (sales funnel step)'),
  leftStageId: id.optional().describe('left this stage (with leftFrom/leftTo: in those days)'),
  closeReason: z.string().max(1000).optional().describe('closed with exactly this reason'),
  customerSource: z.string().max(100).optional().describe("the customer's source, exactly"),
  customerIndustry: z.string().max(100).optional().describe("the customer's industry, exactly"),
  leftFrom: calendarDateField.optional(),
  leftTo: calendarDateField.optional().describe('inclusive'),
  sort: z
    .enum(['name', 'amountCents', 'createdAt', 'updatedAt', 'expectedCloseOn', 'closedAt'])
    .default('updatedAt'),
});
export type ListOpportunitiesQuery = z.infer<typeof listOpportunitiesQuery>;
