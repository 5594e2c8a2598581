import { sql, type RawBuilder } from 'kysely';
import type { FactContext, FactRow } from '../metric-period.js';
import { flagOf } from './fact-helpers.facts.js';
import { atInPeriod, notDeleted } from './period-terms.facts.js';

/**
 * Who a closed lead counts for. A closed lead is final (it can no longer be reassigned), so its
 * owner_id IS its owner at closing; a lead closed while unowned counts for whoever closed it.
 */
const OWNER_AT_CLOSING = sql`coalesce(l.owner_id, l.closed_by)`;
const SOURCE_USER = sql`l.source_user_id`;

/** 1 when the user holds `role` (user_roles). */
const hasRole = (user: RawBuilder<unknown>, role: string) =>
  sql`exists (select 1 from user_roles r where r.user_id = ${user} and r.role = ${role})`;

/**
 * Leads closed in P (converted or disqualified, by closed_at), never deleted, one row per lead for
 * `user`: `num` is the lead's contribution (converted 0/1 by default), `den` 1.
 */
function closedLeadFacts(
  ctx: FactContext,
  user: RawBuilder<unknown>,
  options: { num?: RawBuilder<unknown>; where?: RawBuilder<unknown> } = {},
): RawBuilder<FactRow> {
  const num = options.num ?? flagOf(sql`l.status = 'converted'`);
  return sql<FactRow>`select ${user} as user_id, 'lead' as record_type, l.id as record_id, l.closed_at as at, ${num} as num, 1 as den
    from leads l
    where l.status in ('converted', 'disqualified') and ${atInPeriod(ctx, 'l.closed_at')} and ${notDeleted('l')}
      and ${user} is not null ${options.where ? sql`and ${options.where}` : sql``}`;
}

/** lead_conversion_rate: leads owned by u (at closing) closed in P: converted / closed. */
export function leadConversionRateFacts(ctx: FactContext): RawBuilder<FactRow> {
  return closedLeadFacts(ctx, OWNER_AT_CLOSING);
}

/** lead_nurture_rate: leads whose source user is u, closed in P: converted / closed. */
export function leadNurtureRateFacts(ctx: FactContext): RawBuilder<FactRow> {
  return closedLeadFacts(ctx, SOURCE_USER);
}

/**
 * marketing_lead_conversion: leads sourced by a user with the marketing role and owned at closing
 * by u with the sales role, closed in P: converted / closed. Roles are the users' current roles.
 * A lead a marketer sourced and a sales rep also holds is counted in both roles' views.
 */
export function marketingLeadConversionFacts(ctx: FactContext): RawBuilder<FactRow> {
  return closedLeadFacts(ctx, OWNER_AT_CLOSING, {
    where: sql`${hasRole(SOURCE_USER, 'marketing')} and ${hasRole(OWNER_AT_CLOSING, 'sales')}`,
  });
}

/**
 * lead_quality_rating: for source user u, the mean 1–5 quality rating given on closing to the
 * leads u sourced that closed in P; unrated leads are left out (not counted as 0), and so are the
 * ratings u gave their own leads by closing them.
 */
export function leadQualityRatingFacts(ctx: FactContext): RawBuilder<FactRow> {
  return closedLeadFacts(ctx, SOURCE_USER, {
    num: sql`l.quality_rating`,
    where: sql`l.quality_rating between 1 and 5 and (l.closed_by is null or l.closed_by <> ${SOURCE_USER})`,
  });
}
