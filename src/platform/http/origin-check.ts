import type { FastifyInstance } from 'fastify';
import { fieldProblem, refusal } from '../errors/app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a browser says the request comes from another site: its Origin (or, when a browser
 * sends none, its Referer) names a host other than the one addressed. A request that names no
 * origin at all (curl, integrations) is not foreign; `Origin: null` (sandboxed pages) is.
 */
export function isForeignOrigin(
  headers: { origin?: string | undefined; referer?: string | undefined },
  host: string,
): boolean {
  const claimed = headers.origin ?? headers.referer;
  if (claimed === undefined) return false;
  try {
    return new URL(claimed).host !== host;
  } catch {
    return true;
  }
}

/**
 * Refuses state-changing requests from other sites (CSRF), on top of the SameSite cookie:
 * every POST, PUT, PATCH and DELETE that is not authenticated by an API token must come from
 * this site's own pages, the login included.
 */
export function registerOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    const { origin, referer } = request.headers;
    if (!isForeignOrigin({ origin, referer }, request.host)) return;
    const message = 'Requests that change data must come from this site';
    throw refusal('foreign_origin', message, {}, [
      fieldProblem(origin !== undefined ? 'origin' : 'referer', 'foreign_origin', message),
    ]);
  });
}
