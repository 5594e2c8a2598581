import type { Selectable } from 'kysely';
import type { OpportunitiesTable } from '../../db/tables/crm.table.js';
import { isTimely } from '../../domain/quality/timeliness.js';
import { opportunitySnapshot } from '../../modules/opportunities/opportunities.presenter.js';
import type { SimContext } from '../context.js';
import { iso } from '../sim-time.js';
import type { OpportunityDraft } from './sales-drafts.js';
import { logCreate } from '../history-rows.js';

/**
 * An opportunity's rows as `openOpportunity` and `changeStage` leave them: the row in its last
 * stage (closed_at/close_reason from the closing change, last_touched_at the latest valid
 * activity or stage change), its ownership period, every stage change with `timely`, and the
 * history of each step.
 */
export async function writeOpportunity(
  ctx: SimContext,
  o: OpportunityDraft,
  ownerId: string,
  lastActivityMs: number | null,
): Promise<void> {
  const createdAt = iso(o.createdMs);
  let row: Selectable<OpportunitiesTable> = {
    id: o.id,
    customerId: o.customerId,
    name: o.name,
    amountCents: o.amountCents,
    currency: 'CNY',
    stageId: o.stages[0]?.toStageId ?? 'stage-qualification',
    status: 'open',
    expectedCloseOn: o.expectedCloseOn,
    closedAt: null,
    closeReason: null,
    ownerId,
    ownerSince: createdAt,
    lastTouchedAt: createdAt,
    version: 1,
    createdBy: ownerId,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
  };
  const steps: {
    atMs: number;
    before: Selectable<OpportunitiesTable>;
    after: Selectable<OpportunitiesTable>;
  }[] = [];
  const created = row;
  for (const [i, s] of o.stages.entries()) {
    if (i === 0) continue;
    const closing = s.toStatus !== 'open';
    const touched =
      row.lastTouchedAt !== null && row.lastTouchedAt > iso(s.effectiveMs)
        ? row.lastTouchedAt
        : iso(s.effectiveMs);
    const next = {
      ...row,
      stageId: s.toStageId,
      status: s.toStatus,
      closedAt: closing ? iso(s.effectiveMs) : null,
      closeReason: closing ? s.reason : null,
      lastTouchedAt: touched,
      version: row.version + 1,
      updatedAt: iso(s.recordedMs),
    };
    steps.push({ atMs: s.recordedMs, before: row, after: next });
    row = next;
  }
  const lastStageMs = o.stages.reduce((m, s) => Math.max(m, s.effectiveMs), o.createdMs);
  const touchedMs = Math.max(lastStageMs, lastActivityMs ?? 0);
  const { version, ...insertable } = row;
  await ctx.sink.push('opportunities', { ...insertable, version, lastTouchedAt: iso(touchedMs) });
  await ctx.sink.push('ownershipPeriods', {
    id: ctx.newId(o.createdMs),
    entity: 'opportunity',
    recordId: o.id,
    ownerId,
    startedAt: createdAt,
    endedAt: null,
  });
  await logCreate(ctx, 'opportunity', o.id, ownerId, o.createdMs, opportunitySnapshot(created));
  for (const s of o.stages)
    await ctx.sink.push('stageChanges', {
      id: ctx.newId(s.recordedMs),
      opportunityId: o.id,
      fromStageId: s.fromStageId,
      toStageId: s.toStageId,
      fromStatus: s.fromStatus,
      toStatus: s.toStatus,
      effectiveAt: iso(s.effectiveMs),
      recordedAt: iso(s.recordedMs),
      actorId: ownerId,
      ownerId,
      reason: s.reason,
      timely: isTimely(new Date(s.effectiveMs), new Date(s.recordedMs)) ? 1 : 0,
    });
  for (const step of steps)
    await ctx.history({
      entity: 'opportunity',
      entityId: o.id,
      action: 'update',
      actorId: ownerId,
      atMs: step.atMs,
      before: opportunitySnapshot(step.before),
      after: opportunitySnapshot(step.after),
    });
}
