import { z } from 'zod';
import { NA_REASONS } from '../../domain/metrics/metric-value.js';

export const scorecardQuery = z.object({
  userId: z.string().min(1).max(64).optional().describe('defaults to you'),
  period: z.enum(['month', 'quarter']).default('month'),
});

export const teamQuery = z.object({
  managerId: z.string().min(1).max(64).optional().describe('defaults to you'),
  period: z.enum(['month', 'quarter']).default('month'),
});

export const liveEvidenceQuery = scorecardQuery.extend({
  metric: z.string().min(1).max(64),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  counted: z.enum(['all', 'yes', 'no']).default('all'),
});

const metricValueOut = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  naReason: z.enum(NA_REASONS).nullable(),
});

export const paceOut = z
  .object({
    elapsedShare: z.number().describe('share of the period’s working time elapsed, 0..1'),
    proRated: z.boolean().describe('counts and sums: floor and target pro-rated to elapsedShare'),
    floor: z.number(),
    target: z.number(),
    projected: z.number().nullable().describe('the value the period would end with at this pace'),
  })
  .nullable()
  .describe('for a period in progress; null once it is over');

/** Why an item cannot be scored (score N/A), e.g. a target on the wrong side of its floor. */
export const misconfiguredOut = z
  .enum(['not_finite', 'target_on_wrong_side_of_floor'])
  .nullable()
  .describe('why the item cannot be scored (its score is then N/A); null when it can');

export const scoredItemOut = z
  .object({
    metric: z.string(),
    weight: z.number(),
    floor: z.number(),
    target: z.number(),
    targetSource: z.enum(['template', 'user']),
    cap: z.number(),
    minSample: z.number().int(),
    value: metricValueOut,
    score: z.number().nullable(),
    pace: paceOut,
    misconfigured: misconfiguredOut,
  })
  .meta({ id: 'ScoredItem' });

const livePeriodOut = z.object({
  kind: z.enum(['month', 'quarter']),
  start: z.string(),
  end: z.string().describe('end of the whole period (exclusive)'),
  asOf: z.string().describe('the records are counted up to this instant'),
});

export const scorecardOut = z
  .object({
    userId: z.string(),
    userName: z.string(),
    period: livePeriodOut,
    /** null when no template applies to the person's roles. */
    total: z.number().nullable(),
    grade: z.string().nullable(),
    gradeWithheld: z
      .enum(['early_in_period', 'little_weight_applies'])
      .nullable()
      .describe('why no grade is shown yet'),
    applicableShare: z.number(),
    items: z.array(scoredItemOut),
  })
  .meta({ id: 'Scorecard' });

export const teamOut = z
  .object({
    managerId: z.string(),
    period: livePeriodOut,
    members: z.array(scorecardOut),
  })
  .meta({ id: 'TeamScorecards' });
