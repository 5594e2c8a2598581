import type { Actor } from '../../platform/policy/actor.js';
import { canChangeActivity } from './activities.policy.js';
import { namesOf } from '../../platform/http/list-query.js';
import type { ActivityNames, ActivityRow } from './activities.repository.js';
import type { ActivityOut } from './activities.schema.js';

export function activityAccess(actor: Actor, activity: ActivityRow): 'read' | 'write' {
  return canChangeActivity(actor, activity) ? 'write' : 'read';
}

export function presentActivity(
  activity: ActivityRow & Partial<ActivityNames>,
  access: 'read' | 'write',
): ActivityOut {
  return {
    id: activity.id,
    type: activity.type,
    recordType: activity.recordType,
    recordId: activity.recordId,
    customerId: activity.customerId,
    content: activity.content,
    occurredAt: activity.occurredAt,
    recordedAt: activity.recordedAt,
    actorId: activity.actorId,
    ownerId: activity.ownerId,
    valid: activity.valid === 1,
    timely: activity.timely === 1,
    planId: activity.planId,
    access,
    ...namesOf(activity, ['customerName', 'actorName', 'ownerName']),
  };
}

/**
 * The fields the history log follows for an activity (neither the scope flag nor `flagged`, which
 * follows the quality flags and has its own record there, nor the content key, which follows the
 * content).
 */
export function activitySnapshot(
  activity: ActivityRow & { inScope?: number },
): Record<string, unknown> {
  const { inScope: _s, flagged: _f, contentKey: _k, ...fields } = activity;
  return fields;
}
