import { sql } from 'kysely';
import { millisecondsBetween, timestampParam } from '../../src/db/sql-time.js';
import type { FactContext } from '../../src/modules/metrics/metric-period.js';
import type { ReferenceRow, ReferenceSet } from './reference-sql.js';

const period = (ctx: FactContext) => ({
  start: timestampParam(ctx.dialect, ctx.start),
  end: timestampParam(ctx.dialect, ctx.end),
});

/** A lead phone or e-mail that passes Q1: set, not blank, and no open placeholder flag on it. */
const passesQ1 = (field: 'phone' | 'email') => sql`(trim(${sql.ref(`l.${field}`)}) <> ''
  and not exists (select 1 from quality_flags q
    where q.entity = 'lead' and q.record_id = l.id and q.rule = 'Q1' and q.status = 'open' and q.field = ${sql.lit(field)}))`;

/** Service, marketing and collaboration metrics (METRICS.md, "Service", "Marketing", "Collaboration"). */
export const SERVICE_MARKETING_REFERENCES: ReferenceSet = {
  first_response_minutes: (ctx) => {
    const { start, end } = period(ctx);
    // A ticket still unanswered at `end` has waited until `end`.
    return sql<ReferenceRow>`
      select w.assignee_id as user_id, sum(${millisecondsBetween(ctx.dialect, 'w.answered_at', 'w.created_at')}) / 60000.0 as num,
        count(*) as den, count(*) as items
      from (
        select assignee_id, created_at, case when first_response_at < ${end} then first_response_at else ${end} end as answered_at
        from tickets
        where created_at >= ${start} and created_at < ${end} and assignee_id is not null and deleted_at is null
      ) w
      group by w.assignee_id`;
  },

  csat: (ctx) => {
    const { start, end } = period(ctx);
    return sql<ReferenceRow>`
      select resolved_by as user_id, sum(case when rating >= 4 then 1 else 0 end) as num, count(*) as den, count(*) as items
      from tickets
      where resolved_at >= ${start} and resolved_at < ${end} and resolved_by is not null
        and rating between 1 and 5 and deleted_at is null
      group by resolved_by`;
  },

  qualified_leads: (ctx) => {
    const { start, end } = period(ctx);
    return sql<ReferenceRow>`
      select l.source_user_id as user_id, count(*) as num, 0 as den, count(*) as items
      from leads l
      where l.created_at >= ${start} and l.created_at < ${end} and l.source_user_id is not null and l.deleted_at is null
        and (${passesQ1('phone')} or ${passesQ1('email')})
        and not exists (select 1 from quality_flags q
          where q.entity = 'lead' and q.record_id = l.id and q.rule = 'Q2' and q.status = 'open')
      group by l.source_user_id`;
  },

  lead_nurture_rate: (ctx) => {
    const { start, end } = period(ctx);
    return sql<ReferenceRow>`
      select source_user_id as user_id, sum(case when status = 'converted' then 1 else 0 end) as num,
        count(*) as den, count(*) as items
      from leads
      where closed_at >= ${start} and closed_at < ${end} and status in ('converted', 'disqualified')
        and source_user_id is not null and deleted_at is null
      group by source_user_id`;
  },

  marketing_lead_conversion: (ctx) => {
    const { start, end } = period(ctx);
    // A closed lead can no longer be reassigned: its owner is its owner at closing (else its closer).
    return sql<ReferenceRow>`
      select coalesce(l.owner_id, l.closed_by) as user_id, sum(case when l.status = 'converted' then 1 else 0 end) as num,
        count(*) as den, count(*) as items
      from leads l
      join user_roles marketer on marketer.user_id = l.source_user_id and marketer.role = 'marketing'
      join user_roles seller on seller.user_id = coalesce(l.owner_id, l.closed_by) and seller.role = 'sales'
      where l.closed_at >= ${start} and l.closed_at < ${end} and l.status in ('converted', 'disqualified')
        and l.deleted_at is null
      group by coalesce(l.owner_id, l.closed_by)`;
  },

  lead_quality_rating: (ctx) => {
    const { start, end } = period(ctx);
    return sql<ReferenceRow>`
      select source_user_id as user_id, sum(quality_rating) as num, count(*) as den, count(*) as items
      from leads
      where closed_at >= ${start} and closed_at < ${end} and status in ('converted', 'disqualified')
        and quality_rating between 1 and 5 and source_user_id is not null and deleted_at is null
        and (closed_by is null or closed_by <> source_user_id)
      group by source_user_id`;
  },

  feedback_adopted: (ctx) => {
    const { start, end } = period(ctx);
    return sql<ReferenceRow>`
      select reporter_id as user_id, count(*) as num, 0 as den, count(*) as items
      from feedback
      where decided_at >= ${start} and decided_at < ${end} and status = 'adopted' and deleted_at is null
      group by reporter_id`;
  },

  feedback_triage_days: (ctx) => {
    const { start, end } = period(ctx);
    // Only the product role may decide feedback, so whoever decided it is a product-role user.
    return sql<ReferenceRow>`
      select f.decided_by as user_id, sum(${millisecondsBetween(ctx.dialect, 'f.decided_at', 'f.created_at')}) / 86400000.0 as num,
        count(*) as den, count(*) as items
      from feedback f
      where f.decided_at >= ${start} and f.decided_at < ${end} and f.status in ('adopted', 'rejected')
        and f.decided_by is not null and f.deleted_at is null
      group by f.decided_by`;
  },
};
