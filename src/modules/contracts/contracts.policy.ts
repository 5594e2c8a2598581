import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Contracts and their payments: the people who sell, serve and manage; data scope applies inside. */
export const canWorkWithContracts = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'service', 'manager', 'admin', 'executive');

export const canWriteContracts = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'manager', 'admin');
