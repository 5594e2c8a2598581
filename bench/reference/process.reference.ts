import { sql } from 'kysely';
import { shiftHours, timestampParam } from '../../src/db/sql-time.js';
import type { FactContext } from '../../src/modules/metrics/metric-period.js';
import type { ReferenceRow, ReferenceSet } from './reference-sql.js';

const DAY_MS = 86_400_000;
const daysEarlier = (iso: string, days: number) =>
  new Date(Date.parse(iso) - days * DAY_MS).toISOString();

/**
 * A customer or opportunity that still existed at `end`. One deleted within 24 h of its creation
 * never counts (Q7), even if that deletion came after `end`; a customer merged away is not deleted
 * in that sense.
 */
const existedAtEnd = (ctx: FactContext, alias: string, entity: 'customer' | 'opportunity') => {
  const deletedAt = sql.ref(`${alias}.deleted_at`);
  const merged =
    entity === 'customer'
      ? sql` or exists (select 1 from history h where h.entity = 'customer' and h.entity_id = ${sql.ref(`${alias}.id`)} and h.action = 'merge')`
      : sql``;
  return sql`(${deletedAt} is null or (${deletedAt} >= ${timestampParam(ctx.dialect, ctx.end)}
    and (${deletedAt} > ${shiftHours(ctx.dialect, `${alias}.created_at`, 24)}${merged})))`;
};

/** The ownership period of `alias` that was running at `end` (a handover exactly at `end` is not yet made). */
const ownedAtEnd = (ctx: FactContext, alias: string, entity: 'customer' | 'opportunity') => {
  const end = timestampParam(ctx.dialect, ctx.end);
  return sql`${sql.ref(`${alias}.entity`)} = ${entity} and ${sql.ref(`${alias}.started_at`)} < ${end}
    and (${sql.ref(`${alias}.ended_at`)} is null or ${sql.ref(`${alias}.ended_at`)} >= ${end})`;
};

/** The status of opportunity `id` at `end`: that of its last stage change effective before `end`. */
const statusAtEnd = (ctx: FactContext, id: string) => sql`(select s.to_status from stage_changes s
    where s.opportunity_id = ${sql.ref(id)} and s.effective_at < ${timestampParam(ctx.dialect, ctx.end)}
    order by s.effective_at desc, s.recorded_at desc, s.id desc limit 1)`;

/** Process metrics (METRICS.md, "Process"). */
export const PROCESS_REFERENCES: ReferenceSet = {
  profile_completeness: (ctx) => {
    const fields = ctx.keyFields;
    const flagged = fields.map(
      (field, i) =>
        sql`max(case when q.field = ${field} then 1 else 0 end) as ${sql.ref(`flag_${i}`)}`,
    );
    const filled = fields.map((field, i) => {
      const value = sql.ref(`c.${field}`);
      return sql`(case when ${value} is null or trim(${value}) = '' or ${sql.ref(`f.flag_${i}`)} = 1 then 0 else 1 end)`;
    });
    return sql<ReferenceRow>`
      select op.owner_id as user_id, sum(${fields.length > 0 ? sql.join(filled, sql` + `) : sql`0`}) as num,
        count(*) * ${sql.lit(fields.length)} as den, count(*) as items
      from ownership_periods op
      join customers c on c.id = op.record_id
      left join (
        select q.record_id${fields.length > 0 ? sql`, ${sql.join(flagged)}` : sql``}
        from quality_flags q where q.entity = 'customer' and q.rule = 'Q1' and q.status = 'open'
        group by q.record_id
      ) f on f.record_id = c.id
      where ${ownedAtEnd(ctx, 'op', 'customer')} and ${existedAtEnd(ctx, 'c', 'customer')}
      group by op.owner_id`;
  },

  activity_frequency: (ctx) => sql<ReferenceRow>`
    select actor_id as user_id, count(*) as num, 0 as den, count(*) as items
    from activities
    where occurred_at >= ${timestampParam(ctx.dialect, ctx.start)} and occurred_at < ${timestampParam(ctx.dialect, ctx.end)}
      and valid = 1 and deleted_at is null and type in ('call', 'visit', 'meeting', 'email', 'message')
    group by actor_id`,

  follow_up_coverage: (ctx) => {
    const end = timestampParam(ctx.dialect, ctx.end);
    const from = timestampParam(ctx.dialect, daysEarlier(ctx.end, 30));
    return sql<ReferenceRow>`
      select op.owner_id as user_id,
        sum(case when exists (select 1 from activities a where a.customer_id = c.id
          and a.occurred_at >= ${from} and a.occurred_at < ${end} and a.valid = 1 and a.deleted_at is null) then 1 else 0 end) as num,
        count(*) as den, count(*) as items
      from customers c cross join ownership_periods op
      where op.record_id = c.id and ${ownedAtEnd(ctx, 'op', 'customer')} and ${existedAtEnd(ctx, 'c', 'customer')}
        and (c.level in ('A', 'B') or exists (select 1 from opportunities o where o.customer_id = c.id
          and o.created_at < ${end} and ${existedAtEnd(ctx, 'o', 'opportunity')} and ${statusAtEnd(ctx, 'o.id')} = 'open'))
      group by op.owner_id`;
  },

  // Timeliness is decided when an event is written or corrected and stored with it (`timely`).
  update_timeliness: (ctx) => {
    const start = timestampParam(ctx.dialect, ctx.start);
    const end = timestampParam(ctx.dialect, ctx.end);
    return sql<ReferenceRow>`
      select user_id, sum(num) as num, sum(den) as den, sum(den) as items from (
        select actor_id as user_id, sum(timely) as num, count(*) as den
        from activities
        where recorded_at >= ${start} and recorded_at < ${end} and valid = 1 and deleted_at is null and import_job_id is null
        group by actor_id
        union all
        select actor_id, sum(timely), count(*)
        from stage_changes
        where recorded_at >= ${start} and recorded_at < ${end} and actor_id is not null and from_stage_id is not null
        group by actor_id
        union all
        select actor_id, sum(timely), count(*)
        from customer_status_changes
        where recorded_at >= ${start} and recorded_at < ${end} and actor_id is not null
        group by actor_id
        union all
        select created_by, sum(timely), count(*)
        from payments
        where recorded_at >= ${start} and recorded_at < ${end} and created_by is not null and import_job_id is null and deleted_at is null
        group by created_by
      ) events
      group by user_id`;
  },

  plan_execution: (ctx) => sql<ReferenceRow>`
    select owner_id as user_id, sum(executed) as num, count(*) as den, count(*) as items
    from follow_up_plans
    where due_at >= ${timestampParam(ctx.dialect, ctx.start)} and due_at < ${timestampParam(ctx.dialect, ctx.end)}
      and (deleted_at is null or deleted_at >= ${shiftHours(ctx.dialect, 'due_at', 24)})
    group by owner_id`,

  stale_pipeline: (ctx) => {
    const end = timestampParam(ctx.dialect, ctx.end);
    const from = timestampParam(ctx.dialect, daysEarlier(ctx.end, 14));
    return sql<ReferenceRow>`
      select op.owner_id as user_id,
        sum(case when o.created_at >= ${from}
          or exists (select 1 from stage_changes s where s.opportunity_id = o.id and s.effective_at >= ${from} and s.effective_at < ${end})
          or exists (select 1 from activities a where a.record_type = 'opportunity' and a.record_id = o.id
            and a.occurred_at >= ${from} and a.occurred_at < ${end} and a.valid = 1 and a.deleted_at is null)
          then 0 else 1 end) as num,
        count(*) as den, count(*) as items
      from opportunities o cross join ownership_periods op
      where op.record_id = o.id and ${ownedAtEnd(ctx, 'op', 'opportunity')}
        and o.created_at < ${end} and ${existedAtEnd(ctx, 'o', 'opportunity')} and ${statusAtEnd(ctx, 'o.id')} = 'open'
      group by op.owner_id`;
  },
};
