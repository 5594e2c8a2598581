import { BUILT_IN_METRICS, type MetricDefinition } from '../../domain/metrics/catalog.js';
import { FACTS, type FactsBuilder } from './metric-facts.registry.js';

export type CatalogEntry = { definition: MetricDefinition; facts: FactsBuilder | undefined };

/** Every metric a template may use: the built-in ones and the organisation's custom ones. */
export type MetricCatalog = { get: (id: string) => CatalogEntry | undefined; ids: () => string[] };

export function catalogOf(entries: readonly CatalogEntry[]): MetricCatalog {
  const byId = new Map(entries.map((e) => [e.definition.id, e]));
  return { get: (id) => byId.get(id), ids: () => [...byId.keys()] };
}

export function builtInEntries(): CatalogEntry[] {
  return BUILT_IN_METRICS.map((definition) => ({
    definition,
    facts: FACTS[definition.id as keyof typeof FACTS],
  }));
}

export const BUILT_IN_CATALOG: MetricCatalog = catalogOf(builtInEntries());
