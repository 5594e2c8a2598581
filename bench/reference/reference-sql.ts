/**
 * The cycle benchmark's baseline: for every metric computed from CRM records, one hand-written SQL
 * statement that yields its per-person aggregate directly from the tables, written from
 * docs/METRICS.md without the engine's fact rows (no record ids, no evidence columns, no shared
 * fragments beyond binding a timestamp or a date). The engine must stay within 1.5× of these.
 * test/integration/reference-sql.test.ts holds each one equal to the engine's aggregate on a
 * simulated company, on both engines, so a baseline can never be fast by being wrong.
 */
import type { RawBuilder } from 'kysely';
import type { BuiltInMetricId } from '../../src/domain/metrics/catalog.js';
import type { FactContext } from '../../src/modules/metrics/metric-period.js';
import { DATA_USE_REFERENCES } from './data-use.reference.js';
import { PROCESS_REFERENCES } from './process.reference.js';
import { RESULT_REFERENCES } from './results.reference.js';
import { SERVICE_MARKETING_REFERENCES } from './service-marketing.reference.js';

/**
 * A person's aggregate, as the engine's `aggregateFacts` returns it: the sum of the numerator and
 * denominator contributions and the number of items (columns `user_id, num, den, items`).
 */
export type ReferenceRow = {
  userId: string;
  num: number | string;
  den: number | string;
  items: number | string;
};

export type ReferenceQuery = (ctx: FactContext) => RawBuilder<ReferenceRow>;

export type ReferenceSet = Partial<Record<BuiltInMetricId, ReferenceQuery>>;

export const REFERENCE_SQL: ReferenceSet = {
  ...PROCESS_REFERENCES,
  ...RESULT_REFERENCES,
  ...SERVICE_MARKETING_REFERENCES,
  ...DATA_USE_REFERENCES,
};
