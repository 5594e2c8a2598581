import { scoreItems, summarise, type Scorecard } from '../appraisal/scorecard.js';
import type { TemplateContent, TemplateItem } from '../appraisal/template-item.js';
import type { MetricKind } from '../metrics/catalog.js';
import type { MetricValue } from '../metrics/metric-value.js';
import type { Direction } from '../scoring/scoring-rule.js';

/** One item of a closed cycle's result, as stored. */
export type StoredItem = { metric: string; value: MetricValue; adjustedScore: number | null };

/** A person of a closed cycle, as the what-if rescores them. */
export type StoredCard = {
  items: readonly StoredItem[];
  /** The cycle's snapshot of per-user targets (业绩目标). */
  targets: Readonly<Record<string, number>>;
  /** Share of the period the person had (1 unless they joined or left during it). */
  elapsedShare: number;
};

const sameRule = (a: TemplateItem, b: TemplateItem) =>
  a.floor === b.floor && a.target === b.target && a.cap === b.cap;

/**
 * The metrics of a proposal that cannot be rescored from stored values: items it adds, and items
 * whose min_sample changed (the stored value was kept or dropped under the old one).
 */
export function metricsToMeasure(
  base: readonly TemplateItem[],
  proposal: readonly TemplateItem[],
): string[] {
  const before = new Map(base.map((i) => [i.metric, i]));
  return proposal
    .filter((i) => before.get(i.metric)?.minSample !== i.minSample)
    .map((i) => i.metric);
}

/**
 * A person's scorecard under the proposed version (docs/METRICS.md, "What-if"): kept items from
 * their stored value, measured ones from `measured`; a manager's adjustment stays only where the
 * item's floor, target and cap did not change.
 */
export function rescore(
  card: StoredCard,
  base: readonly TemplateItem[],
  proposal: TemplateContent,
  measured: ReadonlyMap<string, MetricValue>,
  rules: {
    directionOf: (metric: string) => Direction;
    kindOf: (metric: string) => MetricKind | undefined;
  },
): Scorecard {
  const stored = new Map(card.items.map((i) => [i.metric, i]));
  const values = new Map<string, MetricValue>();
  for (const item of proposal.items) {
    const value = measured.get(item.metric) ?? stored.get(item.metric)?.value;
    if (value) values.set(item.metric, value);
  }
  const items = scoreItems(proposal, values, {
    userTargets: card.targets,
    directionOf: rules.directionOf,
    kindOf: rules.kindOf,
    elapsedShare: card.elapsedShare,
  });
  const before = new Map(base.map((i) => [i.metric, i]));
  const adjusted = items.map((scored, index) => {
    const was = before.get(scored.metric);
    const now = proposal.items[index];
    const keep = was !== undefined && now !== undefined && sameRule(was, now);
    return {
      ...scored,
      adjustedScore: keep ? (stored.get(scored.metric)?.adjustedScore ?? null) : null,
    };
  });
  return { items, ...summarise(adjusted, proposal.grades) };
}

/**
 * Competition ranks by total, highest first: equal totals share the best rank (1, 2, 2, 4); a
 * null total has no rank.
 */
export function ranksByTotal(totals: readonly (number | null)[]): (number | null)[] {
  return totals.map((total) =>
    total === null ? null : 1 + totals.filter((t) => t !== null && t > total).length,
  );
}
