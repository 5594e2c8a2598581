import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Everyone sees recognition; whose grants and which boards is the viewer's data scope (WHERE). */
export const canReadRecognition = (_actor: Actor): boolean => true;

/** Admins define badges and switch leaderboards. */
export const canManageRecognition = (actor: Actor): boolean => hasRole(actor, 'admin');

/** Those who run cycles may grant a closed cycle's recognition again. */
export const canGrantRecognition = (actor: Actor): boolean => hasRole(actor, 'admin', 'hr');
