import { isTimely } from '../../domain/quality/timeliness.js';
import { startOfOrgDay } from '../../domain/time/org-day.js';
import { collectionState } from '../../modules/contracts/contract-collection.js';
import type { SimContext } from '../context.js';
import { iso } from '../sim-time.js';
import type { ContractDraft } from './contract-drafts.js';
import { logCreate } from '../history-rows.js';

/**
 * Contracts with their ownership periods, payment plans and payments, as the contract and
 * payment services store them: `paid_cents`/`fully_paid_on` from `collectionState`, payments'
 * `timely` measured from the start of the received day, the customer's last deal day, and the
 * history of every step.
 */
export async function writeContracts(
  ctx: SimContext,
  contracts: ContractDraft[],
  ownerId: string,
  numberOf: () => string,
): Promise<void> {
  let lastDealOn: string | null = null;
  for (const c of contracts) {
    const createdAt = iso(c.createdMs);
    const number = numberOf();
    const initial = {
      id: c.id,
      customerId: c.customerId,
      opportunityId: c.opportunityId,
      number,
      title: c.title,
      amountCents: c.amountCents,
      currency: 'CNY',
      signedOn: c.signedOn,
      startOn: c.startOn,
      endOn: c.endOn,
      renewalOf: c.renewalOf,
      ownerId,
      paidCents: 0,
      fullyPaidOn: null,
      createdBy: ownerId,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    };
    const final = collectionState(c.amountCents, c.payments);
    await ctx.sink.push('contracts', { ...initial, ...final });
    await ctx.sink.push('ownershipPeriods', {
      id: ctx.newId(c.createdMs),
      entity: 'contract',
      recordId: c.id,
      ownerId,
      startedAt: createdAt,
      endedAt: null,
    });
    await logCreate(ctx, 'contract', c.id, ownerId, c.createdMs, { ...initial, version: 1 });
    const latest: string = lastDealOn !== null && lastDealOn > c.signedOn ? lastDealOn : c.signedOn;
    if (latest !== lastDealOn) {
      await ctx.history({
        entity: 'customer',
        entityId: c.customerId,
        action: 'update',
        actorId: ownerId,
        atMs: c.createdMs,
        before: { lastDealOn },
        after: { lastDealOn: latest },
      });
      lastDealOn = latest;
    }
    for (const plan of c.plans) {
      const row = {
        id: plan.id,
        contractId: c.id,
        dueOn: plan.dueOn,
        amountCents: plan.amountCents,
        note: null,
        createdBy: ownerId,
        createdAt,
        updatedAt: createdAt,
        deletedAt: null,
      };
      await ctx.sink.push('paymentPlans', row);
      await logCreate(ctx, 'payment_plan', plan.id, ownerId, c.createdMs, { ...row, version: 1 });
    }
    const received: { amountCents: number; receivedOn: string }[] = [];
    let state = { paidCents: 0, fullyPaidOn: null as string | null };
    for (const p of [...c.payments].sort((a, b) => a.recordedMs - b.recordedMs)) {
      const recordedAt = iso(p.recordedMs);
      const row = {
        id: p.id,
        contractId: c.id,
        planId: c.plans[p.planIndex]?.id ?? null,
        amountCents: p.amountCents,
        receivedOn: p.receivedOn,
        recordedAt,
        method: '银行转账',
        ownerId,
        timely: isTimely(startOfOrgDay(p.receivedOn), new Date(p.recordedMs)) ? 1 : 0,
        createdBy: ownerId,
        createdAt: recordedAt,
        updatedAt: recordedAt,
        deletedAt: null,
      };
      await ctx.sink.push('payments', row);
      await logCreate(ctx, 'payment', p.id, ownerId, p.recordedMs, { ...row, version: 1 });
      received.push(p);
      const next = collectionState(c.amountCents, received);
      await ctx.history({
        entity: 'contract',
        entityId: c.id,
        action: 'update',
        actorId: ownerId,
        atMs: p.recordedMs,
        before: state,
        after: next,
      });
      state = next;
    }
  }
}

/** The latest signed day among a customer's contracts (its `last_deal_on`). */
export function lastDealOf(contracts: ContractDraft[]): string | null {
  return contracts.reduce<string | null>(
    (m, c) => (m === null || c.signedOn > m ? c.signedOn : m),
    null,
  );
}
