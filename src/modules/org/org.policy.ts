import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Admins manage people, departments and roles. */
export const canManageOrg = (actor: Actor): boolean => hasRole(actor, 'admin');

/** HR and executives read the whole organisation; everyone reads names for pickers. */
export const canReadOrg = (_actor: Actor): boolean => true;
