import { compileErrors, validate } from '@readme/openapi-parser';
import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';

type Operation = {
  operationId?: string;
  tags?: string[];
  responses?: Record<string, unknown>;
};
type OpenApi = {
  openapi: string;
  info: { license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
};

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

describeEngines('the OpenAPI document', (use) => {
  let raw: string;
  let spec: OpenApi;
  beforeAll(async () => {
    const response = await use().request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    raw = response.body;
    spec = response.json();
  });

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.has(method))
        .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('is a valid OpenAPI 3.1 document to an independent validator', async () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    const result = await validate(JSON.parse(raw));
    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  it('names every operation uniquely in camelCase and files it under a tag', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const missing = ops.filter(({ operation }) => !operation.operationId).map(({ name }) => name);
    expect(missing).toEqual([]);
    const untagged = ops.filter(({ operation }) => !operation.tags?.length).map(({ name }) => name);
    expect(untagged).toEqual([]);
    const ids = ops.map(({ operation }) => operation.operationId ?? '');
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id))).toEqual([]);
  });

  it('lists only the errors an operation can answer', () => {
    const statuses = (name: string) => {
      const found = operations().find((op) => op.name === name);
      return Object.keys(found?.operation.responses ?? {}).sort();
    };
    // Reads never conflict; a read that takes nothing has nothing to refuse as invalid or missing.
    const gets = operations().filter(({ name }) => name.startsWith('GET '));
    expect(
      gets.filter(({ operation }) => operation.responses?.['409']).map((op) => op.name),
    ).toEqual([]);
    expect(statuses('GET /api/v1/departments')).toEqual(['200', '401', '403']);
    expect(statuses('GET /api/v1/customers/{id}')).toEqual(['200', '400', '401', '403', '404']);
    // A versioned write can conflict; a business rule can refuse a payment.
    expect(statuses('PATCH /api/v1/customers/{id}')).toEqual(
      ['200', '400', '401', '403', '404', '409', '413'].sort(),
    );
    expect(statuses('POST /api/v1/contracts/{id}/payments')).toContain('422');
    // Conflicts without a version: an e-mail in use, a period that has not ended.
    expect(statuses('POST /api/v1/users')).toContain('409');
    expect(statuses('POST /api/v1/cycles/{id}/status')).toEqual(
      expect.arrayContaining(['409', '422']),
    );
    // Signing in is public: no 403, but a throttle.
    expect(statuses('POST /api/v1/auth/login')).toEqual(['200', '400', '401', '413', '429']);
    expect(statuses('GET /api/v1/auth/session')).toEqual(['200']);
  });

  it('shares records, pages and the error body as named components', () => {
    const schemas = spec.components?.schemas ?? {};
    for (const name of ['Customer', 'CustomerPage', 'Opportunity', 'ErrorBody', 'HistoryEntryPage'])
      expect(Object.keys(schemas)).toContain(name);
    // The error body is written out once; each code carries its own typed parameters.
    // (An `error` property that is an object: a string field named `error` is something else.)
    expect(raw.match(/"error":\{"(oneOf|type":"object)/g) ?? []).toHaveLength(1);
    const errorBody = JSON.stringify(schemas.ErrorBody);
    expect(errorBody).toContain('"const":"pool_claim_cap_reached"');
    expect(errorBody).toContain('"cap":{"type":"integer"');
    // The recursive custom-metric filter points at itself, by name.
    expect(JSON.stringify(schemas.CustomMetricFilterGroupInput)).toContain(
      '#/components/schemas/CustomMetricFilterGroupInput',
    );
    expect(raw).not.toContain('schema0');
  });

  it('says where it is served and under which licence', () => {
    expect(spec.servers?.length).toBeGreaterThan(0);
    expect(spec.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
  });
});
