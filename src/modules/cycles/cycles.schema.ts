import { z } from 'zod';
import { NA_REASONS } from '../../domain/metrics/metric-value.js';
import { CYCLE_STATUSES } from '../../domain/appraisal/cycle-workflow.js';
import { calendarDateField } from '../../platform/http/field-schemas.js';
import { pageQuery } from '../../platform/http/list-query.js';
import { misconfiguredOut, paceOut } from '../scorecard/scorecard.schema.js';

export const createCycleBody = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(['month', 'quarter']),
  /** Any day inside the month or quarter to appraise (org-zone calendar day). */
  anchorDay: calendarDateField,
});

export const cycleOut = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['month', 'quarter', 'custom']),
    firstDay: z.string(),
    lastDay: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    zone: z.string(),
    status: z.enum(CYCLE_STATUSES),
    openedAt: z.string().nullable(),
    frozenAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    computedAt: z.string().nullable(),
    scoredAt: z.string().nullable().describe('the instant the numbers were scored at'),
    asOf: z
      .string()
      .nullable()
      .describe('records are counted up to here: min(periodEnd, scoredAt)'),
    soFar: z.boolean().describe('scored before the period ended: the numbers so far'),
    version: z.number().int(),
  })
  .meta({ id: 'Cycle' });

export const transitionBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(CYCLE_STATUSES),
  force: z
    .boolean()
    .optional()
    .describe('manager review before the period has ended freezes the numbers so far'),
});

export const recomputeBody = z.object({
  version: z.number().int().min(1),
  /** Required once scores are frozen (manager review onwards): the recompute is audited. */
  reason: z.string().trim().max(2000).optional(),
});

export const listResultsQuery = pageQuery.pick({ page: true, pageSize: true });

export const resultItemOut = z
  .object({
    metric: z.string(),
    weight: z.number(),
    floor: z.number(),
    target: z.number(),
    cap: z.number(),
    minSample: z.number().int(),
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    naReason: z.enum(NA_REASONS).nullable(),
    score: z.number().nullable(),
    adjustedScore: z.number().nullable(),
    adjustReason: z.string().nullable(),
    adjustedBy: z.string().nullable(),
    adjustedAt: z.string().nullable(),
    pace: paceOut,
    misconfigured: misconfiguredOut,
  })
  .meta({ id: 'CycleResultItem' });

export const resultOut = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    userId: z.string(),
    total: z.number().nullable(),
    grade: z.string().nullable(),
    applicableShare: z.number(),
    computedAt: z.string(),
    selfComment: z.string().nullable(),
    selfReviewedAt: z.string().nullable(),
    managerComment: z.string().nullable(),
    managerReviewedBy: z.string().nullable(),
    managerReviewedAt: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    employeeComment: z.string().nullable(),
    version: z.number().int(),
    items: z.array(resultItemOut),
  })
  .meta({ id: 'CycleResult' });

export const resultSummaryOut = resultOut
  .omit({ items: true })
  .extend({ userName: z.string(), role: z.string(), managerId: z.string().nullable() })
  .meta({ id: 'CycleResultSummary' });

export const commentBody = z.object({
  version: z.number().int().min(1),
  comment: z.string().trim().min(1, 'write a comment').max(5000),
});
export const acknowledgeBody = z.object({
  version: z.number().int().min(1),
  comment: z.string().trim().max(5000).optional(),
});
export const adjustBody = z.object({
  version: z.number().int().min(1),
  score: z.number().min(0).max(1000),
  reason: z.string().trim().min(1, 'an adjustment needs a written reason').max(2000),
});
export const resultItemParams = z.object({
  id: z.string().min(1).max(64),
  metric: z.string().min(1).max(64),
});
