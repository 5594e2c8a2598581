import type { MetricDefinition } from '../../domain/metrics/catalog.js';
import {
  countValue,
  meanOfTotals,
  medianValue,
  perWeekValue,
  ratioValue,
  sumValue,
  type ActivityCoverage,
  type MetricValue,
} from '../../domain/metrics/metric-value.js';
import type { FactAggregate } from './metrics.repository.js';

/**
 * profile_completeness measures fields, but its sample is customers: five customers are needed,
 * not five fields. Every other ratio's sample is its denominator.
 */
const SAMPLE_IS_ITEMS = new Set(['profile_completeness']);

/** Turns a user's aggregated facts into the metric's value, applying min_sample and coverage rules. */
export function metricValueOf(
  definition: MetricDefinition,
  aggregate: FactAggregate | undefined,
  values: readonly number[] | undefined,
  minSample: number,
  coverage: ActivityCoverage,
): MetricValue {
  const num = aggregate?.num ?? 0;
  const den = aggregate?.den ?? 0;
  const items = aggregate?.items ?? 0;
  switch (definition.kind) {
    case 'ratio':
      if (SAMPLE_IS_ITEMS.has(definition.id) && items < minSample) {
        return { value: null, numerator: num, denominator: den, naReason: 'below_min_sample' };
      }
      return ratioValue(num, den, SAMPLE_IS_ITEMS.has(definition.id) ? 0 : minSample);
    case 'mean':
      return meanOfTotals(num, items, minSample);
    case 'median':
      return medianValue(values ?? [], minSample);
    case 'count':
      return countValue(num, coverage);
    case 'sum':
      return sumValue(num, coverage);
    case 'per_week':
      return perWeekValue(num, coverage);
  }
}
