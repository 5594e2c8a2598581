import { z } from 'zod';

export const loginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8, 'at least 8 characters').max(200),
});

export const createTokenBody = z.object({ name: z.string().trim().min(1).max(100) });

export const apiTokenOut = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createdTokenOut = apiTokenOut.extend({
  token: z.string().describe('Shown once: store it now, it cannot be read again'),
});
