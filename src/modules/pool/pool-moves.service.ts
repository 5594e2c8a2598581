import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { lockForTransaction } from '../../db/transaction-lock.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { now as currentTime, nowIso } from '../../platform/clock.js';
import { invalidField, notFound, refusal, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { customerSnapshot } from '../customers/customers.presenter.js';
import { findCustomer, type CustomerRow } from '../customers/customers.repository.js';
import { isOwnerInScope } from '../../db/scope-filter.js';
import { loadCustomer } from '../customers/customers.service.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { readPoolSettings } from './pool-settings.service.js';
import { canRelease } from './pool.policy.js';
import * as repo from './pool.repository.js';
import type { PoolQuery } from './pool.schema.js';

const DAY_MS = 86_400_000;

export async function listPool(db: Db, query: PoolQuery, zone: string) {
  const entered = dayRangeToInstants(query.enteredFrom, query.enteredTo, zone);
  return repo.listPool(
    db.kysely,
    {
      q: query.q,
      status: query.status,
      level: query.level,
      industry: query.industry,
      region: query.region,
      previousOwnerId: query.previousOwnerId,
      enteredFrom: entered.from,
      enteredBefore: entered.before,
    },
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
}

async function reloaded(trx: Executor, id: string): Promise<CustomerRow> {
  const stored = await findCustomer(trx, id);
  if (!stored) throw notFound('customer');
  return stored;
}

/** Applies an owner change at `at` with its ownership period and history; false when the version moved on. */
async function changeOwner(
  trx: Executor,
  before: CustomerRow,
  changes: Partial<CustomerRow> & { ownerId: string | null },
  actorId: string | null,
  at: string,
  note: Record<string, unknown> = {},
): Promise<boolean> {
  if (
    !(await updateVersioned(trx, 'customers', before.id, before.version, {
      ...changes,
      updatedAt: at,
    }))
  )
    return false;
  await changeOwnership(trx, 'customer', before.id, changes.ownerId, at);
  const after = await reloaded(trx, before.id);
  await writeHistory(trx, {
    entity: 'customer',
    entityId: before.id,
    action: 'update',
    actorId,
    before: customerSnapshot(before),
    after: { ...customerSnapshot(after), ...note },
  });
  return true;
}

/** Runs one ownership move in a transaction: 409 when the customer changed since it was read. */
async function commitMove(
  db: Db,
  id: string,
  move: (trx: Executor) => Promise<boolean>,
): Promise<CustomerRow> {
  return inTransaction(db, async (trx) => {
    if (!(await move(trx))) throw staleVersion('customer');
    return reloaded(trx, id);
  });
}

/** Puts an owned customer into the pool (公海); the reason, if any, goes into its history. */
export function moveToPool(
  trx: Executor,
  before: CustomerRow,
  actorId: string | null,
  reason: string | null,
  at: string,
): Promise<boolean> {
  return changeOwner(
    trx,
    before,
    { ownerId: null, ownerSince: null, previousOwnerId: before.ownerId, poolEnteredAt: at },
    actorId,
    at,
    reason ? { releaseReason: reason } : {},
  );
}

function handOver(
  trx: Executor,
  before: CustomerRow,
  ownerId: string,
  actorId: string,
  at: string,
): Promise<boolean> {
  return changeOwner(
    trx,
    before,
    {
      ownerId,
      ownerSince: at,
      previousOwnerId: before.ownerId ?? before.previousOwnerId,
      poolEnteredAt: null,
    },
    actorId,
    at,
  );
}

export async function releaseCustomer(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; reason?: string | null | undefined },
): Promise<CustomerRow> {
  const { customer } = await loadCustomer(db, actor, id, 'read');
  if (customer.ownerId === null)
    throw refusal('customer_already_in_pool', 'The customer is already in the pool', {});
  if (!canRelease(actor, customer))
    throw refusal(
      'pool_release_not_allowed',
      'Only the owner, or a manager with the customer in scope, releases it to the pool',
      {},
    );
  if (customer.version !== input.version) throw staleVersion('customer');
  return commitMove(db, id, (trx) =>
    moveToPool(trx, customer, actor.id, input.reason ?? null, nowIso()),
  );
}

/**
 * Anything but a live customer in the pool is answered as "not found": whether a customer
 * outside the pool exists is not the claimer's to know (pool customers are visible to everyone
 * who may claim, the others only within scope).
 */
const notInPool = () => notFound('customer');

function refuseEarlyReclaim(
  customer: CustomerRow,
  actor: Actor,
  cooldownDays: number,
  now: number,
): void {
  if (customer.previousOwnerId !== actor.id || customer.poolEnteredAt === null) return;
  const allowedFrom = Date.parse(customer.poolEnteredAt) + cooldownDays * DAY_MS;
  if (now < allowedFrom) {
    const from = new Date(allowedFrom).toISOString();
    throw refusal(
      'pool_cooldown',
      `You released this customer on ${customer.poolEnteredAt}; you may claim it again from ${from}`,
      { releasedAt: customer.poolEnteredAt ?? '', allowedFrom: from },
    );
  }
}

/**
 * Claims a pooled customer in one transaction. One person's claims run one after another (a
 * lock named after the claimer), so the claim cap is counted and used atomically; the versioned
 * write decides races between claimers: of two claims at the same version exactly one succeeds,
 * and the other finds the customer gone from the pool (404).
 */
export async function claimCustomer(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<CustomerRow> {
  const settings = await readPoolSettings(db.kysely);
  return inTransaction(db, async (trx) => {
    await lockForTransaction(trx, db.dialect, `pool-claims:${actor.id}`);
    const customer = await findCustomer(trx, id);
    if (!customer || customer.ownerId !== null) throw notInPool();
    if (customer.version !== version) throw staleVersion('customer');
    const now = currentTime().getTime();
    refuseEarlyReclaim(customer, actor, settings.reclaimCooldownDays, now);
    if (settings.claimCap > 0 && (await repo.countOwnedBy(trx, actor.id)) >= settings.claimCap) {
      throw refusal(
        'pool_claim_cap_reached',
        `You already hold ${settings.claimCap} customers, the most anyone may hold; release one before claiming another`,
        { cap: settings.claimCap },
      );
    }
    if (!(await handOver(trx, customer, actor.id, actor.id, new Date(now).toISOString()))) {
      const current = await findCustomer(trx, id);
      throw current && current.ownerId === null ? staleVersion('customer') : notInPool();
    }
    return reloaded(trx, id);
  });
}

/** A manager or admin gives a customer (in their scope, or in the pool) to someone in their scope. */
export async function assignCustomer(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; ownerId: string },
): Promise<CustomerRow> {
  const { customer } = await loadCustomer(db, actor, id, 'read');
  if (customer.ownerId !== null && Number(customer.inScope) !== 1)
    throw refusal('record_out_of_scope', 'The customer is not within your data scope', {
      record: 'customer',
    });
  if (customer.version !== input.version) throw staleVersion('customer');
  if (customer.ownerId === input.ownerId)
    throw invalidField('ownerId', 'owner_unchanged', 'this user already owns the customer');
  if (!(await isOwnerInScope(db.kysely, input.ownerId, ownerScopeOf(actor))))
    throw invalidField(
      'ownerId',
      'owner_not_assignable',
      'owner must be an active user within your data scope',
    );
  return commitMove(db, id, (trx) => handOver(trx, customer, input.ownerId, actor.id, nowIso()));
}
