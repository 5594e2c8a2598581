import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Everyone has an inbox and preferences; each reaches only their own (the service scopes it). */
export const canUseInbox = (): boolean => true;

/** Channel settings hold secrets and the delivery log names every recipient: admins only. */
export const canAdministerNotifications = (actor: Actor): boolean => hasRole(actor, 'admin');
