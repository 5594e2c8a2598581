import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** The quarterly review and what-ifs: managers (for their scope), HR and admins. */
export const canRunReview = (actor: Actor): boolean => hasRole(actor, 'manager', 'hr', 'admin');

/** Everyone may give feedback on the items of their own scorecard (the service checks it is theirs). */
export const canGiveItemFeedback = (_actor: Actor): boolean => true;
