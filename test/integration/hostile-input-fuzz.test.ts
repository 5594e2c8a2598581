import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/platform/policy/roles.js';
import { buildAuthzFixture, INSIDERS, type AuthzFixture } from '../support/authz-fixture.js';
import { databaseFingerprint } from '../support/database-fingerprint.js';
import { describeEngines } from '../support/describe-engines.js';
import { validRequest } from '../support/fixture-requests.js';
import { hostileRequests } from '../support/hostile-input.js';
import {
  fetchOpenApi,
  operationsOf,
  routeKey,
  WRITE_METHODS,
  type ApiOperation,
  type OpenApiDocument,
} from '../support/openapi-operations.js';
import { ENDS_SESSION, ROUTE_ADMITS } from '../support/route-expectations.js';

/** Fixed, so that a failure found once is found again on every run. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_118);
/** Requests per write route and engine (FUZZ_RUNS=… for a longer hunt; FUZZ_SEED=… for other input). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
/** Bookkeeping that moves without a write: sessions seen, login attempts, usage, job runs. */
const BOOKKEEPING = new Set(['sessions', 'login_attempts', 'usage_events', 'job_runs']);

/** Who fuzzes a route: the first admitted role in this order (the rep owns the records). */
const CALLER_PREFERENCE: readonly Role[] = [
  'sales',
  'manager',
  'admin',
  'hr',
  'marketing',
  'service',
  'product',
  'executive',
];

/**
 * Every write route of the OpenAPI document, driven with hostile input by a user it admits: the
 * answer is never a 5xx, an error is always in the API's error shape, and a refused request
 * leaves the database as it was.
 */
describeEngines('hostile input to every write route', (use) => {
  let document: OpenApiDocument;
  let fixture: AuthzFixture;
  let writes: ApiOperation[];

  beforeAll(async () => {
    fixture = await buildAuthzFixture(use());
    document = await fetchOpenApi(use());
    writes = operationsOf(document).filter((o) => WRITE_METHODS.has(o.method));
  });

  const sessionFor = async (operation: ApiOperation): Promise<string | undefined> => {
    const key = routeKey(operation.method, operation.path);
    const admits = ROUTE_ADMITS[key];
    if (!admits) throw new Error(`${key} has no expectation`);
    if (admits === 'public') return undefined;
    const role = CALLER_PREFERENCE.find((r) => admits.includes(r));
    if (!role || !INSIDERS.includes(role)) throw new Error(`${key} admits nobody`);
    if (ENDS_SESSION.has(key)) return fixture.freshSession({ role, outside: false });
    return fixture.insiders[role];
  };

  const problemWith = (response: LightMyRequestResponse): string | undefined => {
    if (response.statusCode >= 500) return `answered ${response.statusCode}: ${response.body}`;
    if (response.statusCode < 400) return undefined;
    let body: { error?: { code?: unknown; message?: unknown; details?: unknown } };
    try {
      body = response.json();
    } catch {
      return `answered ${response.statusCode} with no JSON: ${response.body.slice(0, 200)}`;
    }
    const error = body.error;
    const shaped =
      typeof error?.code === 'string' &&
      typeof error.message === 'string' &&
      (error.details === undefined || Array.isArray(error.details));
    return shaped
      ? undefined
      : `answered ${response.statusCode} outside the error shape: ${response.body}`;
  };

  /** The fingerprint once work accepted to run in the background (202) has stopped writing. */
  const settled = async () => {
    let last = await databaseFingerprint(use().db, BOOKKEEPING);
    for (;;) {
      await new Promise((done) => setTimeout(done, 100));
      const now = await databaseFingerprint(use().db, BOOKKEEPING);
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
  };

  it('never answers 5xx, always in the error shape, and changes nothing when it refuses', async () => {
    const failures: string[] = [];
    // The database as the last accepted request left it: a refusal must leave it so.
    let baseline = await databaseFingerprint(use().db, BOOKKEEPING);
    for (const [index, operation] of writes.entries()) {
      const key = routeKey(operation.method, operation.path);
      const valid = validRequest(document, fixture, operation);
      const property = fc.asyncProperty(
        hostileRequests(document, operation, valid),
        async (request) => {
          const as = await sessionFor(operation);
          const response = await use().request({ ...request, ...(as ? { as } : {}) });
          const after =
            response.statusCode === 202
              ? await settled()
              : await databaseFingerprint(use().db, BOOKKEEPING);
          const before = baseline;
          baseline = after;
          const problem = problemWith(response);
          if (problem) throw new Error(problem);
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          if (response.statusCode >= 400 && changed.length)
            throw new Error(
              `refused (${response.body}) but changed ${changed.map((t) => `${t} ${before[t]} → ${after[t]}`).join(', ')}`,
            );
        },
      );
      const details = await fc.check(property, {
        seed: SEED + index,
        numRuns: RUNS,
        endOnFailure: true,
      });
      if (details.failed) {
        const example = JSON.stringify(details.counterexample?.[0], (_, v: unknown) =>
          typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}…(${v.length})` : v,
        );
        failures.push(`${key}: ${String(details.errorInstance)} — request ${example}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
