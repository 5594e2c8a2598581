import { sql, type RawBuilder } from 'kysely';
import { endOfTime } from '../../../db/sql-time.js';
import { changesStatus } from '../../../db/stage-change-superseded.js';
import type { FactContext, FactRow } from '../metric-period.js';
import { flagOf, ts } from './fact-helpers.facts.js';
import { daysFrom, notDeleted } from './period-terms.facts.js';

/**
 * Opportunities closed in P, one row each, joined as `sc` to their closing stage change: the
 * latest change effective before `end` that changed the status (so a move between two won stages
 * is not a new closing). It counts when it closed (won or lost) and took effect in P — hence the
 * opportunity is closed at `end`, and one reopened before `end` is not. Whether it is the latest
 * before `end` is when the opportunity's next change of status took effect, stored on the change
 * (src/db/stage-change-superseded.ts): at or after `end`, or never. The owner is the one the
 * closing change stored (owner at that moment). Deleted opportunities never count.
 */
function closedDeals(ctx: FactContext, status: readonly ('won' | 'lost')[]) {
  // Driven by the closing changes effective in P (an index range per owner that carries all the
  // change's columns read here).
  return sql`stage_changes sc join opportunities o on o.id = sc.opportunity_id
    where sc.effective_at >= ${ts(ctx, ctx.start)} and sc.effective_at < ${ts(ctx, ctx.end)}
      and sc.to_status in (${sql.join(status)}) and ${changesStatus('sc')}
      and coalesce(sc.superseded_at, ${endOfTime(ctx.dialect)}) >= ${ts(ctx, ctx.end)}
      and ${notDeleted('o')}`;
}

/** win_rate: opportunities owned by u (at closing) closed in P: won / (won + lost). */
export function winRateFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select sc.owner_id as user_id, 'opportunity' as record_type, o.id as record_id, sc.effective_at as at,
      ${flagOf(sql`sc.to_status = 'won'`)} as num, 1 as den
    from ${closedDeals(ctx, ['won', 'lost'])}`;
}

/**
 * avg_deal_cycle_days: the same opportunities, won only: mean of (won_at − created_at) in
 * fractional days (rounded to 1 decimal only for display).
 */
export function avgDealCycleDaysFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select sc.owner_id as user_id, 'opportunity' as record_type, o.id as record_id, sc.effective_at as at,
      ${daysFrom(ctx, 'sc.effective_at', 'o.created_at')} as num, 1 as den
    from ${closedDeals(ctx, ['won'])}`;
}
