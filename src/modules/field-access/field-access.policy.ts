import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Field permissions decide who sees customers' phones: admins only. */
export const canManageFieldAccess = (actor: Actor): boolean => hasRole(actor, 'admin');
