import { sql, type RawBuilder } from 'kysely';
import type { FactContext, FactRow } from '../metric-period.js';
import { ts } from './fact-helpers.facts.js';

/**
 * review_coverage: for a manager u, the appraisals of u's direct reports (u was their manager when
 * the cycle opened) published in P; reviewed when u wrote a non-blank manager comment.
 */
export function reviewCoverageFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select p.manager_id as user_id, 'cycle_result' as record_type, r.id as record_id, c.published_at as at,
      (case when r.manager_reviewed_by = p.manager_id and r.manager_comment is not null and trim(r.manager_comment) <> '' then 1 else 0 end) as num,
      1 as den
    from cycle_results r
    join cycles c on c.id = r.cycle_id
    join cycle_participants p on p.cycle_id = r.cycle_id and p.user_id = r.user_id
    where p.manager_id is not null and c.published_at >= ${ts(ctx, ctx.start)} and c.published_at < ${ts(ctx, ctx.end)}`;
}
