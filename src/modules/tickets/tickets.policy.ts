import { hasRole, type Actor } from '../../platform/policy/actor.js';

export const canWorkWithTickets = (actor: Actor): boolean =>
  hasRole(actor, 'service', 'sales', 'manager', 'admin', 'executive');

export const canWriteTickets = (actor: Actor): boolean =>
  hasRole(actor, 'service', 'sales', 'manager', 'admin');

/** A reply from the service side (not from whoever logged the ticket for a customer) is a response. */
export const repliesAsAgent = (actor: Actor): boolean => hasRole(actor, 'service', 'manager');
