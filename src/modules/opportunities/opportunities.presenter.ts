import { namesOf } from '../../platform/http/list-query.js';
import type {
  OpportunityNames,
  OpportunityRow,
  StageChangeRow,
} from './opportunities.repository.js';
import type { OpportunityOut } from './opportunities.schema.js';

export function presentOpportunity(
  o: OpportunityRow & Partial<OpportunityNames>,
  access: 'read' | 'write',
): OpportunityOut {
  return {
    id: o.id,
    customerId: o.customerId,
    name: o.name,
    amountCents: o.amountCents,
    currency: o.currency,
    stageId: o.stageId,
    status: o.status,
    expectedCloseOn: o.expectedCloseOn,
    closedAt: o.closedAt,
    closeReason: o.closeReason,
    ownerId: o.ownerId,
    lastTouchedAt: o.lastTouchedAt,
    createdBy: o.createdBy,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    version: o.version,
    access,
    ...namesOf(o, ['customerName', 'ownerName']),
  };
}

export function presentStageChange(c: StageChangeRow) {
  return {
    id: c.id,
    opportunityId: c.opportunityId,
    fromStageId: c.fromStageId,
    toStageId: c.toStageId,
    fromStatus: c.fromStatus,
    toStatus: c.toStatus,
    effectiveAt: c.effectiveAt,
    recordedAt: c.recordedAt,
    actorId: c.actorId,
    ownerId: c.ownerId,
    reason: c.reason,
    timely: c.timely === 1,
  };
}

/**
 * The fields the history log follows for an opportunity (when its owner took it over is the time
 * of the owner's change itself).
 */
export function opportunitySnapshot(o: OpportunityRow): Record<string, unknown> {
  const { version: _v, createdAt: _c, updatedAt: _u, ownerSince: _s, ...fields } = o;
  return fields;
}
