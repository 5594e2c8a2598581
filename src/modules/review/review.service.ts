import type { Db } from '../../db/database.js';
import type { MetricCategory } from '../../domain/metrics/catalog.js';
import { metricHealth } from '../../domain/review/metric-health.js';
import { outcomeLinks } from '../../domain/review/outcome-link.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import type * as cyclesRepo from '../cycles/cycles.repository.js';
import * as templatesRepo from '../templates/templates.repository.js';
import { closedCycles, loadWindow, measureInCycle, type ReviewWindow } from './review-window.js';
import * as repo from './review.repository.js';

const RESULT_CATEGORIES: readonly MetricCategory[] = ['result', 'service', 'marketing'];
const FLAG_RATE = 'data_flag_rate';

/** Records created and records flagged, pooled (the numerator and denominator of data_flag_rate). */
type Pooled = { flagged: number; created: number };

/**
 * data_flag_rate per template item over a window: Σ flagged / Σ created of the people appraised
 * on the item, each cycle measured over its own period (docs/METRICS.md, "gamed?").
 */
async function flagRates(db: Db, window: ReviewWindow): Promise<Map<string, number | null>> {
  const pooled = new Map<string, Pooled>();
  for (const cycle of window.cycles) {
    const people = window.results.filter((r) => r.cycleId === cycle.id);
    if (people.length === 0) continue;
    const measured = await measureInCycle(db, cycle, [FLAG_RATE], people);
    for (const person of people) {
      const rate = measured.valueOf(FLAG_RATE, person.userId, 0);
      for (const item of person.items) {
        const key = `${person.templateId}:${item.metric}`;
        const sum = pooled.get(key) ?? { flagged: 0, created: 0 };
        sum.flagged += rate.numerator ?? 0;
        sum.created += rate.denominator ?? 0;
        pooled.set(key, sum);
      }
    }
  }
  return new Map(
    [...pooled].map(([key, p]) => [key, p.created === 0 ? null : p.flagged / p.created]),
  );
}

/** As many closed cycles as the window has, immediately before its earliest one. */
async function previousCycles(db: Db, window: readonly cyclesRepo.CycleRow[]) {
  const first = window[0];
  if (!first) return [];
  const earlier = (await repo.listClosedCycles(db.kysely)).filter(
    (c) => c.firstDay < first.firstDay,
  );
  return earlier.length < window.length ? [] : earlier.slice(-window.length);
}

/**
 * The quarterly review (复盘) of one or more closed cycles, for the people in the viewer's scope:
 * each template item's distribution and health flags, the outcome links, and the employees'
 * feedback (docs/METRICS.md, "Review and improvement").
 */
export async function quarterlyReview(db: Db, actor: Actor, cycleIds: readonly string[]) {
  const cycles = await closedCycles(db, cycleIds);
  const window = await loadWindow(db, actor, cycles);
  const previous = await previousCycles(db, cycles);
  const [catalog, templates, feedback, rates, previousRates] = await Promise.all([
    loadMetricCatalog(db),
    templatesRepo.listTemplates(db.kysely),
    repo.listScopedFeedback(
      db.kysely,
      cycles.map((c) => c.id),
      ownerScopeOf(actor),
    ),
    flagRates(db, window),
    previous.length === 0
      ? Promise.resolve(new Map<string, number | null>())
      : loadWindow(db, actor, previous).then((w) => flagRates(db, w)),
  ]);
  const nameOf = (metric: string) => {
    const d = catalog.get(metric)?.definition;
    return { nameZh: d?.nameZh ?? metric, nameEn: d?.nameEn ?? metric };
  };

  const itemSections = templates.flatMap((template) => {
    const results = window.results.filter((r) => r.templateId === template.id);
    if (results.length === 0) return [];
    // The items as the window's latest cycle had them (the window's cycles are oldest first).
    const order = window.cycles.map((c) => c.id);
    const latest = results.reduce((a, b) =>
      order.indexOf(b.cycleId) > order.indexOf(a.cycleId) ? b : a,
    );
    const items = latest.template.items.map((templateItem) => {
      const key = `${template.id}:${templateItem.metric}`;
      const observations = results.flatMap((r) =>
        r.template.items.some((i) => i.metric === templateItem.metric)
          ? [r.items.find((i) => i.metric === templateItem.metric)?.score ?? null]
          : [],
      );
      const votes = feedback.filter(
        (f) =>
          f.metric === templateItem.metric &&
          results.some((r) => r.userId === f.userId && r.cycleId === f.cycleId),
      );
      return {
        metric: templateItem.metric,
        ...nameOf(templateItem.metric),
        weight: templateItem.weight,
        floor: templateItem.floor,
        target: templateItem.target,
        cap: templateItem.cap,
        health: metricHealth(observations, {
          cap: templateItem.cap,
          flagRate: rates.get(key) ?? null,
          previousFlagRate: previousRates.get(key) ?? null,
        }),
        flagRate: rates.get(key) ?? null,
        previousFlagRate: previousRates.get(key) ?? null,
        feedbackCount: votes.length,
        unfairVotes: votes.filter((v) => v.unfair === 1).length,
      };
    });
    return [
      {
        templateId: template.id,
        key: template.key,
        role: template.role,
        nameZh: template.nameZh,
        nameEn: template.nameEn,
        items,
      },
    ];
  });

  const roles = [...new Set(window.results.map((r) => r.role))].sort();
  const links = roles.map((role) => {
    const results = window.results.filter((r) => r.role === role);
    const metrics = [...new Set(results.flatMap((r) => r.template.items.map((i) => i.metric)))];
    const categoryOf = (metric: string) => catalog.get(metric)?.definition.category;
    const byUser = new Map<string, Map<string, (number | null)[]>>();
    for (const result of results) {
      const scores = byUser.get(result.userId) ?? new Map<string, (number | null)[]>();
      for (const item of result.items)
        scores.set(item.metric, [...(scores.get(item.metric) ?? []), item.score]);
      byUser.set(result.userId, scores);
    }
    const process = metrics.filter((m) => categoryOf(m) === 'process');
    const outcome = metrics.filter((m) => {
      const category = categoryOf(m);
      return category !== undefined && RESULT_CATEGORIES.includes(category);
    });
    return { role, links: outcomeLinks([...byUser.values()], process, outcome) };
  });

  return {
    cycles: cycles.map((c) => ({
      id: c.id,
      name: c.name,
      firstDay: c.firstDay,
      lastDay: c.lastDay,
    })),
    previousCycleIds: previous.map((c) => c.id),
    people: new Set(window.results.map((r) => r.userId)).size,
    templates: itemSections,
    outcomeLinks: links,
    feedback: feedback.map((f) => ({
      id: f.id,
      cycleId: f.cycleId,
      userId: f.userId,
      userName: f.userName,
      metric: f.metric,
      unfair: f.unfair === 1,
      comment: f.comment,
      updatedAt: f.updatedAt,
    })),
  };
}

export type QuarterlyReview = Awaited<ReturnType<typeof quarterlyReview>>;
