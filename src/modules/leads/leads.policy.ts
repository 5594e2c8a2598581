import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Leads are worked by sales and brought in by marketing; managers, admins and executives oversee them. */
export const canWorkWithLeads = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'marketing', 'manager', 'admin', 'executive');

export const canCreateLead = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'marketing', 'manager', 'admin');

/** Assigning a lead to someone else, or crediting another source user, is a manager's or admin's call. */
export const canAssignLead = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');
