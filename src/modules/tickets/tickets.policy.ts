import { hasRole, type Actor } from '../../platform/policy/actor.js';

export const canWorkWithTickets = (actor: Actor): boolean =>
  hasRole(actor, 'service', 'sales', 'manager', 'admin', 'executive');

export const canWriteTickets = (actor: Actor): boolean =>
  hasRole(actor, 'service', 'sales', 'manager', 'admin');

/** Unassigned tickets are the service desk's queue: agents and managers see them to pick them up. */
export const seesUnassignedTickets = (actor: Actor): boolean =>
  hasRole(actor, 'service', 'manager');

/** A reply from the service side (not from whoever logged the ticket for a customer) is a response. */
export const repliesAsAgent = (actor: Actor): boolean => hasRole(actor, 'service', 'manager');
