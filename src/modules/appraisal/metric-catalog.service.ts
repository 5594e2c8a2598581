import type { Db } from '../../db/database.js';
import { METRIC_UNITS, type MetricDefinition } from '../../domain/metrics/catalog.js';
import {
  builtInEntries,
  catalogOf,
  type CatalogEntry,
  type MetricCatalog,
} from '../metrics/metric-catalog.js';
import { readAppraisalSettings } from './appraisal-settings.js';
import { dayTotalsZone } from '../../db/activity-day-totals.js';
import { parseDefinition } from '../custom-metrics/custom-metric-definition.js';
import { customMetricFacts, kindOf } from '../custom-metrics/custom-metric.facts.js';
import {
  listCustomMetrics,
  type CustomMetricRow,
} from '../custom-metrics/custom-metrics.repository.js';

function entryOf(row: CustomMetricRow): CatalogEntry {
  const definition = parseDefinition(row);
  const metric: MetricDefinition = {
    id: row.key,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    category: 'custom',
    kind: kindOf(definition),
    unit: METRIC_UNITS.find((u) => u === row.unit) ?? 'count',
    dir: row.dir,
  };
  return { definition: metric, facts: (ctx) => customMetricFacts(definition, ctx) };
}

/**
 * The one catalogue every appraisal reads: the built-in metrics, the organisation's active custom
 * ones and its settings that shape a metric (the key fields of profile completeness), and the zone
 * whose days the activities' stored day totals count. Templates are validated against it, and the
 * live scorecard, cycles and evidence are measured with it.
 */
export async function loadMetricCatalog(db: Db): Promise<MetricCatalog> {
  const [custom, settings, zone] = await Promise.all([
    listCustomMetrics(db.kysely, true),
    readAppraisalSettings(db),
    dayTotalsZone(db.kysely),
  ]);
  return catalogOf([...builtInEntries(), ...custom.map(entryOf)], settings.keyFields, zone);
}
