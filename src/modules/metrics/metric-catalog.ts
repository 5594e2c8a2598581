import { BUILT_IN_METRICS, type MetricDefinition } from '../../domain/metrics/catalog.js';
import { FACTS, type FactsBuilder } from './metric-facts.registry.js';
import type { KeyField } from './metric-period.js';

export type CatalogEntry = { definition: MetricDefinition; facts: FactsBuilder | undefined };

/**
 * The metrics as this organisation measures them: the built-in ones, its custom ones, and its
 * settings that shape a metric (the key fields of profile completeness).
 */
export type MetricCatalog = {
  get: (id: string) => CatalogEntry | undefined;
  ids: () => string[];
  keyFields: readonly KeyField[];
  /** The zone whose days the stored activity day totals count, once they count any. */
  dayTotalsZone?: string;
};

/** A catalogue of the given metrics, measured with the organisation's key fields. */
export function catalogOf(
  entries: readonly CatalogEntry[],
  keyFields: readonly KeyField[],
  dayTotalsZone?: string,
): MetricCatalog {
  const byId = new Map(entries.map((e) => [e.definition.id, e]));
  return {
    get: (id) => byId.get(id),
    ids: () => [...byId.keys()],
    keyFields,
    ...(dayTotalsZone === undefined ? {} : { dayTotalsZone }),
  };
}

export function builtInEntries(): CatalogEntry[] {
  return BUILT_IN_METRICS.map((definition) => ({
    definition,
    facts: FACTS[definition.id as keyof typeof FACTS],
  }));
}
