import { sql } from 'kysely';
import { dateParam, timestampParam } from '../../src/db/sql-time.js';
import type { ReferenceRow, ReferenceSet } from './reference-sql.js';

/** The day before a 'YYYY-MM-DD' day. */
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Use of the data and leadership (METRICS.md, "Use of the data"). */
export const DATA_USE_REFERENCES: ReferenceSet = {
  // Only views up to `end` (a live period's scoring time) count; one's own scorecard or appraisal
  // result is not a team scorecard (events without an entity are taken as they come).
  insight_days: (ctx) => sql<ReferenceRow>`
    select e.user_id, count(distinct e.day) as num, 0 as den, count(distinct e.day) as items
    from usage_events e
    where e.kind in ('report_view', 'dashboard_view', 'analysis_view', 'scorecard_view')
      and e.day >= ${dateParam(ctx.dialect, ctx.firstDay)} and e.day < ${dateParam(ctx.dialect, ctx.endDay)}
      and (e.day < ${dateParam(ctx.dialect, dayBefore(ctx.endDay))} or e.at < ${timestampParam(ctx.dialect, ctx.end)})
      and (case when e.kind = 'scorecard_view' and ((e.entity = 'user' and e.record_id = e.user_id)
        or (e.entity = 'cycle_result' and exists (select 1 from cycle_results r where r.id = e.record_id and r.user_id = e.user_id)))
        then 1 else 0 end) = 0
    group by e.user_id`,

  // Direct reports are the cycle's own: the manager each participant had when it opened.
  review_coverage: (ctx) => sql<ReferenceRow>`
    select p.manager_id as user_id,
      sum(case when r.manager_reviewed_by = p.manager_id and trim(coalesce(r.manager_comment, '')) <> '' then 1 else 0 end) as num,
      count(*) as den, count(*) as items
    from cycles c
    join cycle_results r on r.cycle_id = c.id
    join cycle_participants p on p.cycle_id = r.cycle_id and p.user_id = r.user_id
    where c.published_at >= ${timestampParam(ctx.dialect, ctx.start)} and c.published_at < ${timestampParam(ctx.dialect, ctx.end)}
      and p.manager_id is not null
    group by p.manager_id`,

  // Flaggable records only (activities, customers, leads), by their stored `flagged`; invalid
  // activities count, deleted and imported records do not.
  data_flag_rate: (ctx) => {
    const start = timestampParam(ctx.dialect, ctx.start);
    const end = timestampParam(ctx.dialect, ctx.end);
    return sql<ReferenceRow>`
      select user_id, sum(num) as num, sum(den) as den, sum(den) as items from (
        select actor_id as user_id, sum(flagged) as num, count(*) as den
        from activities
        where recorded_at >= ${start} and recorded_at < ${end} and deleted_at is null and import_job_id is null
        group by actor_id
        union all
        select created_by, sum(flagged), count(*)
        from customers
        where created_at >= ${start} and created_at < ${end} and created_by is not null and deleted_at is null
        group by created_by
        union all
        select created_by, sum(flagged), count(*)
        from leads
        where created_at >= ${start} and created_at < ${end} and created_by is not null and deleted_at is null
        group by created_by
      ) records
      group by user_id`;
  },
};
