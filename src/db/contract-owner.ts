import { sql, type RawBuilder } from 'kysely';

/**
 * The owner of contract `contract` (an alias of `contracts`) at the instant `at`, as METRICS.md
 * (Owner) says for events dated by day: from its ownership periods (entity 'contract'), the one
 * open at `at` (a change exactly then is not yet applied). A contract is usually entered on or
 * after the day it counts for, when no period covers that day yet: then the owner it was entered
 * with (its first period) — a later reassignment does not take the deal away from whoever closed
 * it. Contracts without any ownership rows (imported) fall back to their `owner_id`.
 */
export function contractOwnerAt(at: RawBuilder<unknown>, contract = 'k'): RawBuilder<string> {
  const id = sql.ref(`${contract}.id`);
  return sql<string>`coalesce(
    (select op.owner_id from ownership_periods op where op.entity = 'contract' and op.record_id = ${id}
      and op.started_at < ${at} and (op.ended_at is null or op.ended_at >= ${at})
      order by op.started_at desc limit 1),
    (select op.owner_id from ownership_periods op where op.entity = 'contract' and op.record_id = ${id}
      order by op.started_at, op.id limit 1),
    ${sql.ref(`${contract}.owner_id`)})`;
}
