import { sql, type RawBuilder } from 'kysely';
import { dateParam, daysBetweenDates, endOfTime } from '../../../db/sql-time.js';
import type { FactContext, FactRow, Facts } from '../metric-period.js';
import { existedAtEnd, flagOf, ofSubjectsOnly, ownedAtParts, ts } from './fact-helpers.facts.js';
import {
  contractOwnerOn,
  contractsOfSubjects,
  ownersLookedUpOnce,
} from './contract-owner.facts.js';
import { dayInPeriod, notDeleted } from './period-terms.facts.js';

/**
 * won_amount: Σ amount_cents of contracts signed on a day of P, never deleted, for their owner on
 * the signing day (see contractOwnerOn). Amounts are summed as stored: one currency per
 * organisation (CNY by default) is assumed.
 */
export function wonAmountFacts(ctx: FactContext): RawBuilder<FactRow> {
  return ownersLookedUpOnce(sql<FactRow>`select ${contractOwnerOn(ctx, 'k.signed_on')} as user_id, 'contract' as record_type, k.id as record_id,
      k.signed_on as at, k.amount_cents as num, 0 as den
    from contracts k where ${dayInPeriod(ctx, 'k.signed_on')} and ${notDeleted('k')} ${contractsOfSubjects(ctx, 'signed_on')}`);
}

/**
 * payment_amount: Σ amount_cents of payments received on a day of P, for payments.owner_id (the
 * contract's owner when the payment was received, stored at write). Deleted payments, and payments
 * of a deleted contract, never count.
 */
export function paymentAmountFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select p.owner_id as user_id, 'payment' as record_type, p.id as record_id, p.received_on as at,
      p.amount_cents as num, 0 as den
    from payments p join contracts k on k.id = p.contract_id
    where ${dayInPeriod(ctx, 'p.received_on')} and ${notDeleted('p')} and ${notDeleted('k')}
      ${ofSubjectsOnly(ctx, 'p.owner_id')}`;
}

/**
 * collection_cycle_days: contracts whose payments reached the amount on a day of P (fully_paid_on,
 * stored at write): mean whole days signed_on → fully_paid_on, for the contract's owner on the
 * day it was fully paid.
 */
export function collectionCycleDaysFacts(ctx: FactContext): RawBuilder<FactRow> {
  return ownersLookedUpOnce(sql<FactRow>`select ${contractOwnerOn(ctx, 'k.fully_paid_on')} as user_id, 'contract' as record_type, k.id as record_id,
      k.fully_paid_on as at, ${daysBetweenDates(ctx.dialect, 'k.fully_paid_on', 'k.signed_on')} as num, 1 as den
    from contracts k where ${dayInPeriod(ctx, 'k.fully_paid_on')} and ${notDeleted('k')} ${contractsOfSubjects(ctx, 'fully_paid_on')}`);
}

/**
 * repurchase_rate: customers owned by u at `start` (live at `end`: one deleted meanwhile is out)
 * that had ≥ 1 contract signed before P; share that signed ≥ 1 new contract (not a renewal) on a
 * day of P, whoever owns that new contract. Deleted contracts count nowhere. Whether a customer
 * had a contract before P is its stored first contract's day (src/db/customer-first-contract.ts),
 * so only the customers with a contract are read, off their own owner index.
 */
export function repurchaseRateFacts(ctx: FactContext): Facts {
  const repeat = sql`exists (select 1 from contracts n where n.customer_id = c.id and n.renewal_of is null
      and ${dayInPeriod(ctx, 'n.signed_on')} and ${notDeleted('n')})`;
  const hadContract = sql<boolean>`c.first_contract_on < ${dateParam(ctx.dialect, ctx.firstDay)}`;
  // Q7 can only hold out a customer owned at `start` and deleted after `end` when P is shorter
  // than a day (a live card on its period's first day, a one-day period on a short daylight-saving
  // day); otherwise "live at `end`" is one comparison: asking Q7 anyway tripled the time of a
  // director's team at scale L, and SQLite may answer `deleted_at is null or …` by scanning a whole
  // index of customers instead of looking the few up by id.
  const shorterThanADay = Date.parse(ctx.end) - Date.parse(ctx.start) < 86_400_000;
  const liveAtEnd = shorterThanADay
    ? existedAtEnd(ctx, 'customer')
    : sql<boolean>`coalesce(c.deleted_at, ${endOfTime(ctx.dialect)}) >= ${ts(ctx, ctx.end)}`;
  const parts = ownedAtParts(ctx, 'customer', ['id', 'created_at'], ctx.start, liveAtEnd);
  const factsOf = (customers: RawBuilder<unknown>) =>
    sql<FactRow>`select c.owner_id as user_id, 'customer' as record_type, c.id as record_id, c.created_at as at,
      ${flagOf(repeat)} as num, 1 as den
    from (${customers}) c`;
  return [factsOf(parts.kept(hadContract)), factsOf(parts.passedOn(hadContract))];
}
