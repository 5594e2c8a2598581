import type { Db } from '../../db/database.js';
import type { TemplateContent, TemplateItem } from '../../domain/appraisal/template-item.js';
import type { MetricValue } from '../../domain/metrics/metric-value.js';
import { roundForDisplay } from '../../domain/scoring/display-score.js';
import { metricsToMeasure, ranksByTotal, rescore } from '../../domain/review/what-if.js';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { storedTargets } from '../cycles/cycle-participants.js';
import { contentOf } from '../appraisal/template-content.js';
import { diffTemplateItems } from '../templates/template-diff.js';
import * as templatesRepo from '../templates/templates.repository.js';
import { createTemplateVersion, validateItems } from '../templates/templates.service.js';
import { closedCycles, loadWindow, measureInCycle } from './review-window.js';
import type { AdoptInput, WhatIfInput } from './review.schema.js';

const MOVERS = 10;

const itemsOf = (input: WhatIfInput): TemplateItem[] =>
  input.items.map((i) => ({
    metric: i.metric,
    weight: i.weight,
    floor: i.floor,
    target: i.target,
    cap: i.cap,
    minSample: i.minSample,
  }));

async function proposalOf(db: Db, input: WhatIfInput) {
  const template = await templatesRepo.findTemplate(db.kysely, input.templateId);
  if (!template) throw notFound('template');
  const current = template.currentVersionId
    ? await templatesRepo.findVersion(db.kysely, template.currentVersionId)
    : undefined;
  if (!current) throw notFound('template_version');
  const catalog = await loadMetricCatalog(db);
  const items = itemsOf(input);
  const problems = validateItems(items, catalog);
  if (problems.length > 0)
    throw new AppError('validation_failed', 'The proposed template has invalid items', problems);
  const grades = input.grades ?? contentOf(current).grades;
  return { template, current, catalog, content: { items, grades } satisfies TemplateContent };
}

/**
 * Rescores a closed cycle's people appraised with one template under a proposed version, writing
 * nothing (docs/METRICS.md, "What-if"): each person's old and new total, grade and rank.
 */
export async function whatIf(db: Db, actor: Actor, cycleId: string, input: WhatIfInput) {
  const [cycle] = await closedCycles(db, [cycleId]);
  if (!cycle) throw notFound('cycle');
  const { template, current, catalog, content } = await proposalOf(db, input);
  const window = await loadWindow(db, actor, [cycle]);
  const people = window.results.filter((r) => r.templateId === template.id);

  const toMeasure = new Map(
    people.map((p) => [p.userId, new Set(metricsToMeasure(p.template.items, content.items))]),
  );
  const metrics = [...new Set([...toMeasure.values()].flatMap((s) => [...s]))];
  const measured =
    metrics.length === 0 ? undefined : await measureInCycle(db, cycle, metrics, people);
  const rules = {
    directionOf: (metric: string) => catalog.get(metric)?.definition.dir ?? '+',
    kindOf: (metric: string) => catalog.get(metric)?.definition.kind,
  };

  const rescored = people.map((person) => {
    const fresh = new Map<string, MetricValue>();
    if (measured)
      for (const item of content.items)
        if (toMeasure.get(person.userId)?.has(item.metric))
          fresh.set(item.metric, measured.valueOf(item.metric, person.userId, item.minSample));
    const card = rescore(
      {
        items: person.items,
        targets: storedTargets.parse(JSON.parse(person.targets)),
        elapsedShare: person.items[0]?.elapsedShare ?? 1,
      },
      person.template.items,
      content,
      fresh,
      rules,
    );
    return { person, card };
  });
  const oldRanks = ranksByTotal(rescored.map((r) => r.person.total));
  const newRanks = ranksByTotal(rescored.map((r) => r.card.total));
  const rows = rescored.map(({ person, card }, index) => ({
    userId: person.userId,
    userName: person.userName,
    oldTotal: person.total,
    oldGrade: person.grade,
    oldRank: oldRanks[index] ?? null,
    newTotal: card.total,
    newGrade: card.grade,
    newRank: newRanks[index] ?? null,
    change: person.total === null || card.total === null ? null : card.total - person.total,
    items: card.items.map((i) => ({ metric: i.metric, score: i.score })),
  }));
  // Compared as shown (one decimal), so that changes equal on screen are ordered by name.
  const size = (change: number | null) => roundForDisplay(Math.abs(change ?? 0), 1);
  const movers = rows
    .filter((r) => r.change !== null)
    .sort((a, b) => size(b.change) - size(a.change) || a.userName.localeCompare(b.userName))
    .slice(0, MOVERS)
    .map((r) => r.userId);
  const cycleVersion = people[0]?.template.items ?? [];
  return {
    cycleId: cycle.id,
    templateId: template.id,
    baseVersionId: current.id,
    baseVersionNumber: current.number,
    changes: diffTemplateItems(cycleVersion, content.items),
    people: rows,
    movers,
  };
}

/**
 * Adopts a what-if: the proposal becomes the template's next version with the review's note as
 * its changelog. Refused when the template got another version since the what-if was based on it.
 */
export async function adoptWhatIf(db: Db, actor: Actor, input: AdoptInput) {
  const { template } = await proposalOf(db, input);
  if (template.currentVersionId !== input.baseVersionId) throw staleVersion('template');
  return createTemplateVersion(db, actor, template.id, {
    items: itemsOf(input),
    grades: input.grades,
    note: input.note,
  });
}
