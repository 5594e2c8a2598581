import { z } from 'zod';
import { timestampField } from '../../platform/http/field-schemas.js';
import { now } from '../../platform/clock.js';
import { userOut } from '../org/org.schema.js';
import { areaName } from '../workbench/areas.js';

/** The signed-in user, with the pages and workbench cards they may open. */
export const signedInUserOut = userOut
  .extend({ areas: z.array(areaName) })
  .meta({ id: 'SignedInUser' });

export const loginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8, 'at least 8 characters').max(200),
});

export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  /** When the token stops working; absent or null: until revoked. */
  expiresAt: timestampField
    .refine((value) => Date.parse(value) > now().getTime(), {
      message: 'must be in the future',
      params: { code: 'must_be_future' },
    })
    .nullable()
    .optional(),
  /** 'read': the token may only call GET routes. */
  scope: z.enum(['read', 'write']).default('write'),
});
export type CreateTokenInput = z.infer<typeof createTokenBody>;

export const apiTokenOut = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    scope: z.enum(['read', 'write']),
  })
  .meta({ id: 'ApiToken' });

export const createdTokenOut = apiTokenOut
  .extend({
    token: z.string().describe('Shown once: store it now, it cannot be read again'),
  })
  .meta({ id: 'CreatedApiToken' });
