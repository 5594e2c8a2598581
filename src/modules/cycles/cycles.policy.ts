import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** HR and admins run appraisal cycles. */
export const canManageCycles = (actor: Actor): boolean => hasRole(actor, 'admin', 'hr');

/** Everyone sees the list of cycles; results are limited to each viewer's data scope. */
export const canReadCycles = (_actor: Actor): boolean => true;

/** Review and adjust: managers (of people in their scope), HR and admins. */
export const canReviewResults = (actor: Actor): boolean =>
  hasRole(actor, 'manager', 'admin', 'hr', 'executive');
