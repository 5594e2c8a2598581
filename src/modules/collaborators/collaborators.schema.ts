import { z } from 'zod';
import { timestampField } from '../../platform/http/field-schemas.js';
import { now } from '../../platform/clock.js';

/** Seconds of clock skew tolerated, as for past timestamps. */
const CLOCK_SKEW_MS = 60_000;

export const collaboratorOut = z
  .object({
    userId: z.string(),
    userName: z.string(),
    access: z.enum(['read', 'write']),
    until: z.string().nullable(),
    /** The share has lapsed (its until has passed): it no longer gives access. */
    expired: z.boolean(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Collaborator' });
export type CollaboratorOut = z.infer<typeof collaboratorOut>;

export const shareBody = z.object({
  userId: z.string().min(1).max(64),
  access: z.enum(['read', 'write']),
  /** When the share lapses; must be in the future. Absent: until removed. */
  until: timestampField
    .refine((value) => Date.parse(value) > now().getTime() - CLOCK_SKEW_MS, {
      message: 'must be in the future',
      params: { code: 'must_be_future' },
    })
    .nullable()
    .optional(),
});
export type ShareInput = z.infer<typeof shareBody>;

export const collaboratorParams = z.object({
  id: z.string().min(1).max(64),
  userId: z.string().min(1).max(64),
});
