import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'ys_session';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
/** A session's expiry is pushed back at most this often, to avoid a write per request. */
export const SESSION_TOUCH_INTERVAL_MS = 3600 * 1000;
export const API_TOKEN_PREFIX = 'ys_';

/** The session token from the signed cookie, or undefined when absent or tampered with. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}
