import type { DataScope } from '../../db/tables/organisation.table.js';
import type { OwnerScope } from '../../db/scope-filter.js';
import type { Actor } from './actor.js';

export type { OwnerScope };

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
