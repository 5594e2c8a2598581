/**
 * Items in the order their template lists them (how the template's author grouped them by
 * category); items the template does not list (none, normally) come last, by metric id.
 */
export function inTemplateOrder<T extends { metric: string }>(
  items: readonly T[],
  templateMetrics: readonly string[],
): T[] {
  const position = new Map(templateMetrics.map((metric, index) => [metric, index]));
  const rank = (item: T) => position.get(item.metric) ?? templateMetrics.length;
  return [...items].sort((a, b) => rank(a) - rank(b) || a.metric.localeCompare(b.metric));
}
