import { sql, type RawBuilder } from 'kysely';
import {
  dateParam,
  dayStartUtc,
  millisecondsBetween,
  shiftDays,
  timestampParam,
} from '../../src/db/sql-time.js';
import { orgDay } from '../../src/domain/time/org-day.js';
import type { FactContext } from '../../src/modules/metrics/metric-period.js';
import type { ReferenceRow, ReferenceSet } from './reference-sql.js';

const at = (ctx: FactContext, iso: string) => timestampParam(ctx.dialect, iso);
const day = (ctx: FactContext, d: string) => dateParam(ctx.dialect, d);

/** A 'YYYY-MM-DD' column on one of P's org-zone days. */
const onDayOfP = (ctx: FactContext, column: string) =>
  sql`${sql.ref(column)} >= ${day(ctx, ctx.firstDay)} and ${sql.ref(column)} < ${day(ctx, ctx.endDay)}`;

/**
 * Opportunities closed in P (`to` = the statuses counted), one row per closing stage change `sc`:
 * a status change effective in P that is still the opportunity's latest status change before
 * `end` (one reopened before `end` is open at `end`; a won → won stage move is no new closing).
 */
const closingsInP = (ctx: FactContext, to: readonly string[]) => sql`
    stage_changes sc join opportunities o on o.id = sc.opportunity_id and o.deleted_at is null
    where sc.effective_at >= ${at(ctx, ctx.start)} and sc.effective_at < ${at(ctx, ctx.end)}
      and sc.to_status in (${sql.join(to)}) and (sc.from_status is null or sc.from_status <> sc.to_status)
      and not exists (select 1 from stage_changes x
        where x.opportunity_id = sc.opportunity_id and x.effective_at >= sc.effective_at and x.effective_at < ${at(ctx, ctx.end)}
          and (x.effective_at, x.recorded_at, x.id) > (sc.effective_at, sc.recorded_at, sc.id)
          and (x.from_status is null or x.from_status <> x.to_status))`;

/**
 * Live contracts whose `dayColumn` is a day of P, one row each (alias `c`): `user_id`, the owner at
 * the start of that day (the ownership period covering that instant; else, for a contract entered
 * after that day, the owner it was entered with; else, without any period, contracts.owner_id),
 * and the contract columns in `columns` (written against alias `k`).
 */
function contractsOwnedOn(
  ctx: FactContext,
  dayColumn: 'signed_on' | 'fully_paid_on' | 'end_on',
  columns: RawBuilder<unknown>,
) {
  const contracts = sql`(select k.id, k.owner_id, ${dayStartUtc(ctx.dialect, `k.${dayColumn}`, ctx.offsets)} as day_start, ${columns}
      from contracts k where ${onDayOfP(ctx, `k.${dayColumn}`)} and k.deleted_at is null) k`;
  const covers = sql`op.started_at < k.day_start and (op.ended_at is null or op.ended_at >= k.day_start)`;
  // SQLite is fastest probing each contract's periods, PostgreSQL ranking them in one sorted pass.
  if (ctx.dialect === 'sqlite')
    return sql`(select k.*, coalesce(
        (select op.owner_id from ownership_periods op where op.entity = 'contract' and op.record_id = k.id and ${covers}
          order by op.started_at desc limit 1),
        (select op.owner_id from ownership_periods op where op.entity = 'contract' and op.record_id = k.id
          order by op.started_at, op.id limit 1),
        k.owner_id) as user_id
      from ${contracts}) c`;
  return sql`(select * from (select j.*, row_number() over (partition by j.id
          order by j.covers desc, case when j.covers then j.started_at end desc, j.started_at, j.period_id) as rn
        from (select k.*, coalesce(op.owner_id, k.owner_id) as user_id, op.started_at, op.id as period_id, (${covers}) as covers
          from ${contracts} left join ownership_periods op on op.entity = 'contract' and op.record_id = k.id) j) w
      where rn = 1) c`;
}

/** Result metrics (METRICS.md, "Result"). */
export const RESULT_REFERENCES: ReferenceSet = {
  // A lead closed while unowned counts for whoever closed it (a closed lead is never reassigned).
  lead_conversion_rate: (ctx) => sql<ReferenceRow>`
    select coalesce(owner_id, closed_by) as user_id, sum(case when status = 'converted' then 1 else 0 end) as num,
      count(*) as den, count(*) as items
    from leads
    where closed_at >= ${at(ctx, ctx.start)} and closed_at < ${at(ctx, ctx.end)}
      and status in ('converted', 'disqualified') and deleted_at is null and coalesce(owner_id, closed_by) is not null
    group by coalesce(owner_id, closed_by)`,

  win_rate: (ctx) => sql<ReferenceRow>`
    select sc.owner_id as user_id, sum(case when sc.to_status = 'won' then 1 else 0 end) as num,
      count(*) as den, count(*) as items
    from ${closingsInP(ctx, ['won', 'lost'])}
    group by sc.owner_id`,

  avg_deal_cycle_days: (ctx) => sql<ReferenceRow>`
    select sc.owner_id as user_id, sum(${millisecondsBetween(ctx.dialect, 'sc.effective_at', 'o.created_at')}) / 86400000.0 as num,
      count(*) as den, count(*) as items
    from ${closingsInP(ctx, ['won'])}
    group by sc.owner_id`,

  won_amount: (ctx) => sql<ReferenceRow>`
    select user_id, sum(amount_cents) as num, 0 as den, count(*) as items
    from ${contractsOwnedOn(ctx, 'signed_on', sql`k.amount_cents`)}
    group by user_id`,

  // payments.owner_id is the contract's owner when the payment was recorded (imported: when imported).
  payment_amount: (ctx) => sql<ReferenceRow>`
    select p.owner_id as user_id, sum(p.amount_cents) as num, 0 as den, count(*) as items
    from payments p join contracts k on k.id = p.contract_id and k.deleted_at is null
    where ${onDayOfP(ctx, 'p.received_on')} and p.deleted_at is null
    group by p.owner_id`,

  collection_cycle_days: (ctx) => {
    const days =
      ctx.dialect === 'postgres'
        ? sql`k.fully_paid_on - k.signed_on`
        : sql`julianday(k.fully_paid_on) - julianday(k.signed_on)`;
    return sql<ReferenceRow>`
    select user_id, sum(days) as num, count(*) as den, count(*) as items
    from ${contractsOwnedOn(ctx, 'fully_paid_on', sql`${days} as days`)}
    group by user_id`;
  },

  // Driven by the customers with a contract before P (few, next to all customers owned at start).
  // A customer deleted before `end` is out; its contracts count whoever owns them.
  repurchase_rate: (ctx) => sql<ReferenceRow>`
    select ow.owner_id as user_id, sum(h.repurchased) as num, count(*) as den, count(*) as items
    from (select customer_id, max(case when signed_on >= ${day(ctx, ctx.firstDay)} and renewal_of is null then 1 else 0 end) as repurchased
        from contracts where signed_on < ${day(ctx, ctx.endDay)} and deleted_at is null
        group by customer_id having min(signed_on) < ${day(ctx, ctx.firstDay)}) h
      join customers c on c.id = h.customer_id and (c.deleted_at is null or c.deleted_at >= ${at(ctx, ctx.end)})
      join ownership_periods ow on ow.entity = 'customer' and ow.record_id = h.customer_id
        and ow.started_at < ${at(ctx, ctx.start)} and (ow.ended_at is null or ow.ended_at >= ${at(ctx, ctx.start)})
    group by ow.owner_id`,

  // A window still open on the scoring day counts only once renewed; signed_on counts on its day.
  renewal_rate: (ctx) => {
    const today = day(ctx, orgDay(new Date(ctx.scoredAt), ctx.zone));
    const renewed = sql`(case when exists (select 1 from contracts r where r.renewal_of = k.id and r.deleted_at is null
        and r.signed_on >= ${shiftDays(ctx.dialect, 'k.end_on', -60)} and r.signed_on <= ${shiftDays(ctx.dialect, 'k.end_on', 30)}
        and r.signed_on <= ${today}) then 1 else 0 end) as renewed,
      (case when ${shiftDays(ctx.dialect, 'k.end_on', 30)} < ${today} then 1 else 0 end) as closed`;
    return sql<ReferenceRow>`
    select user_id, sum(renewed) as num, count(*) as den, count(*) as items
    from ${contractsOwnedOn(ctx, 'end_on', renewed)}
    where closed = 1 or renewed = 1
    group by user_id`;
  },
};
