import { sql, type RawBuilder } from 'kysely';
import type { FactContext, FactRow } from '../metric-period.js';
import { atInPeriod, daysFrom, notDeleted } from './period-terms.facts.js';

/**
 * feedback_adopted (count): feedback reported by u, never deleted, adopted in P — status adopted
 * with decided_at in P (a decision is final, so decided_at is when it became adopted).
 */
export function feedbackAdoptedFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select f.reporter_id as user_id, 'feedback' as record_type, f.id as record_id, f.decided_at as at, 1 as num, 0 as den
    from feedback f where f.status = 'adopted' and ${atInPeriod(ctx, 'f.decided_at')} and ${notDeleted('f')}`;
}

/**
 * feedback_triage_days (mean): feedback decided (adopted or rejected) by u in P, never deleted:
 * fractional days created_at → decided_at. Counted for whoever decided, whatever their role: the
 * product-role template is what makes it a product manager's measure.
 */
export function feedbackTriageDaysFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select f.decided_by as user_id, 'feedback' as record_type, f.id as record_id, f.decided_at as at,
      ${daysFrom(ctx, 'f.decided_at', 'f.created_at')} as num, 1 as den
    from feedback f
    where f.status in ('adopted', 'rejected') and f.decided_by is not null and ${atInPeriod(ctx, 'f.decided_at')} and ${notDeleted('f')}`;
}
