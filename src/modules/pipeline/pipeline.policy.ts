import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** The stages of the sales pipeline are configuration: admins change them. */
export const canManagePipeline = (actor: Actor): boolean => hasRole(actor, 'admin');
