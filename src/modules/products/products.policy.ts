import { anyUser } from '../../platform/http/route-access.js';
import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** The product catalogue is reference data: everyone reads it. */
export const canReadProducts = anyUser;

export const canWriteProducts = (actor: Actor): boolean => hasRole(actor, 'admin', 'manager');
