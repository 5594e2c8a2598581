import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { anyUser } from '../../src/platform/http/route-access.js';
import type { Role } from '../../src/platform/policy/roles.js';
import {
  buildAuthzFixture,
  INSIDERS,
  OUTSIDERS,
  type AuthzFixture,
} from '../support/authz-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import {
  namesScopedRecord,
  pathRecords,
  refusedInputRequest,
  validRequest,
} from '../support/fixture-requests.js';
import {
  fetchOpenApi,
  operationsOf,
  routeKey,
  type ApiOperation,
  type OpenApiDocument,
} from '../support/openapi-operations.js';
import {
  ENDS_SESSION,
  RECORD_RULE_REFUSES,
  ROUTE_ADMITS,
  type Admits,
} from '../support/route-expectations.js';
import { policyProblems } from '../support/route-policies.js';

/**
 * Every API route of the running server, called as each role of department A, as members of
 * department B and without signing in, with department A's records in its path and body. What
 * each may get follows from the table of who each route admits.
 */
describeEngines('authorisation of every route', (use) => {
  let document: OpenApiDocument;
  let fixture: AuthzFixture;
  let operations: ApiOperation[];

  beforeAll(async () => {
    fixture = await buildAuthzFixture(use());
    document = await fetchOpenApi(use());
    // Deletions and the end of a session come last, so that no other route meets their effect.
    const rank = (o: ApiOperation) =>
      ENDS_SESSION.has(routeKey(o.method, o.path)) ? 2 : o.method === 'DELETE' ? 1 : 0;
    operations = operationsOf(document).sort((a, b) => rank(a) - rank(b));
  });

  const admitsOf = (operation: ApiOperation): Admits => {
    const admits = ROUTE_ADMITS[routeKey(operation.method, operation.path)];
    if (!admits)
      throw new Error(`${routeKey(operation.method, operation.path)} has no expectation`);
    return admits;
  };

  const send = async (
    operation: ApiOperation,
    caller: { role: Role; outside: boolean; session: string } | null,
    request: InjectOptions,
  ): Promise<LightMyRequestResponse> => {
    let session = caller?.session;
    if (caller && ENDS_SESSION.has(routeKey(operation.method, operation.path)))
      session = await fixture.freshSession(caller);
    return use().request({ ...request, ...(session ? { as: session } : {}) });
  };

  /** A problem with an answer: a 5xx, or an error that is not in the API's error shape. */
  const shapeProblem = (response: LightMyRequestResponse): string | undefined => {
    if (response.statusCode >= 500) return `answered ${response.statusCode}: ${response.body}`;
    if (response.statusCode < 400) return undefined;
    const error = (response.json() as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof error?.code !== 'string' || typeof error.message !== 'string')
      return `answered ${response.statusCode} outside the error shape: ${response.body}`;
    return undefined;
  };

  it('has a policy for every route, and each admits exactly the roles the table states', () => {
    const routes = use().app.apiRoutes;
    const documented = new Set(operations.map((o) => routeKey(o.method, o.path)));
    expect(routes.map((r) => routeKey(r.method, r.url)).sort()).toEqual([...documented].sort());
    expect(policyProblems(routes, ROUTE_ADMITS)).toEqual([]);
  });

  it('names a new route that has no line in the table, and one without a policy', () => {
    const route = { operationId: undefined, public: false };
    const newRoute = { ...route, method: 'GET', url: '/api/v1/bonuses/:id', allow: anyUser };
    const noPolicy = { ...route, method: 'POST', url: '/api/v1/bonuses', allow: undefined };
    expect(policyProblems([...use().app.apiRoutes, newRoute, noPolicy], ROUTE_ADMITS)).toEqual([
      'GET /api/v1/bonuses/{id} has no line in the authorisation table (test/support/route-expectations.ts)',
      'POST /api/v1/bonuses has no policy (config.allow or config.public)',
      'POST /api/v1/bonuses has no line in the authorisation table (test/support/route-expectations.ts)',
    ]);
  });

  it('answers 401 to every caller who has not signed in, before looking at the input', async () => {
    const problems: string[] = [];
    for (const operation of operations) {
      if (admitsOf(operation) === 'public') continue;
      const response = await send(operation, null, validRequest(document, fixture, operation));
      if (response.statusCode !== 401 || response.json().error?.code !== 'unauthorized')
        problems.push(`${routeKey(operation.method, operation.path)}: ${response.statusCode}`);
    }
    expect(problems).toEqual([]);
  });

  it("answers another department's member 404 for department A's records, and shows them nothing of it", async () => {
    const problems: string[] = [];
    for (const operation of operations) {
      const admits = admitsOf(operation);
      for (const role of OUTSIDERS) {
        if (admits !== 'public' && !admits.includes(role)) continue;
        const request = validRequest(document, fixture, operation);
        const scoped =
          pathRecords(fixture, operation).some((r) => r.scoped) ||
          namesScopedRecord(fixture, request);
        const caller = { role, outside: true, session: fixture.outsiders[role] };
        const response = await send(operation, caller, request);
        const status = response.statusCode;
        const leaked = fixture.secrets.find((secret) => response.body.includes(secret));
        let problem = shapeProblem(response);
        // A refusal by the record's own rule (403) is fine for a record everyone may see.
        if (scoped && status !== 404) problem = `answered ${status} (not 404): ${response.body}`;
        else if (status === 401 && admits !== 'public') problem = `answered 401: ${response.body}`;
        else if (leaked) problem = `answered with "${leaked}" of department A: ${response.body}`;
        if (problem)
          problems.push(
            `${routeKey(operation.method, operation.path)} as outside ${role}: ${problem}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses each role the route does not admit with 403 and admits the others', async () => {
    const problems: string[] = [];
    for (const operation of operations) {
      const admits = admitsOf(operation);
      for (const role of INSIDERS) {
        const admitted = admits === 'public' || admits.includes(role);
        const request = admitted
          ? refusedInputRequest(fixture, operation)
          : validRequest(document, fixture, operation);
        const caller = { role, outside: false, session: fixture.insiders[role] };
        const response = await send(operation, caller, request);
        const status = response.statusCode;
        const recordRule = RECORD_RULE_REFUSES[routeKey(operation.method, operation.path)];
        const refused = !admitted || recordRule?.roles.includes(role) === true;
        const wrong = refused ? status !== 403 : status === 401 || status === 403;
        const problem = wrong ? `answered ${status}: ${response.body}` : shapeProblem(response);
        if (problem)
          problems.push(`${routeKey(operation.method, operation.path)} as ${role}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
