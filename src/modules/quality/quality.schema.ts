import { z } from 'zod';
import { calendarDateField } from '../../platform/http/field-schemas.js';
import { pageQuery } from '../../platform/http/list-query.js';

export const QUALITY_RULES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'] as const;
export const FLAG_ENTITIES = ['activity', 'customer', 'lead', 'user'] as const;
export const FLAG_STATUSES = ['open', 'cleared'] as const;

const id = z.string().min(1).max(64);

export const flagOut = z
  .object({
    id: z.string(),
    rule: z.enum(QUALITY_RULES),
    entity: z.enum(FLAG_ENTITIES),
    recordId: z.string(),
    /** Q1: the field holding the placeholder (column name, e.g. contact_name). */
    field: z.string().nullable(),
    /** The user responsible for the record (its creator); for Q7 the user flagged. */
    userId: z.string(),
    /** What the rule saw: the duplicate's id, the copied activity, the burst window, … */
    detail: z.record(z.string(), z.unknown()).nullable(),
    status: z.enum(FLAG_STATUSES),
    createdAt: z.string(),
    /** null with reason 'fixed' when the record was corrected and the system resolved it. */
    clearedBy: z.string().nullable(),
    clearedAt: z.string().nullable(),
    clearedReason: z.string().nullable(),
    /** Whether the caller may clear it (open, about someone else, and they manage flags). */
    canClear: z.boolean(),
    /**
     * The flagged record: when it happened (an activity's occurred time, a customer's or lead's
     * creation — not when a rule found it), a name, and its customer for a link. Null for flags on
     * people (Q7) and in answers about one flag.
     */
    record: z
      .object({ happenedAt: z.string(), label: z.string(), customerId: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'QualityFlag' });
export type FlagOut = z.infer<typeof flagOut>;

export const listFlagsQuery = pageQuery.extend({
  userId: id.optional(),
  rule: z.enum(QUALITY_RULES).optional(),
  status: z.enum(FLAG_STATUSES).optional(),
  entity: z.enum(FLAG_ENTITIES).optional(),
  recordId: id.optional(),
  createdFrom: calendarDateField.optional().describe('org-zone day, inclusive'),
  createdTo: calendarDateField.optional().describe('org-zone day, inclusive'),
});
export type ListFlagsQuery = z.infer<typeof listFlagsQuery>;

export const clearFlagBody = z.object({
  reason: z.string().trim().min(1, 'a reason is required').max(1000),
});

export const clearFlagsBody = clearFlagBody.extend({
  ids: z.array(id).min(1).max(500),
});

export const clearFlagsOut = z.object({
  /** Flags this request cleared. */
  cleared: z.number().int(),
  /** Flags that were already cleared (by someone else meanwhile, or by the system); left as they were. */
  alreadyCleared: z.number().int(),
});

const dayRange = z
  .object({ from: calendarDateField, to: calendarDateField.describe('inclusive') })
  .refine((r) => r.from <= r.to, {
    message: 'from must not be after to',
    path: ['to'],
    params: { code: 'from_after_to' },
  });

export const runQualityBody = dayRange;

export const runReportOut = z.object({
  from: z.string(),
  before: z.string(),
  activities: z.number().int(),
  customers: z.number().int(),
  leads: z.number().int(),
  usersWithDeletions: z.number().int(),
  opened: z.number().int(),
  resolved: z.number().int(),
});

export const summaryQuery = z.object({
  from: calendarDateField.optional().describe('flags created from this org-zone day'),
  to: calendarDateField.optional().describe('to this org-zone day, inclusive'),
});

export const summaryOut = z
  .object({
    items: z.array(
      z.object({
        userId: z.string(),
        open: z.number().int(),
        byRule: z.record(z.string(), z.number().int()),
      }),
    ),
  })
  .meta({ id: 'QualitySummary' });
