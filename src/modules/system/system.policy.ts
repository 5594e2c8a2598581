import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** The log of scheduled jobs (what ran, what failed) is for admins. */
export const canReadJobRuns = (actor: Actor): boolean => hasRole(actor, 'admin');
