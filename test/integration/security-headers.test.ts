import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Config } from '../../src/platform/config/config.js';
import { buildApp } from '../../src/app/app.js';
import { describeEngines } from '../support/describe-engines.js';
import { testConfig } from '../support/test-app.js';

/** A stand-in for dist/web: an index.html that loads its script from a file, as Vite builds it. */
function makeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ys-web-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>',
  );
  return dir;
}

type Headers = Record<string, string | string[] | number | undefined>;

/** The CSP as a map from directive to its sources. */
function directives(headers: Headers): Map<string, string[]> {
  const csp = String(headers['content-security-policy'] ?? '');
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

function expectSecurityHeaders(headers: Headers): void {
  const csp = directives(headers);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('script-src-attr')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(String(headers['content-security-policy'])).not.toMatch(/unsafe-eval/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
}

describeEngines('security headers on API and web responses', (use) => {
  const others: FastifyInstance[] = [];
  const appWith = async (config: Partial<Config>) => {
    const app = await buildApp({ db: use().db, config: testConfig(config), logger: false });
    others.push(app);
    return app;
  };
  let web: FastifyInstance;
  const webDist = makeWebDist();

  beforeAll(async () => {
    web = await appWith({ webDist });
  });
  afterAll(async () => {
    for (const app of others) await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends them on API answers, errors and unknown routes alike', async () => {
    const session = await use().request({ method: 'GET', url: '/api/v1/auth/session' });
    expect(session.statusCode).toBe(200);
    expectSecurityHeaders(session.headers);
    const unauthenticated = await use().request({ method: 'GET', url: '/api/v1/customers' });
    expect(unauthenticated.statusCode).toBe(401);
    expectSecurityHeaders(unauthenticated.headers);
    const missing = await use().request({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(missing.statusCode).toBe(404);
    expectSecurityHeaders(missing.headers);
  });

  it('sends them with the web app, whose scripts may come only from this site', async () => {
    for (const url of ['/', '/customers/some-deep-link']) {
      const page = await web.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expectSecurityHeaders(page.headers);
      // antd writes its styles at run time, so inline styles are allowed; inline scripts are not.
      expect(directives(page.headers).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    }
  });

  it('serves the API documentation under the same policy', async () => {
    const docs = await use().request({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expectSecurityHeaders(docs.headers);
    // Its page loads only scripts from files, which the policy allows.
    expect(docs.body).toMatch(/<script src="[^"]+swagger-ui-bundle\.js"/);
    expect(docs.body).not.toMatch(/<script>|<script\s+type="text\/javascript">/);
    const initializer = await use().request({
      method: 'GET',
      url: '/api/docs/static/swagger-initializer.js',
    });
    expect(initializer.statusCode).toBe(200);
  });

  it('sends HSTS only over https, believing X-Forwarded-Proto only from a trusted proxy', async () => {
    const forwarded = { 'x-forwarded-proto': 'https' };
    const plain = await use().request({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const untrusted = await use().request({ method: 'GET', url: '/healthz', headers: forwarded });
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();

    const behindProxy = await appWith({ trustProxy: true });
    const viaProxy = await behindProxy.inject({
      method: 'GET',
      url: '/healthz',
      headers: forwarded,
    });
    expect(viaProxy.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const proxiedPlain = await behindProxy.inject({ method: 'GET', url: '/healthz' });
    expect(proxiedPlain.headers['strict-transport-security']).toBeUndefined();

    const always = await appWith({ hsts: 'on' });
    const forced = await always.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(forced.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const never = await appWith({ hsts: 'off', trustProxy: true });
    const off = await never.inject({ method: 'GET', url: '/healthz', headers: forwarded });
    expect(off.headers['strict-transport-security']).toBeUndefined();
  });
});
