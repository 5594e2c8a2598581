import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Managers set targets (业绩目标) for the people in their scope; HR and admins for anyone. */
export const canSetTargets = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin', 'hr');
