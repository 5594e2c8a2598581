import { hasRole, type Actor } from '../../platform/policy/actor.js';
import type { FlagRow } from './quality-flags.repository.js';

/**
 * Everyone may read the flags within their data scope: a flag explains a number, so the person
 * it concerns sees it too (a rep sees their own, a manager their team's).
 */
export const canReadFlags = (): boolean => true;

/** Who may clear flags at all: managers for their team, and the roles that oversee everyone. */
export const canClearFlags = (actor: Actor): boolean =>
  hasRole(actor, 'manager', 'admin', 'hr', 'executive');

/**
 * Clearing a flag needs the role and a flag about someone else: nobody clears their own flag,
 * which would make the review a formality. (Data scope is checked before, as a WHERE clause.)
 */
export const canClearFlag = (actor: Actor, flag: Pick<FlagRow, 'userId'>): boolean =>
  canClearFlags(actor) && flag.userId !== actor.id;

/** A bulk re-evaluation rewrites flags for everyone: an administrator's task. */
export const canRunQualityRules = (actor: Actor): boolean => hasRole(actor, 'admin');
