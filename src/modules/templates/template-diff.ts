import type { TemplateItem } from '../../domain/appraisal/template-item.js';

export type ItemChange = {
  metric: string;
  change: 'added' | 'removed' | 'changed';
  before: TemplateItem | null;
  after: TemplateItem | null;
};

const same = (a: TemplateItem, b: TemplateItem) =>
  a.weight === b.weight &&
  a.floor === b.floor &&
  a.target === b.target &&
  a.cap === b.cap &&
  a.minSample === b.minSample;

/** What changed between two versions of a template, item by item. */
export function diffTemplateItems(
  before: readonly TemplateItem[],
  after: readonly TemplateItem[],
): ItemChange[] {
  const old = new Map(before.map((i) => [i.metric, i]));
  const next = new Map(after.map((i) => [i.metric, i]));
  const changes: ItemChange[] = [];
  for (const [metric, item] of old) {
    const now = next.get(metric);
    if (!now) changes.push({ metric, change: 'removed', before: item, after: null });
    else if (!same(item, now))
      changes.push({ metric, change: 'changed', before: item, after: now });
  }
  for (const [metric, item] of next)
    if (!old.has(metric)) changes.push({ metric, change: 'added', before: null, after: item });
  return changes;
}
