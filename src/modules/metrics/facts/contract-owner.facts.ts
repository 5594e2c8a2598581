import { sql, type RawBuilder } from 'kysely';
import type { FactContext, FactRow } from '../metric-period.js';
import { contractOwnerAt } from '../../../db/contract-owner.js';
import { dayInPeriod, dayStart } from './period-terms.facts.js';

/**
 * The owner of contract `k` on the org-zone day in `dateColumn` (signing, full payment, end): its
 * owner at the start of that day (src/db/contract-owner.ts).
 */
export function contractOwnerOn(ctx: FactContext, dateColumn: string): RawBuilder<string> {
  return contractOwnerAt(dayStart(ctx, dateColumn));
}

/**
 * `and` the live contracts that can belong to ctx.subjects on their day in `dayColumn` (of P): a
 * superset of those contractOwnerOn gives them, as an index lookup of theirs instead of a pass over
 * every contract of the period; nothing for a whole company. A live contract's open ownership
 * period is its current owner's (changeOwnership moves both; one without periods, imported before
 * they were kept, is its owner_id's), so a contract a subject owns on the day is either one they
 * own now, found with its day by the owner's index, or one of their ended periods — few, since
 * contracts seldom change hands; asked as `ended_at >= started_at`, which no index answers, so that
 * SQLite looks them up by owner instead of reading every ended period of the company. `union all`:
 * a contract named twice changes nothing in an IN list, and a deduplicating union made SQLite read
 * the periods in record order, every contract's, to merge them (a slice of ten at M: 17 → 5 ms).
 */
export function contractsOfSubjects(
  ctx: FactContext,
  dayColumn: 'signed_on' | 'fully_paid_on' | 'end_on',
): RawBuilder<boolean> {
  if (!ctx.subjects) return sql<boolean>``;
  const people = sql.join(ctx.subjects);
  return sql<boolean>`and k.id in (
    select op.record_id from ownership_periods op
      where op.entity = 'contract' and op.owner_id in (${people}) and op.ended_at >= op.started_at
    union all select own.id from contracts own
      where own.owner_id in (${people}) and ${dayInPeriod(ctx, `own.${dayColumn}`, 'most rows')})`;
}

/**
 * Contract facts, each owner looked up once: as a plain sub-query the engines copy the owner's
 * expression into every use of `user_id` — the people filter, the grouping, the result — and
 * SQLite then looked each contract's periods up three times. A materialised one forms the rows
 * first (contractsOfSubjects already narrows them to a few people's contracts).
 */
export function ownersLookedUpOnce(rows: RawBuilder<FactRow>): RawBuilder<FactRow> {
  return sql<FactRow>`with facts as materialized (${rows}) select * from facts`;
}
