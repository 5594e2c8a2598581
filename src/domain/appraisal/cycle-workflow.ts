export const CYCLE_STATUSES = [
  'draft',
  'open',
  'self_review',
  'manager_review',
  'calibrated',
  'published',
  'archived',
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** The one step forward each status allows: an appraisal cycle never goes back. */
const NEXT: Record<CycleStatus, CycleStatus | null> = {
  draft: 'open',
  open: 'self_review',
  self_review: 'manager_review',
  manager_review: 'calibrated',
  calibrated: 'published',
  published: 'archived',
  archived: null,
};

export function canTransition(from: CycleStatus, to: CycleStatus): boolean {
  return NEXT[from] === to;
}

export function nextStatus(status: CycleStatus): CycleStatus | null {
  return NEXT[status];
}

/** Scores follow the data live until manager review; from then on they are frozen. */
export function isLive(status: CycleStatus): boolean {
  return status === 'open' || status === 'self_review';
}

/** Published and archived cycles are closed: nothing in them changes except by an audited recompute. */
export function isClosed(status: CycleStatus): boolean {
  return status === 'published' || status === 'archived';
}

/** Managers adjust item scores, with a reason, during manager review and calibration. */
export function allowsAdjustment(status: CycleStatus): boolean {
  return status === 'manager_review' || status === 'calibrated';
}
