import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Admins define metrics without code; everyone may read what exists. */
export const canDefineMetrics = (actor: Actor): boolean => hasRole(actor, 'admin');
export const canReadMetrics = (_actor: Actor): boolean => true;
