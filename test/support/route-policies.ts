import type { ApiRoute } from '../../src/platform/http/route-access.js';
import type { Actor } from '../../src/platform/policy/actor.js';
import { DEFAULT_ROLE_SCOPES, ROLES, type Role } from '../../src/platform/policy/roles.js';
import { routeKey } from './openapi-operations.js';
import type { Admits } from './route-expectations.js';

/** A signed-in user of one role, as a policy sees them. */
export const actorOfRole = (role: Role): Actor => ({
  id: `actor-${role}`,
  name: role,
  roles: [role],
  departmentId: 'department-a',
  scopes: [DEFAULT_ROLE_SCOPES[role]],
  authenticatedBy: 'session',
});

/** The roles a route's policy admits, or `public`; undefined when it states no policy. */
export function admittedBy(route: ApiRoute): Admits | undefined {
  if (route.public) return 'public';
  const allow = route.allow;
  if (!allow) return undefined;
  return ROLES.filter((role) => allow(actorOfRole(role)));
}

const describe = (admits: Admits) =>
  admits === 'public' ? 'public' : `[${[...admits].sort().join(', ')}]`;

/**
 * Where the server's routes and the expectation table disagree, one line per problem naming
 * the route: a route without a line in the table, a route without a policy, a policy that admits
 * other roles than the table says, and a line for a route that no longer exists.
 */
export function policyProblems(
  routes: readonly ApiRoute[],
  table: Readonly<Record<string, Admits>>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const key = routeKey(route.method, route.url);
    seen.add(key);
    const expected = table[key];
    const actual = admittedBy(route);
    if (actual === undefined) problems.push(`${key} has no policy (config.allow or config.public)`);
    if (expected === undefined) {
      problems.push(
        `${key} has no line in the authorisation table (test/support/route-expectations.ts)`,
      );
      continue;
    }
    if (actual !== undefined && describe(actual) !== describe(expected))
      problems.push(
        `${key}: its policy admits ${describe(actual)}, the table says ${describe(expected)}`,
      );
  }
  for (const key of Object.keys(table))
    if (!seen.has(key)) problems.push(`${key} is in the authorisation table but not in the server`);
  return problems;
}
