import { hasRole, type Actor } from '../../platform/policy/actor.js';

/**
 * Who works a book of their own, and so has follow-ups and a live scorecard worth a place on the
 * workbench: the people the appraisal measures (an admin or HR may open the same pages, but their
 * workbench is the set-up and the organisation, not a book).
 */
export const worksOwnBook = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'service', 'marketing', 'product', 'manager');

/** Who sells, and so has a pipeline that goes stale and customers whose records need filling. */
export const sellsOwnDeals = (actor: Actor): boolean => hasRole(actor, 'sales', 'manager');

/** Who runs marketing campaigns day to day (managers and admins may, but it is not their work). */
export const runsCampaigns = (actor: Actor): boolean => hasRole(actor, 'marketing');

/** Who leads people, and so lands on the team's numbers (HR and executives watch every team). */
export const leadsPeople = (actor: Actor): boolean => hasRole(actor, 'manager', 'hr', 'executive');
