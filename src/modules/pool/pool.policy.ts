import { hasRole, type Actor } from '../../platform/policy/actor.js';

export { canUsePool } from '../../platform/policy/record-access.js';

/** Managers and admins hand customers to people in their scope. */
export const canAssignCustomers = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');

/** Pool rules and limits are an admin's setting. */
export const canManagePoolSettings = (actor: Actor): boolean => hasRole(actor, 'admin');

/** Who may see which owned customers are due back to the pool: managers for their scope, admins for all. */
export const canReviewPoolReturns = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');

/** The owner releases their own customer; a manager or admin releases one within their scope. */
export const canRelease = (
  actor: Actor,
  customer: { ownerId: string | null; inScope: number },
): boolean =>
  customer.ownerId === actor.id ||
  (hasRole(actor, 'manager', 'admin') && Number(customer.inScope) === 1);
