import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { DEFAULT_ORG_ZONE } from '../../domain/time/org-day.js';
import { pageWindow } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import type { CustomerRow } from '../customers/customers.repository.js';
import { moveToPool } from './pool-moves.service.js';
import {
  returnReason,
  returnThresholds,
  type ReturnReason,
  type ReturnThreshold,
} from './pool-return-rules.js';
import { readPoolSettings } from './pool-settings.service.js';
import * as repo from './pool.repository.js';
import { now } from '../../platform/clock.js';

const BATCH = 200;

async function thresholdsAt(db: Db, now: Date, zone: string): Promise<ReturnThreshold[]> {
  const { rules } = await readPoolSettings(db.kysely);
  return returnThresholds(rules, now, zone);
}

const withReason = (customer: CustomerRow, thresholds: ReturnThreshold[]) => ({
  customer,
  reason: returnReason(customer, thresholds) ?? ('no_follow_up' as ReturnReason),
});

/** Owned customers in the actor's scope that a return rule would send back to the pool now. */
export async function listDueForReturn(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number; ownerId?: string | undefined },
  zone: string,
) {
  const thresholds = await thresholdsAt(db, now(), zone);
  const { items, ...total } = await repo.listDueForReturn(
    db.kysely,
    thresholds,
    ownerScopeOf(actor),
    query.ownerId,
    pageWindow(query),
  );
  return { items: items.map((c) => withReason(c, thresholds)), ...total };
}

/**
 * Returns every customer due under the rules to the pool, each in its own transaction with its
 * history (actor: the system), so one conflict does not undo the others. A customer someone
 * changed meanwhile is skipped and picked up next time. Returns how many went back.
 */
export async function returnDueCustomersToPool(
  db: Db,
  now: Date,
  zone: string = DEFAULT_ORG_ZONE,
): Promise<number> {
  const thresholds = await thresholdsAt(db, now, zone);
  const at = now.toISOString();
  let returned = 0;
  let skipped = 0;
  for (;;) {
    // Returned customers leave the result, so each round reads from the first row not skipped.
    const { items } = await repo.listDueForReturn(db.kysely, thresholds, null, undefined, {
      limit: BATCH,
      offset: skipped,
    });
    if (items.length === 0) return returned;
    for (const customer of items) {
      const reason = returnReason(customer, thresholds) ?? 'no_follow_up';
      const moved = await inTransaction(db, (trx) =>
        moveToPool(trx, customer, null, `returned by rule: ${reason}`, at),
      );
      if (moved) returned += 1;
      else skipped += 1;
    }
  }
}
