import type { CreatedActivity } from '../../api/activities-api';

/** Why a just-logged follow-up counts less than the writer may think. */
export type CaptureReason = 'thin' | 'copy' | 'burst' | 'backfill' | 'late';

/**
 * What the activity write decided (METRICS.md, data-quality rules): `excluded` when it counts
 * nowhere (Q3 thin, Q4 copy-paste), `review` when it counts but is flagged or late (Q5 burst, Q6
 * backfill, recorded more than 24 h after it happened), `counts` otherwise.
 */
export type CaptureVerdict = { kind: 'counts' | 'review' | 'excluded'; reasons: CaptureReason[] };

const RULE_REASONS: Partial<Record<string, CaptureReason>> = {
  Q3: 'thin',
  Q4: 'copy',
  Q5: 'burst',
  Q6: 'backfill',
};

export function captureVerdict(
  created: Pick<CreatedActivity, 'valid' | 'timely' | 'qualityFlags'>,
): CaptureVerdict {
  const reasons = created.qualityFlags.flatMap((flag) => {
    const reason = RULE_REASONS[flag.rule];
    return reason ? [reason] : [];
  });
  // A backfill (Q6) already says it is late.
  if (!created.timely && !reasons.includes('backfill')) reasons.push('late');
  if (!created.valid) return { kind: 'excluded', reasons };
  return { kind: reasons.length > 0 ? 'review' : 'counts', reasons };
}
