import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

type Operation = {
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  parameters?: unknown[];
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** The only API routes anyone may call without signing in. */
const PUBLIC_OPERATIONS = new Set(['post /api/v1/auth/login', 'get /api/v1/auth/session']);

describeEngines('API conventions', (use) => {
  let spec: OpenApi;
  let admin: string;
  beforeAll(async () => {
    await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    const response = await use().request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    spec = response.json();
  });

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  it('documents every API route with a response schema, and a request schema where it takes input', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(20);
    for (const { path, method, operation } of ops) {
      expect(path, `${method} ${path}`).toMatch(/^\/api\/v1\//);
      const success = Object.keys(operation.responses ?? {}).filter((code) => code.startsWith('2'));
      expect(success.length, `${method} ${path} has a 2xx response`).toBeGreaterThan(0);
      if (['post', 'put', 'patch'].includes(method) && !path.endsWith('/logout')) {
        expect(
          operation.requestBody ?? operation.parameters,
          `${method} ${path} documents its input`,
        ).toBeDefined();
      }
    }
  });

  it('refuses every non-public route without credentials (401 before any validation)', async () => {
    for (const { path, method } of operations()) {
      if (PUBLIC_OPERATIONS.has(`${method} ${path}`)) continue;
      const url = path.replace(/\{[^}]+\}/g, 'some-id').replace(/:[a-zA-Z]+/g, 'some-id');
      const response = await use().request({
        method: method.toUpperCase() as 'GET',
        url,
        payload: ['post', 'put', 'patch'].includes(method) ? {} : undefined,
      });
      expect(response.statusCode, `${method.toUpperCase()} ${url}`).toBe(401);
      expect(response.json().error.code).toBe('unauthorized');
    }
  });

  it('answers invalid input with 400, the field paths and messages', async () => {
    const response = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: admin,
      payload: { name: '', phone: '123', email: 'x@', level: 'Z' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'email',
      'level',
      'name',
      'phone',
    ]);
    for (const detail of body.error.details) expect(detail.message).toEqual(expect.any(String));
  });

  it('answers malformed JSON and unknown routes with the same error shape', async () => {
    const malformed = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: admin,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('validation_failed');
    const unknown = await use().request({ method: 'GET', url: '/api/v1/nothing-here', as: admin });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'route_not_found', details: [] } });
  });

  it('offers no way to write history: no such route exists, and a write is not stored', async () => {
    const historyPaths = Object.keys(spec.paths).filter((p) => p.includes('history'));
    expect(historyPaths.length).toBeGreaterThan(0);
    for (const path of historyPaths) expect(Object.keys(spec.paths[path] ?? {})).toEqual(['get']);
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: admin,
      payload: { name: 'History probe' },
    });
    const id = created.json().id;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await use().request({
        method,
        url: `/api/v1/customers/${id}/history`,
        as: admin,
        payload: method === 'DELETE' ? undefined : { field: 'name', oldValue: 'x' },
      });
      expect(response.statusCode, method).toBe(404);
    }
    const history = await use().request({
      method: 'GET',
      url: `/api/v1/customers/${id}/history`,
      as: admin,
    });
    expect(history.json().items.every((h: { action: string }) => h.action === 'create')).toBe(true);
  });

  it('reports health and readiness', async () => {
    expect((await use().request({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
    });
    expect((await use().request({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ok',
      database: use().engine,
    });
  });

  it('serves the interactive API documentation', async () => {
    const docs = await use().request({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/html/);
  });
});
