import { sql, type RawBuilder } from 'kysely';
import type { FactContext, FactRow } from '../metric-period.js';
import { flagOf, ts } from './fact-helpers.facts.js';
import { atInPeriod, minutesFrom, notDeleted } from './period-terms.facts.js';

/**
 * first_response_minutes (median): tickets created in P assigned to u (the current assignee —
 * tickets keep no ownership periods), never deleted: minutes created_at → first_response_at; a
 * ticket with no response before `end` counts as end − created_at (waiting is not free).
 */
export function firstResponseMinutesFacts(ctx: FactContext): RawBuilder<FactRow> {
  const end = ts(ctx, ctx.end);
  const responded = minutesFrom(ctx, 't.first_response_at', 't.created_at');
  const waiting = minutesFrom(ctx, 'pe.period_end', 't.created_at');
  return sql<FactRow>`select t.assignee_id as user_id, 'ticket' as record_type, t.id as record_id, t.created_at as at,
      (case when t.first_response_at is not null and t.first_response_at < ${end} then ${responded} else ${waiting} end) as num,
      1 as den
    from tickets t cross join (select ${end} as period_end) pe
    where t.assignee_id is not null and ${atInPeriod(ctx, 't.created_at')} and ${notDeleted('t')}`;
}

/** csat: tickets resolved by u in P (resolved_at) with a 1–5 rating, never deleted: share rated 4 or 5. */
export function csatFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select t.resolved_by as user_id, 'ticket' as record_type, t.id as record_id, t.resolved_at as at,
      ${flagOf(sql`t.rating >= 4`)} as num, 1 as den
    from tickets t
    where t.resolved_by is not null and ${atInPeriod(ctx, 't.resolved_at')} and t.rating between 1 and 5 and ${notDeleted('t')}`;
}
