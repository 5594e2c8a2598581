import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Follow-up plans are kept by whoever follows up records: sales, service and their managers. */
export const canWorkWithPlans = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'service', 'manager', 'admin', 'executive', 'marketing');

/** Planning a follow-up for someone else is a manager's or admin's call. */
export const canPlanForOthers = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');
