import { z } from 'zod';
import { calendarDateField } from '../../platform/http/field-schemas.js';

export const putTargetBody = z.object({
  userId: z.string().min(1).max(64),
  metric: z.string().min(1).max(64),
  period: z.enum(['month', 'quarter']),
  /** Any org-zone day inside the month or quarter. */
  anchorDay: calendarDateField,
  target: z.number().finite(),
});

export const listTargetsQuery = z.object({
  userId: z.string().min(1).max(64).optional(),
  periodStart: calendarDateField.optional(),
});

export const targetOut = z
  .object({
    id: z.string(),
    userId: z.string(),
    metric: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    target: z.number(),
    setBy: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Target' });
