import { isThinContent } from '../../domain/quality/thin-content.js';
import { isTimely } from '../../domain/quality/timeliness.js';

/** The data-quality rules that can make an activity invalid (METRICS.md: Q3, later Q4). */
export type InvalidatingRule = 'Q3_thin';

export type ActivityQuality = {
  valid: 0 | 1;
  timely: 0 | 1;
  /** Why it is invalid; empty when valid. */
  invalidBecause: InvalidatingRule[];
};

/**
 * The stored quality columns of an activity, computed at create and whenever its content or
 * occurred time changes. The one place these flags are decided, so that the later data-quality
 * rules (copy-paste, flag clearing) extend it rather than scatter.
 */
export function activityQuality(input: {
  content: string;
  occurredAt: string;
  recordedAt: string;
}): ActivityQuality {
  const invalidBecause: InvalidatingRule[] = [];
  if (isThinContent(input.content)) invalidBecause.push('Q3_thin');
  return {
    valid: invalidBecause.length === 0 ? 1 : 0,
    timely: isTimely(new Date(input.occurredAt), new Date(input.recordedAt)) ? 1 : 0,
    invalidBecause,
  };
}
