import type { DataScope } from '../../db/tables/organisation.table.js';
import type { Actor } from './actor.js';

/**
 * Which owners' records an actor may see, as data: the repositories turn it into a WHERE
 * clause (src/db/scope-filter.ts), so scope is never applied by filtering after loading.
 * Several roles give the union of their scopes: the widest access wins.
 */
export type OwnerScope =
  | { kind: 'all' }
  | {
      kind: 'owners';
      actorId: string;
      /** Owners who report to the actor, at any depth. */
      includeReports: boolean;
      /** Owners in this department only (own-department scope). */
      department: string | null;
      /** Owners in this department or any department below it. */
      departmentTree: string | null;
    };

export function ownerScopeOf(actor: Actor): OwnerScope {
  const scopes = new Set<DataScope>(actor.scopes);
  if (scopes.has('all')) return { kind: 'all' };
  return {
    kind: 'owners',
    actorId: actor.id,
    includeReports: scopes.has('self_and_reports'),
    department: scopes.has('department') ? actor.departmentId : null,
    departmentTree: scopes.has('department_tree') ? actor.departmentId : null,
  };
}
