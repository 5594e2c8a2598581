import type { AwardWinner, Ineligibility } from '../../domain/recognition/awards.js';
import type { BadgeEvidence } from '../../domain/recognition/badge-rule.js';
import type { GrantRow } from './recognition.repository.js';

/** What cycle-awards.ts stores as an award's evidence. */
type StoredAwardEvidence = {
  cycleName: string;
  winner: AwardWinner;
  groupSize: number;
  eligible: number;
  excluded: { userId: string; reason: Ineligibility }[];
};

/**
 * A grant as shown. An award's evidence names who it is shared with, but of the people who could
 * not receive it only how many and why: their flags are theirs, not the group's business.
 */
export function presentGrant(row: GrantRow & { userName: string }) {
  const base = {
    id: row.id,
    kind: row.kind,
    key: row.key,
    userId: row.userId,
    userName: row.userName,
    cycleId: row.cycleId,
    role: row.role,
    departmentId: row.departmentId,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    grantedAt: row.grantedAt,
  };
  if (row.kind === 'badge') {
    const e = JSON.parse(row.evidence) as BadgeEvidence;
    return { ...base, evidence: { kind: 'badge' as const, ...e } };
  }
  const e = JSON.parse(row.evidence) as StoredAwardEvidence;
  const count = (reason: Ineligibility) => e.excluded.filter((x) => x.reason === reason).length;
  return {
    ...base,
    evidence: {
      kind: 'award' as const,
      cycleName: e.cycleName,
      total: e.winner.total,
      previousTotal: e.winner.previousTotal ?? null,
      gain: e.winner.gain ?? null,
      sharedWith: e.winner.sharedWith,
      groupSize: e.groupSize,
      eligible: e.eligible,
      excluded: {
        noTotal: count('no_total'),
        fewItemsApplicable: count('few_items_applicable'),
        openFlags: count('open_flags'),
      },
    },
  };
}
