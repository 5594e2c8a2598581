import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Customer records are the daily work of sales, service, their managers and admins. */
export const canWorkWithCustomers = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'service', 'manager', 'admin', 'executive', 'marketing');

export const canCreateCustomer = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'manager', 'admin');

/** Creating for someone else, or straight into the pool, is a manager's or admin's call. */
export const canChooseOwner = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');
