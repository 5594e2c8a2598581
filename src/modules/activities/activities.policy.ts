import { hasRole, type Actor } from '../../platform/policy/actor.js';
import type { ActivityRow } from './activities.repository.js';

/** Whoever follows up leads, customers and opportunities records what they did. */
export const canWorkWithActivities = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'service', 'manager', 'admin', 'executive', 'marketing');

/**
 * Only the author edits or deletes an activity: it is the evidence of their own work, and the
 * appraisal credits it to them, so nobody else may rewrite it (a manager reads it, and history
 * keeps every edit).
 */
export const canChangeActivity = (actor: Actor, activity: Pick<ActivityRow, 'actorId'>): boolean =>
  activity.actorId === actor.id;
