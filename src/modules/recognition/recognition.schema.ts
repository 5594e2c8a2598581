import { z } from 'zod';
import { AWARD_KINDS } from '../../domain/recognition/awards.js';
import { BADGE_LIMITS } from '../../domain/recognition/badge-rule.js';

export const badgeWindowSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('cycles'),
      count: z.number().int().min(1).max(BADGE_LIMITS.maxCycles),
    }),
    z.object({ kind: z.literal('days'), days: z.number().int().min(1).max(BADGE_LIMITS.maxDays) }),
    z.object({ kind: z.literal('month') }),
  ])
  .meta({ id: 'BadgeWindow' });

export const badgeRuleSchema = z
  .object({
    metric: z.string().min(1).max(100),
    /** In the metric's unit: percentages as fractions 0..1. */
    threshold: z.number(),
    window: badgeWindowSchema,
  })
  .meta({ id: 'BadgeRule' });

export const badgeOut = z
  .object({
    id: z.string().nullable().describe('null for a built-in badge'),
    key: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    rule: badgeRuleSchema,
    builtIn: z.boolean(),
    active: z.boolean(),
    version: z.number().int().nullable(),
  })
  .meta({ id: 'Badge' });

export const createBadgeBody = z.object({
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(50),
  rule: badgeRuleSchema,
});

export const builtInBadgeParams = z.object({
  key: z.string().min(1).max(64).describe('the built-in badge, e.g. first_won_deal'),
});
export const builtInBadgeBody = z.object({ active: z.boolean() });

export const updateBadgeBody = z.object({
  version: z.number().int().min(1),
  active: z.boolean(),
});

const observationOut = z.object({
  occasion: z.string().describe('a cycle id, or a period as first..last day'),
  value: z.number().nullable(),
});

const awardEvidenceOut = z.object({
  kind: z.literal('award'),
  cycleName: z.string(),
  total: z.number().describe('the total shown (one decimal)'),
  previousTotal: z.number().nullable(),
  gain: z.number().nullable(),
  sharedWith: z.array(z.string()).describe('user ids of those the award is shared with (a tie)'),
  groupSize: z.number().int(),
  eligible: z.number().int(),
  excluded: z
    .object({
      noTotal: z.number().int(),
      fewItemsApplicable: z.number().int(),
      openFlags: z.number().int(),
    })
    .describe('how many in the group could not receive it, by reason'),
});

const badgeEvidenceOut = z.object({
  kind: z.literal('badge'),
  metric: z.string(),
  threshold: z.number(),
  window: badgeWindowSchema,
  observations: z.array(observationOut),
});

export const grantOut = z
  .object({
    id: z.string(),
    kind: z.enum(['award', 'badge']),
    key: z.string().describe(`the award (${AWARD_KINDS.join(', ')}) or the badge key`),
    userId: z.string(),
    userName: z.string(),
    cycleId: z.string().nullable(),
    role: z.string().nullable(),
    departmentId: z.string().nullable(),
    nameZh: z.string(),
    nameEn: z.string(),
    evidence: z.discriminatedUnion('kind', [awardEvidenceOut, badgeEvidenceOut]),
    grantedAt: z.string(),
  })
  .meta({ id: 'RecognitionGrant' });

export const listGrantsQuery = z.object({
  userId: z.string().min(1).max(64).optional().describe("one person's grants (within your scope)"),
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('only grants of the last N days (the feed uses 30)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const placeOut = z.object({
  userId: z.string(),
  name: z.string(),
  total: z.number().describe('the total shown (one decimal)'),
  rank: z.number().int(),
});

export const leaderboardsOut = z
  .object({
    enabled: z.boolean().describe('false when the organisation switched leaderboards off'),
    cycle: z.object({ id: z.string(), name: z.string() }).nullable(),
    boards: z.array(
      z.object({
        role: z.string(),
        departmentId: z.string().nullable(),
        departmentName: z.string().nullable(),
        size: z.number().int().describe('people ranked on the board'),
        top: z.array(placeOut).describe('the top N; never anyone below it'),
        me: placeOut.nullable().describe('your own place, when you are on this board'),
      }),
    ),
  })
  .meta({ id: 'Leaderboards' });

export const leaderboardsQuery = z.object({
  cycleId: z.string().min(1).max(64).optional().describe('a closed cycle; the latest by default'),
});
