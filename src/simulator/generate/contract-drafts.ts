import type { SalesBehaviour } from '../archetypes.js';
import type { Rng } from '../prng.js';
import type { IdFactory } from '../sim-ids.js';
import { DAY, HOUR, MINUTE, dateOfDay, dayOfDate, localDayOf, localMidnight } from '../sim-time.js';
import { recordedAfter } from './recording-lag.js';
import type { OpportunityDraft } from './sales-drafts.js';
import { workInstantBetween } from './work-time.js';

export type PaymentDraft = {
  id: string;
  planIndex: number;
  amountCents: number;
  receivedOn: string;
  recordedMs: number;
};

export type ContractDraft = {
  id: string;
  customerId: string;
  opportunityId: string | null;
  renewalOf: string | null;
  title: string;
  amountCents: number;
  createdMs: number;
  signedOn: string;
  startOn: string;
  endOn: string;
  plans: { id: string; dueOn: string; amountCents: number }[];
  payments: PaymentDraft[];
};

/** Adds whole months to a local day number (the day of month clamped), minus one day: a term's last day. */
function termEnd(startDay: number, months: number): number {
  const d = new Date(startDay * DAY);
  const target = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
  return Math.round(target / DAY) - 1;
}

/** 首付 a week after signing, then one instalment every six weeks: a last payment within ~100 days. */
const FIRST_INSTALMENT_DAYS = 7;
const INSTALMENT_GAP_DAYS = 45;

/**
 * A signed contract: one to three payment plans (首付, 中期, 尾款), each paid around its due day
 * unless the customer is late past the end, and recorded with the seller's lag.
 */
function draftContract(
  rng: Rng,
  b: SalesBehaviour,
  newId: IdFactory,
  base: {
    customerId: string;
    opportunityId: string | null;
    renewalOf: string | null;
    title: string;
    amountCents: number;
    signedMs: number;
    createdMs: number;
    months: number;
  },
  endMs: number,
): ContractDraft {
  const signedDay = localDayOf(base.signedMs);
  const id = newId(base.createdMs);
  const instalments = base.amountCents >= 10_000_000 ? 3 : rng.int(1, 2);
  const plans: ContractDraft['plans'] = [];
  let left = base.amountCents;
  for (let i = 0; i < instalments; i += 1) {
    const amount =
      i === instalments - 1 ? left : Math.round(base.amountCents / instalments / 100) * 100;
    left -= amount;
    plans.push({
      id: newId(base.createdMs + i + 1),
      dueOn: dateOfDay(signedDay + FIRST_INSTALMENT_DAYS + i * INSTALMENT_GAP_DAYS),
      amountCents: amount,
    });
  }
  const payments: PaymentDraft[] = [];
  for (const [i, plan] of plans.entries()) {
    const receivedDay = dayOfDate(plan.dueOn) + Math.round(rng.gauss() * 6 + 3);
    if (rng.chance(0.1)) continue;
    const receivedStart = localMidnight(Math.max(signedDay, receivedDay));
    const recordedMs = Math.max(
      base.createdMs + MINUTE,
      recordedAfter(rng, b.lag, receivedStart + 10 * HOUR + rng.int(0, 420) * MINUTE),
    );
    if (recordedMs >= endMs) continue;
    payments.push({
      id: newId(recordedMs),
      planIndex: i,
      amountCents: plan.amountCents,
      receivedOn: dateOfDay(Math.max(signedDay, receivedDay)),
      recordedMs,
    });
  }
  return {
    id,
    customerId: base.customerId,
    opportunityId: base.opportunityId,
    renewalOf: base.renewalOf,
    title: base.title,
    amountCents: base.amountCents,
    createdMs: base.createdMs,
    signedOn: dateOfDay(signedDay),
    startOn: dateOfDay(signedDay),
    endOn: dateOfDay(termEnd(signedDay, base.months)),
    plans,
    payments,
  };
}

/**
 * The contracts a customer signs in the year: one per won opportunity (entered soon after the
 * win was recorded), half of them half-year terms so that renewals fall inside the year, and a
 * renewal for most of those, signed between 60 days before and 30 days after the term ends.
 */
export function draftContracts(
  rng: Rng,
  b: SalesBehaviour,
  newId: IdFactory,
  customerName: string,
  won: OpportunityDraft[],
  endMs: number,
): ContractDraft[] {
  const contracts: ContractDraft[] = [];
  for (const o of won) {
    const win = o.stages.at(-1);
    if (!win) continue;
    const createdMs = win.recordedMs + rng.int(10, 180) * MINUTE;
    if (createdMs >= endMs) continue;
    const first = draftContract(
      rng,
      b,
      newId,
      {
        customerId: o.customerId,
        opportunityId: o.id,
        renewalOf: null,
        title: `${customerName.slice(0, 10)} 软件服务合同`,
        amountCents: o.amountCents,
        signedMs: win.effectiveMs,
        createdMs,
        months: rng.chance(0.5) ? 6 : 12,
      },
      endMs,
    );
    contracts.push(first);
    const endDay = dayOfDate(first.endOn);
    // Sellers who keep their plans also keep their renewals.
    if (!rng.chance(0.4 + b.planExecution * 0.4)) continue;
    const signedMs = workInstantBetween(
      rng,
      Math.max(createdMs + DAY, localMidnight(endDay - 60)),
      localMidnight(endDay + 30),
    );
    if (signedMs === null || signedMs >= endMs - HOUR) continue;
    contracts.push(
      draftContract(
        rng,
        b,
        newId,
        {
          customerId: o.customerId,
          opportunityId: null,
          renewalOf: first.id,
          title: `${customerName.slice(0, 10)} 续约合同`,
          amountCents: Math.round((o.amountCents * (0.9 + rng.next() * 0.3)) / 100) * 100,
          signedMs,
          createdMs: Math.min(endMs - 1, signedMs + rng.int(5, 120) * MINUTE),
          months: 12,
        },
        endMs,
      ),
    );
  }
  return contracts;
}
