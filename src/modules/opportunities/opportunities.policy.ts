import { hasRole, type Actor } from '../../platform/policy/actor.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';

/** Opportunities are read by whoever works with customers (collaborators come from any of them). */
export const canWorkWithOpportunities = canWorkWithCustomers;

export const canCreateOpportunity = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'manager', 'admin');

/** Choosing or changing an opportunity's owner is a manager's or admin's call. */
export const canAssignOpportunity = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');
