import type { Db } from '../../db/database.js';
import type { MetricValue } from '../../domain/metrics/metric-value.js';
import {
  AGEING_BUCKETS,
  ageingBucket,
  bucketSignedRange,
  type AgeingBucket,
} from '../../domain/reports/ageing.js';
import { funnelSteps } from '../../domain/reports/funnel.js';
import { stageDurations, stayDays } from '../../domain/reports/stage-durations.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { computeMetrics } from '../metrics/metric-engine.js';
import { listStages } from '../pipeline/pipeline.repository.js';
import * as repo from './reports.repository.js';
import type { ReportUser, ReportWindow } from './reports.repository.js';
import { drill, periodOf, reportInput, type ReportInput } from './report-input.js';
import { serviceOf } from './service-report.service.js';
import { winLossOf } from './win-loss.service.js';
import type { ReportDrill, ReportQuery, SalesRow } from './reports.schema.js';

async function funnelOf(db: Db, input: ReportInput) {
  const { owners, window, drillBase } = input;
  const created = { createdFrom: window.firstDay, createdTo: window.lastDay };
  const openStages = (await listStages(db.kysely, false)).filter((s) => s.kind === 'open');
  const [leads, customers, won, ...reached] = await Promise.all([
    repo.countLeadsCreated(db.kysely, owners, window),
    repo.countCustomersCreated(db.kysely, owners, window),
    repo.countOpportunitiesCreated(db.kysely, owners, window, { won: true }),
    ...openStages.map((stage) =>
      repo.countOpportunitiesCreated(db.kysely, owners, window, { reachedStageId: stage.id }),
    ),
  ]);
  const counted = [
    {
      key: 'leads' as const,
      count: leads,
      stageId: null,
      drill: drill('lead', drillBase, created),
    },
    {
      key: 'customers' as const,
      count: customers,
      stageId: null,
      drill: drill('customer', drillBase, created),
    },
    ...openStages.map((stage, index) => ({
      key: 'stage' as const,
      count: reached[index] ?? 0,
      stageId: stage.id,
      drill: drill('opportunity', drillBase, { ...created, reachedStageId: stage.id }),
    })),
    {
      key: 'won' as const,
      count: won,
      stageId: null,
      drill: drill('opportunity', drillBase, { ...created, status: 'won' }),
    },
  ];
  const steps = funnelSteps(counted);
  return { period: periodOf(window), steps, leadToWon: leads === 0 ? null : won / leads };
}

export async function funnelReport(db: Db, actor: Actor, query: ReportQuery, zone: string) {
  return funnelOf(db, reportInput(actor, query, zone));
}

async function stageDurationsOf(db: Db, input: ReportInput) {
  const { owners, window, drillBase } = input;
  const [stages, rows] = await Promise.all([
    listStages(db.kysely, false),
    repo.stageStays(db.kysely, owners, window),
  ]);
  const stays = rows.flatMap((row) =>
    row.enteredAt === null
      ? []
      : [{ stageId: row.stageId, days: stayDays(row.enteredAt, row.leftAt) }],
  );
  const open = stages.filter((s) => s.kind === 'open').map((s) => s.id);
  return {
    period: periodOf(window),
    stages: stageDurations(open, stays).map((row) => ({
      ...row,
      drill: drill('opportunity', drillBase, {
        leftStageId: row.stageId,
        leftFrom: window.firstDay,
        leftTo: window.lastDay,
      }),
    })),
  };
}

export async function stageDurationsReport(db: Db, actor: Actor, query: ReportQuery, zone: string) {
  return stageDurationsOf(db, reportInput(actor, query, zone));
}

type SalesFigures = {
  wonCents: number;
  wonCount: number;
  wonTargetCents: number | null;
  collectedCents: number;
  collectionTargetCents: number | null;
  receivableCents: number;
  ageing: Record<AgeingBucket, number>;
};

const emptyFigures = (): SalesFigures => ({
  wonCents: 0,
  wonCount: 0,
  wonTargetCents: null,
  collectedCents: 0,
  collectionTargetCents: null,
  receivableCents: 0,
  ageing: { d0_30: 0, d31_60: 0, d61_90: 0, over_90: 0 },
});

const addTarget = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

function addFigures(into: SalesFigures, more: SalesFigures): void {
  into.wonCents += more.wonCents;
  into.wonCount += more.wonCount;
  into.wonTargetCents = addTarget(into.wonTargetCents, more.wonTargetCents);
  into.collectedCents += more.collectedCents;
  into.collectionTargetCents = addTarget(into.collectionTargetCents, more.collectionTargetCents);
  into.receivableCents += more.receivableCents;
  for (const bucket of AGEING_BUCKETS) into.ageing[bucket] += more.ageing[bucket];
}

const attainment = (actual: number, target: number | null) =>
  target === null || target <= 0 ? null : actual / target;

function salesDrills(window: ReportWindow, filter: Record<string, string>) {
  const asOf = window.lastDay;
  return {
    won: drill('contract', filter, { signedFrom: window.firstDay, signedTo: window.lastDay }),
    collected: drill('payment', filter, {
      receivedFrom: window.firstDay,
      receivedTo: window.lastDay,
    }),
    receivable: drill('contract', filter, { unpaidOn: asOf }),
    ageing: Object.fromEntries(
      AGEING_BUCKETS.map((bucket) => {
        const range = bucketSignedRange(bucket, asOf);
        return [
          bucket,
          drill('contract', filter, {
            unpaidOn: asOf,
            ...(range.from ? { signedFrom: range.from } : {}),
            signedTo: range.to,
          }),
        ];
      }),
    ) as Record<AgeingBucket, ReportDrill>,
  };
}

function salesRow(
  who: { id: string | null; name: string | null; departmentName: string | null },
  figures: SalesFigures,
  drills: SalesRow['drills'],
): SalesRow {
  return {
    ...who,
    ...figures,
    ageing: { ...figures.ageing },
    wonAttainment: attainment(figures.wonCents, figures.wonTargetCents),
    collectionAttainment: attainment(figures.collectedCents, figures.collectionTargetCents),
    drills,
  };
}

async function salesOf(db: Db, input: ReportInput) {
  const { owners, window, drillBase } = input;
  const [won, collected, unpaid, targets] = await Promise.all([
    repo.wonByOwner(db.kysely, owners, window),
    repo.collectedByOwner(db.kysely, owners, window),
    repo.unpaidContracts(db.kysely, owners, window.lastDay),
    repo.targetsWithin(db.kysely, owners, window, ['won_amount', 'payment_amount']),
  ]);
  const byOwner = new Map<string, SalesFigures>();
  const of = (ownerId: string) => {
    let figures = byOwner.get(ownerId);
    if (!figures) byOwner.set(ownerId, (figures = emptyFigures()));
    return figures;
  };
  for (const row of won)
    Object.assign(of(row.ownerId), { wonCents: row.cents, wonCount: row.count });
  for (const row of collected) of(row.ownerId).collectedCents = row.cents;
  for (const row of unpaid) {
    const figures = of(row.ownerId);
    const balance = row.amountCents - row.paidCents;
    figures.receivableCents += balance;
    figures.ageing[ageingBucket(row.signedOn, window.lastDay)] += balance;
  }
  for (const row of targets) {
    if (row.metric === 'won_amount') of(row.userId).wonTargetCents = row.target;
    else of(row.userId).collectionTargetCents = row.target;
  }
  const users = await repo.usersByIds(db.kysely, [...byOwner.keys()]);
  const teams = new Map<string | null, { user: ReportUser; figures: SalesFigures }>();
  const total = emptyFigures();
  const people = users.map((user) => {
    const figures = byOwner.get(user.id) ?? emptyFigures();
    addFigures(total, figures);
    let team = teams.get(user.departmentId);
    if (!team) teams.set(user.departmentId, (team = { user, figures: emptyFigures() }));
    addFigures(team.figures, figures);
    return salesRow(
      { id: user.id, name: user.name, departmentName: user.departmentName },
      figures,
      salesDrills(window, { ...drillBase, ownerId: user.id }),
    );
  });
  return {
    period: periodOf(window),
    people,
    teams: [...teams.values()].map(({ user, figures }) =>
      salesRow(
        { id: user.departmentId, name: user.departmentName, departmentName: user.departmentName },
        figures,
        user.departmentId === null
          ? null
          : salesDrills(window, { ...drillBase, departmentId: user.departmentId }),
      ),
    ),
    total: salesRow(
      { id: null, name: null, departmentName: null },
      total,
      salesDrills(window, drillBase),
    ),
  };
}

export async function salesReport(db: Db, actor: Actor, query: ReportQuery, zone: string) {
  return salesOf(db, reportInput(actor, query, zone));
}

const figure = (value: MetricValue | undefined) => ({
  value: value?.value ?? null,
  numerator: value?.numerator ?? null,
  denominator: value?.denominator ?? null,
  naReason: value?.naReason ?? null,
});

/** The managers in scope and their own use of the data (METRICS.md "Leadership cockpit"). */
async function managersUseOf(db: Db, input: ReportInput, zone: string) {
  const managers = await repo.usersWithRole(db.kysely, input.owners, 'manager');
  const values = await computeMetrics(
    db,
    input.window.period,
    zone,
    [
      { metric: 'insight_days', minSample: 1 },
      { metric: 'review_coverage', minSample: 1 },
    ],
    managers.map((m) => ({ userId: m.id, joinedOn: m.joinedOn, leftOn: m.leftOn })),
    await loadMetricCatalog(db),
  );
  return managers.map((m) => ({
    userId: m.id,
    name: m.name,
    departmentName: m.departmentName,
    insightDays: figure(values.get('insight_days')?.get(m.id)),
    reviewCoverage: figure(values.get('review_coverage')?.get(m.id)),
  }));
}

export async function cockpitReport(db: Db, actor: Actor, query: ReportQuery, zone: string) {
  const input = reportInput(actor, query, zone);
  const [funnel, durations, sales, winLoss, service, managers] = await Promise.all([
    funnelOf(db, input),
    stageDurationsOf(db, input),
    salesOf(db, input),
    winLossOf(db, input),
    serviceOf(db, input, zone),
    managersUseOf(db, input, zone),
  ]);
  return {
    period: funnel.period,
    funnel,
    stageDurations: durations,
    sales: sales.total,
    winLoss: winLoss.total,
    service: service.total,
    managers,
  };
}
