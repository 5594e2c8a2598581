import type { RawBuilder } from 'kysely';
import type { OffsetSegment } from '../../domain/time/zone-offsets.js';
import type { Dialect } from '../../db/database.js';
import { FILLABLE_FIELDS, type FillableField } from '../../db/customer-field-filled.js';

/** The period a metric is computed for, and what the fact queries need to know about it. */
export type FactContext = {
  dialect: Dialect;
  /** [start, end) as UTC instants (ISO-8601). */
  start: string;
  end: string;
  /** The same period as org-zone calendar days: firstDay inclusive, endDay exclusive. */
  firstDay: string;
  endDay: string;
  /** The org zone the period is counted in, and its offsets around the period. */
  zone: string;
  offsets: readonly OffsetSegment[];
  /** Customer fields that count for profile completeness. */
  keyFields: readonly KeyField[];
  /**
   * Scoring time (ISO UTC), for the rules that depend on what is known when scoring (a renewal
   * window still open): `now` for a live scorecard, the stored scoring time for a cycle.
   */
  scoredAt: string;
  /**
   * When only a few people's facts are wanted (a live scorecard, a team, one person's evidence):
   * those people. A fact query whose person is worked out per row (a contract's owner on a given
   * day) narrows its rows to those that can be theirs before working it out. Never changes a
   * result for these people; absent for a whole company.
   */
  subjects?: readonly string[];
  /**
   * The zone whose days the stored activity day totals count (src/db/activity-day-totals.ts), when
   * known: the activity metrics add those totals up only when it is the period's zone.
   */
  dayTotalsZone?: string;
};

/** The customer fields an organisation may choose to count for profile completeness. */
export const KEY_FIELDS = FILLABLE_FIELDS;
export type KeyField = FillableField;

/** METRICS.md default: name, phone, industry, source, requirement, region, level. */
export const DEFAULT_KEY_FIELDS: readonly KeyField[] = [
  'name',
  'phone',
  'industry',
  'source',
  'requirement',
  'region',
  'level',
];

/** One fact: a record that counts toward a user's metric, with its share of numerator and denominator. */
export type FactRow = {
  userId: string;
  recordType: string;
  recordId: string;
  /** The time that placed the record in the period (for ordering the evidence). */
  at: string;
  /** Contribution to the numerator (0/1 for shares, a value for sums and means). */
  num: number;
  /** Contribution to the denominator (1 per item for shares and means, 0 for counts and sums). */
  den: number;
};

/** A row that stands for `items` facts already added up (a person's day of activities). */
export type FactSumRow = { userId: string; num: number; den: number; items: number };

/** What the aggregate adds up: facts one by one, or rows of stored totals. */
export type SumBranch = RawBuilder<FactRow> | { totals: RawBuilder<FactSumRow> };

/**
 * A metric's facts: one query, or the branches of a union of queries with these same columns (the
 * kinds of record a metric counts, each from its own table), or such branches (`rows`, the
 * evidence) together with what adds up to the same sums faster (`sums`: stored day totals where
 * they answer, rows elsewhere). Kept apart, branches are summed one by one, each in its own
 * index's order, and only the sums are added up; as one query, every row of every branch would be
 * gathered and sorted by person first.
 */
export type Facts =
  | RawBuilder<FactRow>
  | readonly RawBuilder<FactRow>[]
  | { rows: readonly RawBuilder<FactRow>[]; sums: readonly SumBranch[] };
