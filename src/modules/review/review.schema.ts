import { z } from 'zod';
import { gradesSchema, templateItemSchema } from '../appraisal/template-content.js';
import { itemChange } from '../templates/templates.schema.js';

/** One closed cycle, or several (a quarter of monthly cycles), as comma-separated ids. */
export const reviewQuery = z.object({
  cycleIds: z
    .string()
    .regex(/^[^,\s]{1,64}(,[^,\s]{1,64}){0,5}$/u, 'one to six cycle ids, comma-separated')
    .describe('one to six closed cycle ids, comma-separated'),
});

export const cycleIdsOf = (query: z.infer<typeof reviewQuery>): string[] => [
  ...new Set(query.cycleIds.split(',')),
];

const share = z.number().nullable();

export const metricHealthOut = z
  .object({
    participants: z.number().int(),
    scored: z.number().int(),
    mean: z.number().nullable(),
    median: z.number().nullable(),
    p10: z.number().nullable(),
    p90: z.number().nullable(),
    shareAtCap: share,
    shareAtZero: share,
    shareAtOrAboveTarget: share,
    shareReachingHalfway: share,
    shareNa: share,
    saturated: z.boolean(),
    unreachable: z.boolean(),
    noisy: z.boolean(),
    gamedSuspected: z.boolean(),
  })
  .meta({ id: 'MetricHealth' });

export const reviewItemOut = z
  .object({
    metric: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    weight: z.number(),
    floor: z.number(),
    target: z.number(),
    cap: z.number(),
    health: metricHealthOut,
    flagRate: share.describe('data_flag_rate of the people appraised on the item, pooled'),
    previousFlagRate: share,
    feedbackCount: z.number().int(),
    unfairVotes: z.number().int(),
  })
  .meta({ id: 'ReviewItem' });

export const itemFeedbackOut = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    userId: z.string(),
    userName: z.string(),
    metric: z.string(),
    unfair: z.boolean(),
    comment: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ItemFeedback' });

export const quarterlyReviewOut = z
  .object({
    cycles: z.array(
      z.object({ id: z.string(), name: z.string(), firstDay: z.string(), lastDay: z.string() }),
    ),
    previousCycleIds: z.array(z.string()).describe('the window the gamed? flag compares with'),
    people: z.number().int(),
    templates: z.array(
      z.object({
        templateId: z.string(),
        key: z.string(),
        role: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        items: z.array(reviewItemOut),
      }),
    ),
    outcomeLinks: z.array(
      z.object({
        role: z.string(),
        links: z.array(
          z.object({
            process: z.string(),
            result: z.string(),
            people: z.number().int(),
            rho: z.number().nullable().describe("Spearman's rank correlation; null when undefined"),
          }),
        ),
      }),
    ),
    feedback: z.array(itemFeedbackOut),
  })
  .meta({ id: 'QuarterlyReview' });

export const whatIfBody = z.object({
  templateId: z.string().min(1).max(64),
  items: z.array(templateItemSchema).min(1).max(40),
  grades: gradesSchema.optional(),
});
export type WhatIfInput = z.infer<typeof whatIfBody>;

export const adoptBody = whatIfBody.extend({
  baseVersionId: z
    .string()
    .min(1)
    .max(64)
    .describe('the template version the what-if was based on (its current one then)'),
  note: z.string().trim().min(1, 'say what changed and why').max(2000),
});
export type AdoptInput = z.infer<typeof adoptBody>;

export const whatIfOut = z
  .object({
    cycleId: z.string(),
    templateId: z.string(),
    baseVersionId: z.string(),
    baseVersionNumber: z.number().int(),
    changes: z.array(itemChange).describe('from the version the cycle used to the proposal'),
    people: z.array(
      z.object({
        userId: z.string(),
        userName: z.string(),
        oldTotal: z.number().nullable(),
        oldGrade: z.string().nullable(),
        oldRank: z.number().int().nullable(),
        newTotal: z.number().nullable(),
        newGrade: z.string().nullable(),
        newRank: z.number().int().nullable(),
        change: z.number().nullable(),
        items: z.array(z.object({ metric: z.string(), score: z.number().nullable() })),
      }),
    ),
    movers: z.array(z.string()).describe('user ids of the biggest movers, largest change first'),
  })
  .meta({ id: 'WhatIf' });

export const feedbackParams = z.object({
  id: z.string().min(1).max(64),
  metric: z.string().min(1).max(64),
});

export const feedbackBody = z.object({
  unfair: z.boolean(),
  comment: z.string().trim().max(2000).nullable(),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('the version of the feedback being changed; omit for the first'),
});

export const ownFeedbackOut = z
  .object({
    id: z.string(),
    metric: z.string(),
    unfair: z.boolean(),
    comment: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'OwnItemFeedback' });
