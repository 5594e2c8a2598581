import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { Config } from '../config/config.js';

/**
 * The Content-Security-Policy of every response, the web app's and the API's alike (the Swagger
 * UI under /api/docs works under it too). Scripts only from this site, never inline; styles may
 * be inline because antd's CSS-in-JS writes <style> elements at run time (see SECURITY.md).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
} as const;

/** One year; browsers then refuse plain http to this host for that long. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response through helmet: the CSP above, nosniff, X-Frame-Options
 * DENY, Referrer-Policy same-origin and the cross-origin isolation headers.
 * Strict-Transport-Security follows `config.hsts`: by default only on requests that came over
 * https, since a browser that met it on a plain-http install would lock itself out. Helmet's
 * middleware is built once here: Fastify's helmet plugin builds it anew for every request, 5 % of
 * a customer detail's time (bench/RESULTS.md, "One access check where it decides").
 */
export function registerSecurityHeaders(app: FastifyInstance, hsts: Config['hsts']): void {
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(CONTENT_SECURITY_POLICY).map(([name, values]) => [name, [...values]]),
      ),
    },
    // `same-origin`, not helmet's `no-referrer`: under no-referrer a browser sends `Origin: null`
    // on same-site POSTs, which the origin check (CSRF) must refuse.
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error === undefined || error instanceof Error ? error : new Error(String(error)));
    });
  });
  if (hsts === 'off') return;
  app.addHook('onRequest', async (request, reply) => {
    if (hsts === 'on' || request.protocol === 'https')
      reply.header('strict-transport-security', HSTS_VALUE);
  });
}
