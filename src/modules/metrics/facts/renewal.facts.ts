import { sql, type RawBuilder } from 'kysely';
import { dateParam, shiftDays } from '../../../db/sql-time.js';
import type { FactContext, FactRow } from '../metric-period.js';
import { flagOf } from './fact-helpers.facts.js';
import {
  contractOwnerOn,
  contractsOfSubjects,
  ownersLookedUpOnce,
} from './contract-owner.facts.js';
import { dayInPeriod, notDeleted, scoringDay } from './period-terms.facts.js';

/** Days before and after end_on in which a renewal counts (both ends included). */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 30;

/**
 * renewal_rate: contracts with end_on on a day of P, never deleted, for their owner on the end_on
 * day (see contractOwnerOn): share renewed, i.e. a live contract with renewal_of = it signed in
 * [end_on − 60 days, end_on + 30 days] and no later than the scoring day.
 * A contract whose window is still open at scoring time (today ≤ end_on + 30, org zone) counts
 * only once decided — renewed, as a 1 — and otherwise not at all, neither 0 nor 1. At the close
 * of P that affects the contracts ending in its last 30 days; a closed window counts either way.
 * The window may reach past `end`: a renewal signed after P still counts for this P.
 */
export function renewalRateFacts(ctx: FactContext): RawBuilder<FactRow> {
  const today = dateParam(ctx.dialect, scoringDay(ctx));
  const windowEnd = shiftDays(ctx.dialect, 'k.end_on', WINDOW_AFTER);
  const renewed = sql`exists (select 1 from contracts r where r.renewal_of = k.id and ${notDeleted('r')}
      and r.signed_on >= ${shiftDays(ctx.dialect, 'k.end_on', -WINDOW_BEFORE)} and r.signed_on <= ${windowEnd}
      and r.signed_on <= ${today})`;
  return ownersLookedUpOnce(sql<FactRow>`select ${contractOwnerOn(ctx, 'k.end_on')} as user_id, 'contract' as record_type, k.id as record_id,
      k.end_on as at, ${flagOf(renewed)} as num, 1 as den
    from contracts k
    where ${dayInPeriod(ctx, 'k.end_on')} and ${notDeleted('k')} and (${windowEnd} < ${today} or ${renewed})
      ${contractsOfSubjects(ctx, 'end_on')}`);
}
