import type { PlanOut } from './plans.schema.js';
import type { PlanRow } from './plans.repository.js';

export function presentPlan(plan: PlanRow, access: 'read' | 'write'): PlanOut {
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
  };
}

/** The fields the history log follows for a plan. */
export function planSnapshot(plan: PlanRow): Record<string, unknown> {
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = plan;
  return fields;
}
