import { sql, type RawBuilder } from 'kysely';
import type { FactContext } from '../metric-period.js';
import { timestampParam } from '../../../db/sql-time.js';

export const ts = (ctx: FactContext, iso: string) => timestampParam(ctx.dialect, iso);

/** ISO instant `days` before `iso`. */
export function daysBefore(iso: string, days: number): string {
  return new Date(Date.parse(iso) - days * 86_400_000).toISOString();
}

/**
 * The owner of each record of `entity` at the end of the period: the ownership period that
 * started before `end` and had not ended before it (a change exactly at `end` is not yet applied).
 */
export function ownersAt(ctx: FactContext, entity: 'customer' | 'opportunity', at: string) {
  return sql<{
    record_id: string;
    owner_id: string;
  }>`(select record_id, owner_id from ownership_periods where entity = ${entity} and started_at < ${ts(ctx, at)} and (ended_at is null or ended_at >= ${ts(ctx, at)}))`;
}

/** 1 when `condition` holds, else 0, as an SQL integer. */
export function flagOf(condition: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(case when ${condition} then 1 else 0 end)`;
}

/** Opportunity status at an instant: the latest stage change effective before it. */
export function statusAt(
  ctx: FactContext,
  opportunityColumn: string,
  at: string,
): RawBuilder<string> {
  return sql<string>`(select sc.to_status from stage_changes sc where sc.opportunity_id = ${sql.ref(opportunityColumn)} and sc.effective_at < ${ts(ctx, at)} order by sc.effective_at desc, sc.recorded_at desc, sc.id desc limit 1)`;
}
