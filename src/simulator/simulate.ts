import type { Db } from '../db/database.js';
import { countUsers } from '../modules/org/org.repository.js';
import { withIndexesBuiltAfter } from '../db/bulk-load-indexes.js';
import { withPlanExecutionAfter } from '../db/plan-execution.js';
import { withPlanDayTotalsAfter } from '../db/plan-day-totals.js';
import { withKeyCustomerDayTotalsAfter } from '../db/key-customer-day-totals.js';
import { withStageChangeSupersededAfter } from '../db/stage-change-superseded.js';
import { withFilledFieldsAfter } from '../db/customer-field-filled.js';
import { withDayTotalsAfter } from '../db/activity-day-totals.js';
import { withOwnerTotalsAfter } from '../db/customer-owner-totals.js';
import { withCustomerOpportunitiesAfter } from '../db/customer-open-opportunities.js';
import { withCustomerFirstContractAfter } from '../db/customer-first-contract.js';
import { withCrossOwnerRecordsAfter } from '../db/cross-owner-records.js';
import { refreshPlannerStatistics, settleAfterBulkLoad } from '../db/planner-statistics.js';
import { withRecordFlagsAfter } from '../db/record-flags.js';
import { withEachSettledAfter } from '../db/row-triggers.js';
import { withPlaceholderFieldsAfter } from '../db/customer-placeholder-fields.js';
import { periodBounds } from '../domain/time/period.js';
import { runQualityRules, type QualityRunReport } from '../modules/quality/quality-run.service.js';
import { SALES_BEHAVIOUR } from './archetypes.js';
import type { CustomerRef, SimContext, SimUser } from './context.js';
import { writeCampaigns } from './generate/campaigns.js';
import { writeOrganisation } from './generate/organisation.js';
import { salesArchetypeOf, simulateSeller } from './generate/seller.js';
import { simulateAgent } from './generate/service.js';
import { writeUsage } from './generate/usage.js';
import { dateFlagsAtTheirWrites } from './flag-dates.repository.js';
import { createHistoryChain } from './history-rows.js';
import { saveChainHead } from '../platform/history/history.repository.js';
import { planOrganisation, withHonestTwins } from './org-plan.js';
import { createRng, type Rng } from './prng.js';
import { createRowSink, SIMULATED_TABLE_NAMES } from './row-sink.js';
import { SCALES, type ScaleName } from './scales.js';
import { createIdFactory } from './sim-ids.js';
import { dayOfDate, localMidnight, twelveMonthsBefore } from './sim-time.js';

export type SimulationOptions = {
  scale: ScaleName;
  seed: number;
  /** Last simulated day is the day before this one ('YYYY-MM-DD', org zone): history ends at its midnight. */
  end: string;
  onProgress?: (message: string) => void;
  /**
   * Run the data-quality engine over the simulated year at the end (default true), so that flags
   * exist as the app would have raised them. `activities.valid` is already Q3/Q4-exact without it.
   */
  qualityRun?: boolean;
  /**
   * Give every gamer an honest twin (default false): an extra seller who replays the gamer's real
   * work from the same random stream and writes none of the fabricated records.
   */
  honestTwins?: boolean;
  /**
   * The day ('YYYY-MM-DD', org zone) from which gamers fabricate records (default: all year).
   * Before it they record their real work as their honest twins would: the onset of gaming that
   * the quarterly review's gamed? flag is there to notice.
   */
  gamingFrom?: string;
};

export type SimulationSummary = {
  scale: ScaleName;
  seed: number;
  start: string;
  end: string;
  rows: Record<string, number>;
};

/** Settings key of the JSON that says which simulation filled the database. */
export const SIMULATION_SETTING = 'simulator.run';

/** Tickets per customer over the year, and the size of the customer sample tickets draw from. */
/** The simulated company's zone (sim-time.ts places office hours at UTC+8). */
export const SIMULATED_ZONE = 'Asia/Shanghai';

const TICKETS_PER_CUSTOMER = 0.5;
const SAMPLE_SIZE = 5_000;

/**
 * Fills an empty database with a simulated company: a year of CRM use ending at `end`, generated
 * deterministically from `scale` and `seed` (the same three give the same content on either
 * engine) and written in batched transactions with memory bounded by one person's year.
 */
export async function simulateCompany(
  db: Db,
  options: SimulationOptions,
): Promise<SimulationSummary> {
  if ((await countUsers(db.kysely)) > 0)
    throw new Error('The database already has users: the simulator only fills an empty database.');
  const scale = SCALES[options.scale];
  const root = createRng(options.seed);
  const start = twelveMonthsBefore(options.end);
  const startDay = dayOfDate(start);
  const endDay = dayOfDate(options.end);
  const sink = createRowSink(db);
  const newId = createIdFactory(root.fork('ids'));
  const planned = planOrganisation(scale, root.fork('org'), startDay, endDay);
  const org = options.honestTwins ? withHonestTwins(planned) : planned;
  const history = createHistoryChain(sink, newId);
  const ctx: SimContext = {
    sink,
    history: history.writer,
    newId,
    seed: options.seed,
    scale,
    startMs: localMidnight(startDay),
    endMs: localMidnight(endDay),
    startDay,
    endDay,
    org,
    users: [],
    fork: (label) => root.fork(label),
  };
  const progress = options.onProgress ?? (() => undefined);
  // The activities', plans' and key customers' day totals, the owners' customer totals, the
  // customers' open opportunities and first contracts and when each change of status was superseded
  // are added up once, after the data-quality run has decided which activities are valid (and so
  // which plans were executed) and which records are flagged; the records owned by someone else
  // than their customer's owner are found once too. Key customers' days come last: they read the
  // open opportunities and last follow-ups.
  await withEachSettledAfter(
    db,
    [
      withKeyCustomerDayTotalsAfter,
      withCrossOwnerRecordsAfter,
      withOwnerTotalsAfter,
      withCustomerOpportunitiesAfter,
      withCustomerFirstContractAfter,
      withStageChangeSupersededAfter,
      withPlanDayTotalsAfter,
      withDayTotalsAfter,
    ],
    async () => {
      await withPlanExecutionAfter(db, () =>
        withIndexesBuiltAfter(db, SIMULATED_TABLE_NAMES, () =>
          withFilledFieldsAfter(db, async () => {
            await simulateYear(ctx, options, { start, sampler: root.fork('sample'), progress });
            await history.finish();
            await sink.flush();
            progress('secondary indexes');
          }),
        ),
      );
      await saveChainHead(db.kysely, history.head());
      if (options.qualityRun !== false) {
        progress('planner statistics');
        await refreshPlannerStatistics(db);
        progress('data-quality rules');
        await runSimulatedQualityPass(db, ctx.startMs, ctx.endMs);
      }
      progress('day totals');
    },
  );
  progress('settling the tables');
  await settleAfterBulkLoad(db);
  return { scale: options.scale, seed: options.seed, start, end: options.end, rows: sink.counts() };
}

/**
 * The data-quality run over the simulated year a month at a time, as the nightly job runs over
 * its days, with `flagged` marked once at the end rather than by a trigger per flag (none of the
 * year's records carried a flag before it). The flags table grows from empty; its planner
 * statistics are refreshed after each month, or PostgreSQL keeps planning the flag lookups for an
 * empty table, scanning every open flag per lookup (at M: 1,064 s for the run before, 120 s
 * after; bench/RESULTS.md). The flags are then dated at the writes that would have raised them.
 * `onMonth` hears each month's report (bench/quality-pass.bench.ts).
 */
export async function runSimulatedQualityPass(
  db: Db,
  startMs: number,
  endMs: number,
  onMonth: (report: QualityRunReport) => void = () => undefined,
): Promise<void> {
  await withPlaceholderFieldsAfter(db, () =>
    withRecordFlagsAfter(db, async () => {
      for (let from = startMs; from < endMs;) {
        const month = periodBounds('month', new Date(from), SIMULATED_ZONE);
        const end = new Date(Math.min(month.end.getTime(), endMs));
        const report = await runQualityRules(db, { start: new Date(from), end }, SIMULATED_ZONE);
        await refreshPlannerStatistics(db, ['quality_flags']);
        onMonth(report);
        from = end.getTime();
      }
      await dateFlagsAtTheirWrites(db.kysely);
    }),
  );
}

/**
 * The company's year generated and written: organisation, campaigns, every seller's year (and
 * honest twins), service, usage. Everything is in the sink's tables when it returns.
 */
async function simulateYear(
  ctx: SimContext,
  options: SimulationOptions,
  run: { start: string; sampler: Rng; progress: (message: string) => void },
): Promise<void> {
  const { start, sampler, progress } = run;
  const { scale, sink } = ctx;
  const gamingFromMs =
    options.gamingFrom === undefined ? -Infinity : localMidnight(dayOfDate(options.gamingFrom));
  ctx.users = await writeOrganisation(ctx);
  await sink.push('settings', {
    key: SIMULATION_SETTING,
    value: JSON.stringify({ scale: options.scale, seed: options.seed, start, end: options.end }),
  });
  const of = (kind: SimUser['kind']) => ctx.users.filter((u) => u.kind === kind);
  const marketers = of('marketing');
  const campaigns = await writeCampaigns(ctx, marketers);

  const sellers = of('sales').filter((u) => u.twinOf === undefined);
  const twinOf = new Map(
    of('sales').flatMap((u) => (u.twinOf === undefined ? [] : [[u.twinOf, u] as const])),
  );
  const tenure = (u: SimUser) => (ctx.endMs - u.activeFromMs) / (ctx.endMs - ctx.startMs);
  const customerWeight = sellers.map((u) => tenure(u));
  const activityWeight = sellers.map(
    (u, i) => (customerWeight[i] ?? 0) * SALES_BEHAVIOUR[salesArchetypeOf(u)].activityRate,
  );
  const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) || 1;
  const [cw, aw] = [sumOf(customerWeight), sumOf(activityWeight)];

  const sample: CustomerRef[] = [];
  let seen = 0;
  let contracts = 0;
  const contractNumber = () => `HT-${String((contracts += 1)).padStart(7, '0')}`;
  for (const [i, seller] of sellers.entries()) {
    const customers = (scale.customers * (customerWeight[i] ?? 0)) / cw;
    const budget = {
      customers: Math.round(customers * 0.85),
      leads: Math.round(customers * 0.45),
      activities: Math.round((scale.activities * (activityWeight[i] ?? 0)) / aw),
    };
    const result = await simulateSeller(ctx, seller, budget, marketers, campaigns, contractNumber, {
      streamKey: seller.key,
      fabricatesFromMs: seller.archetype === 'gamer' ? gamingFromMs : -Infinity,
    });
    const twin = twinOf.get(seller.key);
    if (twin) {
      const twinResult = await simulateSeller(
        ctx,
        twin,
        budget,
        marketers,
        campaigns,
        contractNumber,
        { streamKey: seller.key, fabricatesFromMs: Infinity },
      );
      await writeUsage(ctx, twin, twinResult.customers);
    }
    for (const ref of result.customers) {
      seen += 1;
      if (sample.length < SAMPLE_SIZE) sample.push(ref);
      else {
        const slot = Math.floor(sampler.next() * seen);
        if (slot < SAMPLE_SIZE) sample[slot] = ref;
      }
    }
    await writeUsage(ctx, seller, result.customers);
    progress(`seller ${i + 1}/${sellers.length}`);
  }
  const agents = of('service');
  const productManagers = of('product');
  const ticketTotal = scale.customers * TICKETS_PER_CUSTOMER;
  for (const agent of agents) {
    await simulateAgent(
      ctx,
      agent,
      Math.round(ticketTotal / Math.max(1, agents.length)),
      sample,
      productManagers,
    );
    await writeUsage(ctx, agent, []);
  }
  for (const user of ctx.users)
    if (user.kind !== 'sales' && user.kind !== 'service') await writeUsage(ctx, user, []);
  await ctx.sink.flush();
}
