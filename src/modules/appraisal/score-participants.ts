import type { Db, Dialect } from '../../db/database.js';
import {
  scoreItems,
  summarise,
  teamScoreValue,
  type Scorecard,
} from '../../domain/appraisal/scorecard.js';
import type { TemplateContent } from '../../domain/appraisal/template-item.js';
import { allReports, inSlices, managersBottomUp } from '../../domain/appraisal/team-order.js';
import type { MetricValue } from '../../domain/metrics/metric-value.js';
import type { Period } from '../../domain/time/period.js';
import { elapsedShareOf } from '../../domain/time/working-time.js';
import { measure, type Subject } from '../metrics/metric-engine.js';
import { loadMetricCatalog } from './metric-catalog.service.js';

export type Participant = Subject & {
  managerId: string | null;
  template: TemplateContent;
  /** Per-user targets (业绩目标) by metric. */
  targets: Readonly<Record<string, number>>;
  /** Managers' adjusted item scores by metric (frozen cycles): they count in totals and team scores. */
  adjustments?: Readonly<Record<string, number>>;
};

/**
 * A whole period scored at `scoredAt`: its records are counted up to min(end, scoredAt), and a
 * period still in progress is judged by its pace (docs/METRICS.md, "Periods in progress").
 */
export type Scoring = { period: Period; zone: string; scoredAt: Date };

/**
 * The part of the period that has happened by the scoring time t = min(end, scoredAt): up to
 * and including t (timestamps are stored to the millisecond, so [start, t + 1 ms)).
 */
export function periodSoFar({ period, scoredAt }: Scoring): Period {
  if (scoredAt.getTime() >= period.end.getTime()) return period;
  return { start: period.start, end: new Date(scoredAt.getTime() + 1) };
}

/** Computed from other people's totals rather than from records. */
const TEAM_SCORE = 'team_score';

/**
 * The whole org chart when only a slice of it is scored: who reports to whom, and the totals of
 * people scored in earlier slices (reports come before their managers).
 */
export type TeamContext = {
  managerOf: ReadonlyMap<string, string | null>;
  totals: ReadonlyMap<string, number | null>;
};

/**
 * Scores everyone in one go: each metric is measured once for all participants, then each
 * scorecard is assembled; managers come last, lowest first, because their team score is the
 * mean of their reports' totals. Metrics are measured with the organisation's catalogue (its
 * custom metrics and key fields), read here so that no caller can score without it. With `team`,
 * the participants are one slice of a larger group: team scores count the totals it carries.
 */
export async function scoreParticipants(
  db: Db,
  scoring: Scoring,
  participants: readonly Participant[],
  team?: TeamContext,
): Promise<Map<string, Scorecard>> {
  const catalog = await loadMetricCatalog(db);
  const metrics = new Set<string>();
  for (const p of participants)
    for (const item of p.template.items) if (item.metric !== TEAM_SCORE) metrics.add(item.metric);
  const soFar = periodSoFar(scoring);
  const asOf = scoring.scoredAt < scoring.period.end ? scoring.scoredAt : scoring.period.end;
  const elapsedShare = elapsedShareOf(scoring.period, asOf, scoring.zone);
  const measured = await measure(
    db,
    soFar,
    scoring.zone,
    [...metrics],
    participants,
    catalog,
    scoring.scoredAt,
  );

  const valuesFor = (p: Participant, teamScore?: MetricValue) =>
    new Map<string, MetricValue>(
      p.template.items.map((item) => [
        item.metric,
        item.metric === TEAM_SCORE && teamScore
          ? teamScore
          : measured.valueOf(item.metric, p.userId, item.minSample),
      ]),
    );
  const directionOf = (metric: string) => catalog.get(metric)?.definition.dir ?? '+';
  const kindOf = (metric: string) => catalog.get(metric)?.definition.kind;
  const card = (p: Participant, teamScore?: MetricValue): Scorecard => {
    const items = scoreItems(p.template, valuesFor(p, teamScore), {
      userTargets: p.targets,
      directionOf,
      kindOf,
      elapsedShare: elapsedShare(p.joinedOn, p.leftOn),
    });
    const adjusted = items.map((i) => ({ ...i, adjustedScore: p.adjustments?.[i.metric] ?? null }));
    return { items, ...summarise(adjusted, p.template.grades) };
  };

  const byId = new Map(participants.map((p) => [p.userId, p]));
  const managerOf = team?.managerOf ?? managerOfWithin(participants);
  const managersFirst = new Set(managersBottomUp(managerOf).filter((id) => byId.has(id)));
  const cards = new Map<string, Scorecard>();
  const totalOf = (id: string) => {
    const scored = cards.get(id);
    return scored ? scored.total : (team?.totals.get(id) ?? null);
  };
  for (const p of participants) if (!managersFirst.has(p.userId)) cards.set(p.userId, card(p));
  for (const managerId of managersFirst) {
    const manager = byId.get(managerId);
    if (!manager) continue;
    const minSample = manager.template.items.find((i) => i.metric === TEAM_SCORE)?.minSample ?? 5;
    const totals = allReports(managerId, managerOf).map(totalOf);
    cards.set(managerId, card(manager, teamScoreValue(totals, minSample)));
  }
  return cards;
}

/** Each participant's manager when that manager is a participant too, else null. */
export function managerOfWithin(participants: readonly Participant[]): Map<string, string | null> {
  const ids = new Set(participants.map((p) => p.userId));
  return new Map(
    participants.map((p) => [
      p.userId,
      p.managerId !== null && ids.has(p.managerId) ? p.managerId : null,
    ]),
  );
}

/**
 * How many people one slice scores. On SQLite, small enough that no statement of it keeps other
 * requests waiting on the one connection for much longer than a batch (~50 ms at scale S).
 * PostgreSQL answers other requests on other connections meanwhile, and plans every statement
 * anew: there fewer, larger slices (at scale M, seven alternating runs of a cycle for 187 people:
 * slices of 50 were faster in six, 1.5–2.4 s against 2.0–2.5 s in slices of 10).
 */
export function sliceSizeFor(dialect: Dialect): number {
  return dialect === 'postgres' ? 50 : 10;
}

/** Lets other requests run between two slices. */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The same scorecards as `scoreParticipants` gives for the whole group, computed slice by slice
 * with a turn for other requests in between, so that a large team (a director's) does not hold
 * SQLite's one connection for the seconds its whole computation takes.
 */
export async function scoreInSlices(
  db: Db,
  scoring: Scoring,
  participants: readonly Participant[],
): Promise<Map<string, Scorecard>> {
  const managerOf = managerOfWithin(participants);
  const cards = new Map<string, Scorecard>();
  const totals = new Map<string, number | null>();
  for (const slice of inSlices(participants, managerOf, sliceSizeFor(db.dialect))) {
    await yieldToOthers();
    for (const [id, card] of await scoreParticipants(db, scoring, slice, { managerOf, totals })) {
      cards.set(id, card);
      totals.set(id, card.total);
    }
  }
  return cards;
}
