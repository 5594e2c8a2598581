import type { Db, Dialect } from '../../db/database.js';
import { statementsSideBySide } from '../../db/statements-side-by-side.js';
import type { MetricValue } from '../../domain/metrics/metric-value.js';
import { activeDaysInPeriod, daysInPeriod } from '../../domain/time/active-days.js';
import { nextDay, orgDay } from '../../domain/time/org-day.js';
import { offsetSegments } from '../../domain/time/zone-offsets.js';
import type { Period } from '../../domain/time/period.js';
import type { FactContext, KeyField } from './metric-period.js';
import type { MetricCatalog } from './metric-catalog.js';
import { metricValueOf } from './metric-value-of.js';
import { aggregateFacts, factValuesByUser, type FactAggregate } from './metrics.repository.js';

/** A person being measured, with the dates that decide how much of the period they were active. */
export type Subject = { userId: string; joinedOn: string | null; leftOn: string | null };

/**
 * Up to this many people, fact queries narrow their rows to the people's own first (FactContext
 * `subjects`); beyond it, one pass over everyone's rows is cheaper than the narrowing.
 */
const FEW_SUBJECTS = 64;

/** What the fact queries are told beyond the period itself (their meaning: FactContext). */
export type FactContextOptions = {
  keyFields: readonly KeyField[];
  scoredAt?: Date;
  subjects?: readonly string[];
  dayTotalsZone?: string;
};

/**
 * What the fact queries need to know about a period. A day-based fact (a payment's received_on)
 * is in P when its day is one of P's org-zone days; a period that ends mid-day (a live one)
 * includes that day. `scoredAt` defaults to the end of the period. The key fields are the
 * organisation's (its catalogue's): there is no default a caller could fall back on unawares.
 */
export function factContext(
  dialect: Dialect,
  period: Period,
  zone: string,
  { keyFields, scoredAt = period.end, subjects, dayTotalsZone }: FactContextOptions,
): FactContext {
  const firstDay = orgDay(period.start, zone);
  const lastDay = orgDay(new Date(period.end.getTime() - 1), zone);
  return {
    dialect,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
    firstDay,
    endDay: nextDay(lastDay),
    zone,
    offsets: offsetSegments(
      zone,
      `${Number(firstDay.slice(0, 4)) - 1}-01-01`,
      `${Number(lastDay.slice(0, 4)) + 1}-12-31`,
    ),
    keyFields,
    scoredAt: scoredAt.toISOString(),
    ...(subjects && subjects.length > 0 && subjects.length <= FEW_SUBJECTS ? { subjects } : {}),
    ...(dayTotalsZone === undefined ? {} : { dayTotalsZone }),
  };
}

/** One metric's facts per user: their sums, or (for a median) every value. */
type Measured = { aggregates: Map<string, FactAggregate>; values?: Map<string, number[]> };

/** Measured metrics for a set of subjects; min_sample is applied per template item when reading. */
export type MetricResults = {
  valueOf: (metric: string, userId: string, minSample: number) => MetricValue;
};

const UNMEASURED: MetricValue = {
  value: null,
  numerator: null,
  denominator: null,
  naReason: 'no_items',
};

/**
 * Measures the given metrics for every subject: one set-based query per metric for all subjects
 * together, never a query per person. The catalogue is required: a metric it does not know
 * (a custom one left out) would be measured as N/A without a word.
 */
export async function measure(
  db: Db,
  period: Period,
  zone: string,
  metrics: readonly string[],
  subjects: readonly Subject[],
  catalog: MetricCatalog,
  scoredAt: Date = period.end,
): Promise<MetricResults> {
  const userIds = subjects.map((s) => s.userId);
  const ctx = factContext(db.dialect, period, zone, {
    keyFields: catalog.keyFields,
    scoredAt,
    subjects: userIds,
    dayTotalsZone: catalog.dayTotalsZone,
  });
  const periodDays = daysInPeriod(period, zone);
  const coverage = new Map(
    subjects.map((s) => [
      s.userId,
      { activeDays: activeDaysInPeriod(period, s.joinedOn, s.leftOn, zone), periodDays },
    ]),
  );
  // Metrics are independent: they run side by side, as many at once as the gate lets through.
  const oneCoreEach = statementsSideBySide();
  const measuredEntries = await Promise.all(
    [...new Set(metrics)].map((metric) =>
      oneCoreEach(async (): Promise<[string, Measured] | undefined> => {
        const entry = catalog.get(metric);
        const facts = entry?.facts;
        if (!entry || !facts) return undefined;
        const source = facts(ctx);
        // A median needs every value and nothing else; every other kind, only the sums.
        if (entry.definition.kind === 'median')
          return [
            metric,
            { aggregates: new Map(), values: await factValuesByUser(db.kysely, source, userIds) },
          ];
        const aggregates = await aggregateFacts(db.kysely, source, userIds);
        return [metric, { aggregates: new Map(aggregates.map((a) => [a.userId, a])) }];
      }),
    ),
  );
  const measured = new Map(measuredEntries.filter((e) => e !== undefined));
  return {
    valueOf(metric, userId, minSample) {
      const definition = catalog.get(metric)?.definition;
      const result = measured.get(metric);
      if (!definition || !result) return UNMEASURED;
      const cover = coverage.get(userId) ?? { activeDays: 0, periodDays };
      return metricValueOf(
        definition,
        result.aggregates.get(userId),
        result.values?.get(userId),
        minSample,
        cover,
      );
    },
  };
}

export type MetricRequest = { metric: string; minSample: number };

/**
 * Values of the requested metrics for every subject, by metric and user, measured with the
 * organisation's catalogue (its custom metrics and key fields: see `measure`).
 */
export async function computeMetrics(
  db: Db,
  period: Period,
  zone: string,
  requests: readonly MetricRequest[],
  subjects: readonly Subject[],
  catalog: MetricCatalog,
  scoredAt: Date = period.end,
): Promise<Map<string, Map<string, MetricValue>>> {
  const results = await measure(
    db,
    period,
    zone,
    requests.map((r) => r.metric),
    subjects,
    catalog,
    scoredAt,
  );
  return new Map(
    requests.map((request) => [
      request.metric,
      new Map(
        subjects.map((s) => [
          s.userId,
          results.valueOf(request.metric, s.userId, request.minSample),
        ]),
      ),
    ]),
  );
}
