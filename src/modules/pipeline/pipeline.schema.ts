import { z } from 'zod';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const stageOut = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    sortOrder: z.number().int(),
    winProbability: z.number().int(),
    kind: z.enum(STAGE_KINDS),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'PipelineStage' });
export type StageOut = z.infer<typeof stageOut>;

const editable = {
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  sortOrder: z.number().int().min(0).max(10_000),
  winProbability: z.number().int().min(0).max(100),
  kind: z.enum(STAGE_KINDS),
};

export const createStageBody = z.object(editable);
export type CreateStageInput = z.infer<typeof createStageBody>;

export const updateStageBody = z.object({
  version: z.number().int().min(1),
  nameZh: editable.nameZh.optional(),
  nameEn: editable.nameEn.optional(),
  sortOrder: editable.sortOrder.optional(),
  winProbability: editable.winProbability.optional(),
  /** Only while no opportunity has ever been in the stage: it decides their status. */
  kind: editable.kind.optional(),
  /** Inactive stages stay on the opportunities already in them but take no new ones. */
  active: z.boolean().optional(),
});
export type UpdateStageInput = z.infer<typeof updateStageBody>;

export const listStagesQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
