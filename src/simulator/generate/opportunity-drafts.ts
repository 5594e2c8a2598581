import { DEFAULT_STAGES } from '../../modules/pipeline/default-stages.js';
import type { SalesBehaviour } from '../archetypes.js';
import type { Rng } from '../prng.js';
import type { IdFactory } from '../sim-ids.js';
import { DAY, HOUR, dateOfDay, localDayOf } from '../sim-time.js';
import { LOST_REASONS, PRODUCTS, WON_REASONS } from '../vocabulary/business.js';
import type { CustomerDraft, OpportunityDraft, StageEventDraft } from './sales-drafts.js';
import { recordedAfter } from './recording-lag.js';
import { workInstantBetween } from './work-time.js';

const OPEN_STAGES = DEFAULT_STAGES.filter((s) => s.kind === 'open').map((s) => s.id);
const WON = DEFAULT_STAGES.find((s) => s.kind === 'won')?.id ?? 'stage-won';
const LOST = DEFAULT_STAGES.find((s) => s.kind === 'lost')?.id ?? 'stage-lost';

/**
 * Days in a stage: at least two, typically about a week more, at most three weeks (the slow
 * stage below about twice that). Over the four moves to a close that makes a deal cycle of about
 * two months and a half, what deals of ¥30k–¥200k take
 * (src/simulator/README.md, Calibration).
 */
const STAGE_WAIT_DAYS = 6;
const STAGE_MAX_DAYS = 21;
/**
 * The pipeline's bottleneck: a quote waits on the customer's internal approval, so deals stay
 * in the proposal stage about twice as long (at most five weeks). The stage-durations report
 * must name it (test/integration/reports-simulated.test.ts).
 */
export const SLOW_STAGE = 'stage-proposal';
const SLOW_STAGE_FACTOR = 2;
const SLOW_STAGE_MAX_DAYS = 35;
/** Seats (or modules) per deal. */
const MAX_SEATS = 2;

/**
 * An opportunity on a customer and its way through the pipeline: it starts in the first stage,
 * moves forward after a few weeks in each, may be lost on the way, and at the end is won with the
 * archetype's win rate. Stage changes are recorded with the archetype's lag and never after the
 * simulated "now"; those not yet recorded by then have not happened as far as the CRM knows.
 */
export function draftOpportunity(
  rng: Rng,
  b: SalesBehaviour,
  newId: IdFactory,
  customer: CustomerDraft,
  createdMs: number,
  endMs: number,
): OpportunityDraft {
  const product = rng.pick(PRODUCTS);
  const seats = rng.int(1, MAX_SEATS);
  const amountCents =
    Math.round(product.priceYuan * seats * b.dealSize * (0.8 + rng.next() * 0.5)) * 100;
  const id = newId(createdMs);
  const stages: StageEventDraft[] = [
    {
      fromStageId: null,
      toStageId: OPEN_STAGES[0] ?? 'stage-qualification',
      fromStatus: null,
      toStatus: 'open',
      effectiveMs: createdMs,
      recordedMs: createdMs,
      reason: null,
    },
  ];
  let at = createdMs;
  let lastRecorded = createdMs;
  let current = OPEN_STAGES[0] ?? 'stage-qualification';
  const move = (to: string, toStatus: 'open' | 'won' | 'lost', reason: string | null): boolean => {
    const slow = current === SLOW_STAGE;
    const next = workInstantBetween(
      rng,
      at + 2 * DAY + rng.exp((slow ? SLOW_STAGE_FACTOR : 1) * STAGE_WAIT_DAYS * DAY),
      at + (slow ? SLOW_STAGE_MAX_DAYS : STAGE_MAX_DAYS) * DAY,
    );
    if (next === null || next >= endMs) return false;
    // Stage history stays in effective order; a change is entered after the previous one was.
    const recorded = Math.max(recordedAfter(rng, b.lag, next), lastRecorded + 1000);
    if (recorded >= endMs) return false;
    stages.push({
      fromStageId: current,
      toStageId: to,
      fromStatus: 'open',
      toStatus,
      effectiveMs: next,
      recordedMs: recorded,
      reason,
    });
    at = next;
    lastRecorded = recorded;
    current = to;
    return true;
  };
  let closed = false;
  for (const stage of OPEN_STAGES.slice(1)) {
    if (rng.chance(0.12 * (1 - b.winRate))) {
      closed = move(LOST, 'lost', rng.pick(LOST_REASONS));
      break;
    }
    if (!move(stage, 'open', null)) break;
  }
  if (!closed && current === OPEN_STAGES.at(-1)) {
    const won = rng.chance(b.winRate);
    move(won ? WON : LOST, won ? 'won' : 'lost', rng.pick(won ? WON_REASONS : LOST_REASONS));
  }
  return {
    id,
    customerId: customer.id,
    name: `${customer.name.slice(0, 8)} - ${product.name}`,
    amountCents,
    createdMs,
    expectedCloseOn: dateOfDay(localDayOf(createdMs + 45 * DAY + rng.exp(30 * DAY) + 12 * HOUR)),
    stages,
  };
}

export const isWonStage = (stageId: string) => stageId === WON;
