import { sql, type RawBuilder } from 'kysely';
import type { FactContext, FactRow, Facts } from '../metric-period.js';
import { ts } from './fact-helpers.facts.js';
import { atInPeriod, dayInPeriod, notDeleted } from './period-terms.facts.js';
import { dayCountedFacts, recordedActivityRows } from './day-totals.facts.js';
import { countsAsCreated } from '../../../db/activity-day-totals.js';

/** Usage that counts as using the data: a report, a dashboard, a customer analysis, a team scorecard. */
const INSIGHT_KINDS = ['report_view', 'dashboard_view', 'analysis_view', 'scorecard_view'];

/** A view of one's own live scorecard or own appraisal result: not a team scorecard. */
const ownScorecardView = sql`(e.kind = 'scorecard_view' and (
    (coalesce(e.entity, '') = 'user' and coalesce(e.record_id, '') = e.user_id)
    or (coalesce(e.entity, '') = 'cycle_result'
      and exists (select 1 from cycle_results r where r.id = e.record_id and r.user_id = e.user_id))))`;

/**
 * insight_days (count): distinct org-zone days of P (usage_events.day, fixed at write) on which u
 * opened at least one report, dashboard, analysis or scorecard: one fact per (user, day), whose
 * record id is the day and whose time is the first such view that day. Customer views do not count,
 * nor one's own scorecard or appraisal result, nor views after the scoring time (a live period's or
 * a frozen cycle's last day counts up to it).
 */
export function insightDaysFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select e.user_id as user_id, 'usage_day' as record_type, cast(e.day as text) as record_id, min(e.at) as at,
      1 as num, 0 as den
    from usage_events e
    where e.kind in (${sql.join(INSIGHT_KINDS)}) and ${dayInPeriod(ctx, 'e.day')} and e.at < ${ts(ctx, ctx.end)}
      and not ${ownScorecardView}
    group by e.user_id, e.day`;
}

/**
 * data_flag_rate: records created by u in P — activities (by recorded_at, their creation time;
 * actor), customers and leads (created_at, created_by) — share carrying an open quality flag of any
 * rule. Invalid activities DO count here, although every other metric excludes them: this metric
 * is about the flags, and Q3/Q4 are the ones that make activities invalid. Deleted records do not
 * count (a flag on a record its author deleted is no longer a problem in the data). Imported
 * activities (import_job_id set) were created by nobody and do not count either. Whether a record
 * carries an open flag is stored on it (`flagged`, kept by triggers: src/db/record-flags.ts).
 */
export function dataFlagRateFacts(ctx: FactContext): Facts {
  const activities = dayCountedFacts(
    ctx,
    recordedActivityRows('flagged', countsAsCreated),
    { table: 'activity_day_totals', num: 'flagged', items: 'created' },
    1,
  );
  const others = [
    sql<FactRow>`select c.created_by as user_id, 'customer' as record_type, c.id as record_id, c.created_at as at, c.flagged as num, 1 as den
      from customers c where c.created_by is not null and ${atInPeriod(ctx, 'c.created_at')} and ${notDeleted('c')}`,
    sql<FactRow>`select l.created_by as user_id, 'lead' as record_type, l.id as record_id, l.created_at as at, l.flagged as num, 1 as den
      from leads l where l.created_by is not null and ${atInPeriod(ctx, 'l.created_at')} and ${notDeleted('l')}`,
  ];
  return { rows: [activities.rows, ...others], sums: [...activities.sums, ...others] };
}
