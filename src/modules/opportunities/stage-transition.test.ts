import { describe, expect, it } from 'vitest';
import { planStageChange, type StageTransition } from './stage-transition.js';

const base: StageTransition = {
  current: { stageId: 's-open-1', lastTouchedAt: '2026-03-01T00:00:00.000Z' },
  target: { id: 's-open-2', kind: 'open', active: true },
  effectiveAt: '2026-03-05T08:00:00.000Z',
  reason: undefined,
  previousEffectiveAt: '2026-03-01T00:00:00.000Z',
};

describe('planStageChange', () => {
  it('moves between open stages without closing', () => {
    expect(planStageChange(base)).toEqual({
      ok: true,
      changes: {
        stageId: 's-open-2',
        status: 'open',
        closedAt: null,
        closeReason: null,
        lastTouchedAt: '2026-03-05T08:00:00.000Z',
      },
    });
  });

  it('closes at the effective time with the reason when won or lost', () => {
    const won = planStageChange({
      ...base,
      target: { id: 's-won', kind: 'won', active: true },
      reason: '  signed  ',
    });
    expect(won).toMatchObject({
      ok: true,
      changes: { status: 'won', closedAt: '2026-03-05T08:00:00.000Z', closeReason: 'signed' },
    });
    const lost = planStageChange({
      ...base,
      target: { id: 's-lost', kind: 'lost', active: true },
      reason: 'price',
    });
    expect(lost).toMatchObject({
      ok: true,
      changes: { status: 'lost', closedAt: '2026-03-05T08:00:00.000Z', closeReason: 'price' },
    });
  });

  it('requires a non-blank reason to close', () => {
    for (const reason of [undefined, '', '   ']) {
      expect(
        planStageChange({ ...base, target: { id: 's-lost', kind: 'lost', active: true }, reason }),
      ).toMatchObject({ ok: false, path: 'reason' });
    }
  });

  it('reopens by clearing the close', () => {
    const reopened = planStageChange({
      ...base,
      current: { stageId: 's-won', lastTouchedAt: null },
      reason: 'customer came back',
    });
    expect(reopened).toMatchObject({
      ok: true,
      changes: { status: 'open', closedAt: null, closeReason: null },
    });
  });

  it('refuses a change earlier than the previous one, but accepts the same instant', () => {
    expect(planStageChange({ ...base, effectiveAt: '2026-02-28T23:59:59.999Z' })).toMatchObject({
      ok: false,
      path: 'effectiveAt',
    });
    expect(planStageChange({ ...base, effectiveAt: base.previousEffectiveAt })).toMatchObject({
      ok: true,
    });
  });

  it('refuses the current stage and inactive stages', () => {
    expect(planStageChange({ ...base, target: { ...base.target, id: 's-open-1' } })).toMatchObject({
      ok: false,
      path: 'stageId',
    });
    expect(planStageChange({ ...base, target: { ...base.target, active: false } })).toMatchObject({
      ok: false,
      path: 'stageId',
    });
  });

  it('keeps a later touch when the change is back-dated', () => {
    const touched = planStageChange({
      ...base,
      current: { stageId: 's-open-1', lastTouchedAt: '2026-03-10T00:00:00.000Z' },
    });
    expect(touched).toMatchObject({
      ok: true,
      changes: { lastTouchedAt: '2026-03-10T00:00:00.000Z' },
    });
  });
});
