import type { DataScope } from '../../db/tables/organisation.table.js';
import type { Role } from './roles.js';

/** Whoever is making a request, as the policies see them. */
export type Actor = {
  id: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  /** The data scopes of all of the actor's roles; their union is what the actor may see. */
  scopes: DataScope[];
  authenticatedBy: 'session' | 'token';
  /** Set when the request came with a read-only API token: it may call GET routes only. */
  readOnly?: true;
};

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}
