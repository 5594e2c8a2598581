import { SALES_BEHAVIOUR, type SalesArchetype } from '../archetypes.js';
import type { CampaignRef, CustomerRef, SimContext, SimUser } from '../context.js';
import { DAY, MINUTE } from '../sim-time.js';
import {
  burstify,
  draftRecordActivities,
  padActivities,
  type ActivityTarget,
} from './activity-drafts.js';
import { writeActivities, writePlans } from './activity-rows.js';
import { deleteReviewedInvalid, settlePlans, settleValidity } from './activity-validity.js';
import { draftContracts, type ContractDraft } from './contract-drafts.js';
import { lastDealOf, writeContracts } from './contract-rows.js';
import { draftCustomer, withoutPlaceholders } from './customer-drafts.js';
import { writeCustomer } from './customer-rows.js';
import { draftLead, type LeadDraft } from './lead-drafts.js';
import { writeLead } from './lead-rows.js';
import { draftOpportunity } from './opportunity-drafts.js';
import { writeOpportunity } from './opportunity-rows.js';
import type { ActivityDraft, CustomerDraft } from './sales-drafts.js';
import { workInstantBetween } from './work-time.js';

export type SellerBudget = { customers: number; leads: number; activities: number };

export type SellerResult = { customers: CustomerRef[] };

/**
 * Whose year this is: a seller's own, or an honest twin's, which replays the gamer's random stream
 * (`streamKey`). Fabricated records (padding, duplicate and throw-away customers, placeholders)
 * are kept only from `fabricatesFromMs` on: never for a twin, from the simulation's
 * `gamingFrom` for a gamer who starts gaming late. The real work is the same either way.
 */
export type SellerRun = { streamKey: string; fabricatesFromMs: number };

const SALES_ARCHETYPES: readonly SalesArchetype[] = [
  'diligent',
  'results_only',
  'late_recorder',
  'gamer',
  'newcomer',
];
/** The behaviour a sales user follows; an honest twin does its gamer's real work. */
export const salesArchetypeOf = (user: SimUser): SalesArchetype =>
  user.archetype === 'honest_twin'
    ? 'gamer'
    : (SALES_ARCHETYPES.find((a) => a === user.archetype) ?? 'diligent');

/** Fabricated customers: duplicates of an earlier one (Q2) and customers deleted within a day (Q7). */
const isFabricated = (c: CustomerDraft) => c.duplicateOfId !== null || c.deletedMs !== null;

/** Draws a whole number with the given expectation (floor plus a chance of one more). */
const countOf = (rng: { next: () => number }, expected: number) =>
  Math.floor(expected) + (rng.next() < expected - Math.floor(expected) ? 1 : 0);

/** potential → intent when an opportunity reaches the proposal stage; → deal when one is won. */
function statusChangesOf(c: CustomerDraft): void {
  const events = c.opportunities
    .flatMap((o) => o.stages)
    .filter((s) => s.toStageId === 'stage-proposal' || s.toStatus === 'won')
    .sort((a, b) => a.effectiveMs - b.effectiveMs);
  let status: 'potential' | 'intent' | 'deal' = 'potential';
  let lastRecorded = c.createdMs;
  for (const s of events) {
    const to = s.toStatus === 'won' ? 'deal' : 'intent';
    if (to === status || status === 'deal') continue;
    const recordedMs = Math.max(s.recordedMs + MINUTE, lastRecorded + MINUTE);
    c.statusChanges.push({ from: status, to, effectiveMs: s.effectiveMs, recordedMs });
    status = to;
    lastRecorded = recordedMs;
  }
}

/**
 * One seller's year, generated whole and then written: customers (some from converted leads,
 * some duplicated or deleted by gamers), opportunities through the pipeline, contracts with
 * payments, the activities and plans of every record, all with the seller's archetype. Working
 * one seller at a time keeps memory bounded by one person's year, whatever the company's size,
 * and lets the per-user rules (Q4 copy-paste, plan completion) be decided exactly.
 */
export async function simulateSeller(
  ctx: SimContext,
  seller: SimUser,
  budget: SellerBudget,
  marketers: SimUser[],
  campaigns: CampaignRef[],
  contractNumber: () => string,
  run: SellerRun,
): Promise<SellerResult> {
  const rng = ctx.fork(`seller/${run.streamKey}`);
  const b = SALES_BEHAVIOUR[salesArchetypeOf(seller)];
  const fromMs = seller.activeFromMs;
  const endMs = ctx.endMs;
  const customers: CustomerDraft[] = [];
  const leads: { lead: LeadDraft; customer: CustomerDraft | null }[] = [];
  let serial = 0;

  let previousLead: LeadDraft | null = null;
  for (let i = 0; i < budget.leads && marketers.length > 0; i += 1) {
    serial += 1;
    const lead = draftLead(
      rng,
      b,
      ctx.newId,
      rng.pick(marketers),
      campaigns,
      { fromMs, endMs },
      serial,
      previousLead,
    );
    if (!lead) continue;
    previousLead = lead;
    let customer: CustomerDraft | null = null;
    if (lead.outcome?.status === 'converted') {
      customer = draftCustomer(rng, b, ctx.newId, serial, {
        createdMs: lead.outcome.closedMs,
        ownerId: seller.id,
        duplicateOf: null,
        fromLead: lead,
      });
      customers.push(customer);
    }
    leads.push({ lead, customer });
  }
  const importEnd = Math.min(endMs, fromMs + 21 * DAY);
  for (let i = 0; i < budget.customers; i += 1) {
    serial += 1;
    const createdMs = rng.chance(0.3)
      ? workInstantBetween(rng, fromMs, importEnd)
      : workInstantBetween(rng, fromMs, endMs - DAY);
    if (createdMs === null) continue;
    const earlier = customers.filter((c) => c.createdMs < createdMs && c.deletedMs === null);
    const duplicateOf =
      earlier.length > 0 && rng.chance(b.duplicateShare) ? rng.pick(earlier) : null;
    customers.push(
      draftCustomer(rng, b, ctx.newId, serial, {
        createdMs,
        ownerId: seller.id,
        duplicateOf,
        fromLead: null,
      }),
    );
  }

  const contracts = new Map<string, ContractDraft[]>();
  for (const c of customers) {
    if (isFabricated(c)) continue;
    const opportunities = c.fromLeadId && rng.chance(0.5) ? [c.createdMs] : [];
    if (rng.chance(c.level === 'A' ? 0.55 : 0.33))
      opportunities.push(c.createdMs + rng.exp(20 * DAY));
    if (rng.chance(0.08)) opportunities.push(c.createdMs + rng.exp(90 * DAY));
    for (const at of opportunities) {
      const createdMs = at === c.createdMs ? at : workInstantBetween(rng, at, at + 3 * DAY);
      if (createdMs === null || createdMs >= endMs - 2 * DAY) continue;
      c.opportunities.push(draftOpportunity(rng, b, ctx.newId, c, createdMs, endMs));
    }
    statusChangesOf(c);
    const won = c.opportunities.filter((o) => o.stages.at(-1)?.toStatus === 'won');
    contracts.set(c.id, draftContracts(rng, b, ctx.newId, c.name, won, endMs));
  }

  // Activities: spread the seller's budget over records, more on customers with deals in play.
  const targets: ActivityTarget[] = [];
  const weightOf = (c: CustomerDraft) =>
    isFabricated(c) ? 0 : 1 + 2 * c.opportunities.length + (c.level === 'A' ? 1 : 0);
  const leadWeight = 0.6;
  const totalWeight = customers.reduce((s, c) => s + weightOf(c), 0) + leads.length * leadWeight;
  const perWeight = totalWeight > 0 ? budget.activities / totalWeight : 0;
  for (const c of customers) {
    const contact = c.contacts[0]?.name ?? '客户';
    let customerShare = perWeight * weightOf(c);
    for (const o of c.opportunities) {
      const close = o.stages.at(-1);
      const toMs = close && close.toStatus !== 'open' ? close.effectiveMs : endMs;
      const share = perWeight * 2 * 0.7;
      customerShare -= share;
      targets.push({
        recordType: 'opportunity',
        recordId: o.id,
        customerId: c.id,
        contactName: contact,
        fromMs: o.createdMs,
        toMs,
        count: countOf(rng, share),
      });
    }
    if (weightOf(c) > 0)
      targets.push({
        recordType: 'customer',
        recordId: c.id,
        customerId: c.id,
        contactName: contact,
        fromMs: c.createdMs,
        toMs: endMs,
        count: countOf(rng, Math.max(0, customerShare)),
      });
  }
  for (const { lead } of leads)
    targets.push({
      recordType: 'lead',
      recordId: lead.id,
      customerId: null,
      contactName: lead.contactName ?? '对方',
      fromMs: lead.createdMs,
      toMs: lead.outcome?.closedMs ?? endMs,
      count: countOf(rng, perWeight * leadWeight),
    });

  const style = { behaviour: b, english: seller.english, endMs };
  const drafts: ActivityDraft[] = targets.flatMap((t) =>
    draftRecordActivities(rng, style, ctx.newId, t),
  );
  if (b.bursts) {
    burstify(rng, drafts, new Map(targets.map((t) => [t.recordId, t.fromMs])));
    for (let i = drafts.length - 1; i >= 0; i -= 1)
      if ((drafts[i]?.recordedMs ?? 0) >= endMs) drafts.splice(i, 1);
  }
  const fabricatesAt = (atMs: number) => atMs >= run.fabricatesFromMs;
  const padding = padActivities(rng, style, ctx.newId, drafts);
  drafts.push(...padding.filter((d) => fabricatesAt(d.recordedMs)));
  settleValidity(drafts);
  const lead = ctx.users.find((u) => u.key === seller.managerKey);
  if (lead?.managerStyle === 'engaged') deleteReviewedInvalid(drafts, endMs);
  const plans = settlePlans(drafts);
  const written = customers.flatMap((c) => {
    if (fabricatesAt(c.createdMs)) return [c];
    return isFabricated(c) ? [] : [withoutPlaceholders(c)];
  });

  const lastValid = new Map<string, number>();
  for (const d of drafts) {
    if (d.valid !== 1 || d.deletedMs !== null) continue;
    for (const key of [d.recordId, d.customerId]) {
      if (key === null) continue;
      if ((lastValid.get(key) ?? 0) < d.occurredMs) lastValid.set(key, d.occurredMs);
    }
  }
  for (const c of written) {
    const own = contracts.get(c.id) ?? [];
    await writeCustomer(ctx, c, seller.id, {
      lastFollowUpMs: lastValid.get(c.id) ?? null,
      lastDealOn: lastDealOf(own),
    });
  }
  for (const c of written)
    for (const o of c.opportunities)
      await writeOpportunity(ctx, o, seller.id, lastValid.get(o.id) ?? null);
  for (const { lead, customer } of leads)
    await writeLead(
      ctx,
      lead,
      seller.id,
      customer
        ? {
            customerId: customer.id,
            contactId: customer.contacts[0]?.id ?? '',
            opportunityId:
              customer.opportunities.find((o) => o.createdMs === customer.createdMs)?.id ?? null,
          }
        : null,
    );
  for (const c of written)
    await writeContracts(ctx, contracts.get(c.id) ?? [], seller.id, contractNumber);
  await writePlans(ctx, plans, seller.id);
  await writeActivities(ctx, drafts, seller.id);

  return {
    customers: written
      .filter((c) => c.deletedMs === null)
      .map((c) => ({
        id: c.id,
        contactId: c.contacts[0]?.id ?? '',
        createdMs: c.createdMs,
        ownerId: seller.id,
      })),
  };
}
