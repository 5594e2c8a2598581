import { sql } from 'kysely';
import { keyFieldUnfilled } from '../../db/customer-field-filled.js';
import { KEY_LEVELS } from '../../db/customer-owner-totals.js';
import type { Executor } from '../../db/database.js';
import type { KeyField } from '../metrics/metric-period.js';

/**
 * For each key field, how many of the user's live customers leave it unfilled — empty, or
 * holding a placeholder with an open Q1 flag — the same rule as profile completeness.
 */
export async function countMissingFields(
  executor: Executor,
  ownerId: string,
  fields: readonly KeyField[],
): Promise<Record<string, number>> {
  if (fields.length === 0) return {};
  const columns = fields.map(
    (field) =>
      sql`sum(case when ${keyFieldUnfilled('c', field)} then 1 else 0 end) as ${sql.ref(field)}`,
  );
  const { rows } = await sql<
    Record<string, number | string | null>
  >`select ${sql.join(columns)} from customers c
    where c.owner_id = ${ownerId} and c.deleted_at is null`.execute(executor);
  const row = rows[0] ?? {};
  return Object.fromEntries(fields.map((field) => [field, Number(row[field] ?? 0)]));
}

export async function countOverduePlans(
  executor: Executor,
  ownerId: string,
  now: string,
): Promise<number> {
  const row = await executor
    .selectFrom('followUpPlans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ownerId', '=', ownerId)
    .where('deletedAt', 'is', null)
    .where('completedAt', 'is', null)
    .where('dueAt', '<', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Open opportunities of the user not touched (valid activity or stage change) since `since`. */
export async function countStaleOpportunities(
  executor: Executor,
  ownerId: string,
  since: string,
): Promise<number> {
  const row = await executor
    .selectFrom('opportunities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ownerId', '=', ownerId)
    .where('status', '=', 'open')
    .where('deletedAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb('lastTouchedAt', '<', since),
        eb.and([eb('lastTouchedAt', 'is', null), eb('createdAt', '<', since)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Key-level (A/B) customers of the user with no valid follow-up since `since`. */
export async function countUncoveredKeyCustomers(
  executor: Executor,
  ownerId: string,
  since: string,
): Promise<number> {
  const row = await executor
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ownerId', '=', ownerId)
    .where('deletedAt', 'is', null)
    .where('level', 'in', KEY_LEVELS)
    .where((eb) => eb.or([eb('lastFollowUpAt', 'is', null), eb('lastFollowUpAt', '<', since)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
