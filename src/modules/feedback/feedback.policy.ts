import { anyUser } from '../../platform/http/route-access.js';
import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Anyone may report product feedback (需求反馈); most of it comes from service. */
export const canWorkWithFeedback = anyUser;

/** Product and admin see every item, whoever reported it; others see their data scope's reporters. */
export const seesAllFeedback = (actor: Actor): boolean => hasRole(actor, 'product', 'admin');

/** Only product decides what is adopted. */
export const canDecideFeedback = (actor: Actor): boolean => hasRole(actor, 'product');
