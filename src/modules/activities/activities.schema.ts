import { z } from 'zod';
import { QUALITY_RULES } from '../quality/quality.schema.js';
import {
  calendarDateField,
  pastTimestampField,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';
import { planFields, planOut, RECORD_TYPES } from '../plans/plans.schema.js';

export const ACTIVITY_TYPES = ['call', 'visit', 'meeting', 'email', 'message', 'note'] as const;

const id = z.string().min(1).max(64);
const content = z.string().trim().min(1).max(5000);

export const activityOut = z
  .object({
    id: z.string(),
    type: z.enum(ACTIVITY_TYPES),
    recordType: z.enum(RECORD_TYPES),
    recordId: z.string(),
    customerId: z.string().nullable(),
    customerName: readName('customer'),
    content: z.string(),
    occurredAt: z.string(),
    recordedAt: z.string(),
    actorId: z.string(),
    actorName: readName('author'),
    ownerId: z.string().nullable(),
    ownerName: readName("record's owner at the time"),
    /** false when a data-quality rule (thin content, for now) excludes it from the metrics. */
    valid: z.boolean(),
    /** Recorded within 24 h of when it happened. */
    timely: z.boolean(),
    planId: z.string().nullable(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Activity' });
export type ActivityOut = z.infer<typeof activityOut>;

export const createActivityBody = z.object({
  type: z.enum(ACTIVITY_TYPES),
  recordType: z.enum(RECORD_TYPES),
  recordId: id,
  content,
  /** When it really happened; never in the future. */
  occurredAt: pastTimestampField,
  /** A plan this activity carries out, completed whatever its due time. */
  planId: id.optional(),
  /** The next follow-up, created with the activity in one transaction. */
  nextFollowUp: planFields.optional(),
});
export type CreateActivityInput = z.infer<typeof createActivityBody>;

export const createdActivityOut = activityOut
  .extend({
    completedPlanIds: z.array(z.string()),
    nextFollowUp: planOut.nullable(),
    /**
     * The data-quality rules the new activity breaks (its open flags, by rule): Q3/Q4 make it
     * invalid (`valid` false, it counts nowhere), Q5/Q6 flag it for review.
     */
    qualityFlags: z.array(
      z.object({
        rule: z.enum(QUALITY_RULES),
        detail: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
  })
  .meta({ id: 'CreatedActivity' });

export const updateActivityBody = z
  .object({
    type: z.enum(ACTIVITY_TYPES).optional(),
    content: content.optional(),
    occurredAt: pastTimestampField.optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: 'nothing to change',
    params: { code: 'nothing_to_change' },
  });
export type UpdateActivityInput = z.infer<typeof updateActivityBody>;

export const listActivitiesQuery = pageQuery.extend({
  recordType: z.enum(RECORD_TYPES).optional(),
  recordId: id.optional().describe('with recordType: every activity on that record you may read'),
  customerId: id.optional().describe('activities on the customer and on its opportunities'),
  actorId: id.optional(),
  type: z.enum(ACTIVITY_TYPES).optional(),
  valid: z.enum(['true', 'false']).optional(),
  from: calendarDateField.optional().describe('occurred on or after this org-zone day'),
  to: calendarDateField.optional().describe('occurred on or before this org-zone day'),
  q: searchField.describe('matches the content'),
  sort: z.enum(['occurredAt', 'recordedAt']).default('occurredAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuery>;
