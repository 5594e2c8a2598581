export type OpportunityStatus = 'open' | 'won' | 'lost';

export type StageTransition = {
  current: { stageId: string; lastTouchedAt: string | null };
  target: { id: string; kind: OpportunityStatus; active: boolean };
  /** ISO instant the change really happened (already checked not to be in the future). */
  effectiveAt: string;
  reason: string | undefined;
  /** Effective time of the opportunity's latest stage change. */
  previousEffectiveAt: string;
};

export type StageChangeFields = {
  stageId: string;
  status: OpportunityStatus;
  closedAt: string | null;
  closeReason: string | null;
  lastTouchedAt: string;
};

export type TransitionOutcome =
  | { ok: true; changes: StageChangeFields }
  | {
      ok: false;
      path: 'stageId' | 'reason' | 'effectiveAt';
      code: 'stage_unchanged' | 'stage_inactive' | 'before_previous_change' | 'reason_required';
      message: string;
    };

const later = (a: string | null, b: string): string =>
  a !== null && Date.parse(a) > Date.parse(b) ? a : b;

/**
 * Decides what a stage change does to an opportunity, or why it is refused. Moving to a won or
 * lost stage closes it at the change's effective time and needs a reason; moving back to an open
 * stage reopens it and clears the close. Stage history must stay in effective-time order.
 */
export function planStageChange(t: StageTransition): TransitionOutcome {
  if (t.target.id === t.current.stageId)
    return {
      ok: false,
      path: 'stageId',
      code: 'stage_unchanged',
      message: 'the opportunity is already in this stage',
    };
  if (!t.target.active)
    return {
      ok: false,
      path: 'stageId',
      code: 'stage_inactive',
      message: 'this stage is no longer in use',
    };
  if (Date.parse(t.effectiveAt) < Date.parse(t.previousEffectiveAt)) {
    return {
      ok: false,
      path: 'effectiveAt',
      code: 'before_previous_change',
      message: `cannot be earlier than the previous stage change (${t.previousEffectiveAt})`,
    };
  }
  const reason = t.reason?.trim() ? t.reason.trim() : null;
  const closing = t.target.kind !== 'open';
  if (closing && reason === null)
    return {
      ok: false,
      path: 'reason',
      code: 'reason_required',
      message: `a reason is required to mark the opportunity ${t.target.kind}`,
    };
  return {
    ok: true,
    changes: {
      stageId: t.target.id,
      status: t.target.kind,
      closedAt: closing ? t.effectiveAt : null,
      closeReason: closing ? reason : null,
      // The latest touch wins: a back-dated change does not hide a later activity.
      lastTouchedAt: later(t.current.lastTouchedAt, t.effectiveAt),
    },
  };
}
