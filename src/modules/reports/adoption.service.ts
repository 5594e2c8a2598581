import { dayTotalsZone } from '../../db/activity-day-totals.js';
import type { Db } from '../../db/database.js';
import { dayBuckets, type BucketKind } from '../../domain/reports/buckets.js';
import { activeDaysInPeriod } from '../../domain/time/active-days.js';
import { nextDay, startOfOrgDay } from '../../domain/time/org-day.js';
import type { Period } from '../../domain/time/period.js';
import type { Actor } from '../../platform/policy/actor.js';
import { readAppraisalSettings } from '../appraisal/appraisal-settings.js';
import { FACTS } from '../metrics/metric-facts.registry.js';
import { factContext } from '../metrics/metric-engine.js';
import type { KeyField } from '../metrics/metric-period.js';
import { aggregateFacts, type FactAggregate } from '../metrics/metrics.repository.js';
import { usersInScope, type ReportUser } from './reports.repository.js';
import { periodOf, reportInput, type ReportInput } from './report-input.js';
import type { AdoptionRow, ReportQuery } from './reports.schema.js';

/** The metrics whose facts the adoption figures add up (METRICS.md "CRM adoption by team"). */
const ADOPTION_METRICS = [
  'profile_completeness',
  'update_timeliness',
  'activity_frequency',
  'data_flag_rate',
] as const;
type AdoptionMetric = (typeof ADOPTION_METRICS)[number];

type Sums = { num: number; den: number };
type Figures = {
  members: number;
  activeUsers: number;
  completeness: Sums;
  timeliness: Sums;
  activities: number;
  flags: Sums;
};

const emptyFigures = (): Figures => ({
  members: 0,
  activeUsers: 0,
  completeness: { num: 0, den: 0 },
  timeliness: { num: 0, den: 0 },
  activities: 0,
  flags: { num: 0, den: 0 },
});

const share = (sums: Sums) => ({
  numerator: sums.num,
  denominator: sums.den,
  value: sums.den === 0 ? null : sums.num / sums.den,
});

function add(into: Figures, more: Figures): void {
  into.members += more.members;
  into.activeUsers += more.activeUsers;
  into.activities += more.activities;
  for (const key of ['completeness', 'timeliness', 'flags'] as const) {
    into[key].num += more[key].num;
    into[key].den += more[key].den;
  }
}

/** One bucket's facts of every adoption metric, per person. */
async function measureBucket(
  db: Db,
  period: Period,
  zone: string,
  settings: { keyFields: readonly KeyField[]; dayTotalsZone: string | undefined },
  userIds: readonly string[],
): Promise<Record<AdoptionMetric, Map<string, FactAggregate>>> {
  const ctx = factContext(db.dialect, period, zone, settings);
  const results = await Promise.all(
    ADOPTION_METRICS.map(async (metric) => {
      const facts = FACTS[metric];
      if (!facts) throw new Error(`no facts for ${metric}`);
      const rows = await aggregateFacts(db.kysely, facts(ctx), userIds);
      return [metric, new Map(rows.map((r) => [r.userId, r]))] as const;
    }),
  );
  return Object.fromEntries(results) as Record<AdoptionMetric, Map<string, FactAggregate>>;
}

function personFigures(
  measured: Record<AdoptionMetric, Map<string, FactAggregate>>,
  userId: string,
): Figures {
  const of = (metric: AdoptionMetric) => measured[metric].get(userId);
  const sums = (metric: AdoptionMetric): Sums => ({
    num: of(metric)?.num ?? 0,
    den: of(metric)?.den ?? 0,
  });
  const recorded = (of('update_timeliness')?.items ?? 0) + (of('data_flag_rate')?.items ?? 0);
  return {
    members: 1,
    activeUsers: recorded > 0 ? 1 : 0,
    completeness: sums('profile_completeness'),
    timeliness: sums('update_timeliness'),
    activities: of('activity_frequency')?.num ?? 0,
    flags: sums('data_flag_rate'),
  };
}

function adoptionRow(
  team: { departmentId: string | null; departmentName: string | null },
  bucket: { from: string; to: string },
  figures: Figures,
): AdoptionRow {
  return {
    ...team,
    ...bucket,
    members: figures.members,
    activeUsers: figures.activeUsers,
    completeness: share(figures.completeness),
    timeliness: share(figures.timeliness),
    activities: figures.activities,
    flags: share(figures.flags),
  };
}

const byTeamName = (a: ReportUser, b: ReportUser) =>
  a.departmentName === null
    ? 1
    : b.departmentName === null
      ? -1
      : a.departmentName.localeCompare(b.departmentName);

/** Per team and bucket: how the people in scope use the CRM (METRICS.md "CRM adoption by team"). */
export async function adoptionOf(db: Db, input: ReportInput, zone: string, kind: BucketKind) {
  const { window } = input;
  const [people, { keyFields }, totalsZone] = await Promise.all([
    usersInScope(db.kysely, input.owners),
    readAppraisalSettings(db),
    dayTotalsZone(db.kysely),
  ]);
  const buckets = dayBuckets(window.firstDay, window.lastDay, kind).map((days) => ({
    from: days.firstDay,
    to: days.lastDay,
    period: {
      start: startOfOrgDay(days.firstDay, zone),
      end: startOfOrgDay(nextDay(days.lastDay), zone),
    },
  }));
  const teamsOf = [...new Map(people.map((p) => [p.departmentId, p])).values()].sort(byTeamName);
  const teams: AdoptionRow[] = [];
  const total: AdoptionRow[] = [];
  const perBucket: Map<string | null, Figures>[] = [];
  // Buckets one after the other: each runs its metrics side by side already.
  for (const bucket of buckets) {
    const members = people.filter(
      (p) => activeDaysInPeriod(bucket.period, p.joinedOn, p.leftOn, zone) > 0,
    );
    const measured = await measureBucket(
      db,
      bucket.period,
      zone,
      { keyFields, dayTotalsZone: totalsZone },
      members.map((m) => m.id),
    );
    const byTeam = new Map<string | null, Figures>();
    for (const member of members) {
      const figures = byTeam.get(member.departmentId) ?? emptyFigures();
      add(figures, personFigures(measured, member.id));
      byTeam.set(member.departmentId, figures);
    }
    perBucket.push(byTeam);
    const sum = emptyFigures();
    for (const figures of byTeam.values()) add(sum, figures);
    total.push(adoptionRow({ departmentId: null, departmentName: null }, bucket, sum));
  }
  for (const team of teamsOf) {
    buckets.forEach((bucket, index) => {
      const figures = perBucket[index]?.get(team.departmentId) ?? emptyFigures();
      teams.push(
        adoptionRow(
          { departmentId: team.departmentId, departmentName: team.departmentName },
          bucket,
          figures,
        ),
      );
    });
  }
  return {
    period: periodOf(window),
    bucket: kind,
    buckets: buckets.map(({ from, to }) => ({ from, to })),
    teams,
    total,
  };
}

export async function adoptionReport(db: Db, actor: Actor, query: ReportQuery, zone: string) {
  return adoptionOf(db, reportInput(actor, query, zone), zone, query.bucket ?? 'month');
}
