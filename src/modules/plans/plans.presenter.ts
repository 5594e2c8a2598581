import { namesOf } from '../../platform/http/list-query.js';
import type { PlanOut } from './plans.schema.js';
import type { PlanRow } from './plans.repository.js';

export function presentPlan(
  plan: PlanRow & { customerName?: string | null },
  access: 'read' | 'write',
): PlanOut {
  return {
    id: plan.id,
    recordType: plan.recordType,
    recordId: plan.recordId,
    customerId: plan.customerId,
    ownerId: plan.ownerId,
    dueAt: plan.dueAt,
    note: plan.note,
    status: plan.completedAt === null ? 'open' : 'completed',
    completedAt: plan.completedAt,
    completedByActivityId: plan.completedByActivityId,
    createdBy: plan.createdBy,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    version: plan.version,
    access,
    ...namesOf(plan, ['customerName']),
  };
}

/** The fields the history log follows for a plan. */
export function planSnapshot(plan: PlanRow): Record<string, unknown> {
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = plan;
  return fields;
}
