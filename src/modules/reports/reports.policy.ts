import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Reports and the leadership cockpit are for the people who lead: managers, executives, admins. */
export const canReadReports = (actor: Actor): boolean =>
  hasRole(actor, 'manager', 'executive', 'admin');
