import { createHash, randomBytes } from 'node:crypto';

/** A fresh high-entropy token for a session or an API token. */
export function newSecretToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * Tokens are stored as their SHA-256: they carry 256 random bits, so a slow password hash would
 * add nothing, and a copy of the database yields no usable token.
 */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
