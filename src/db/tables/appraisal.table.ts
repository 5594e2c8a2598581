import type { Generated } from 'kysely';
import type { CycleStatus } from '../../domain/appraisal/cycle-workflow.js';
import type { NaReason } from '../../domain/metrics/metric-value.js';
import type { CalendarDate, Timestamp } from './organisation.table.js';

export type QualityRule = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7';

/** A data-quality finding: an explanation, not a punishment. Cleared by a manager with a reason. */
export type QualityFlagsTable = {
  id: string;
  rule: QualityRule;
  entity: 'activity' | 'customer' | 'lead' | 'user';
  recordId: string;
  /** Q1: the field holding a placeholder. */
  field: string | null;
  /** The user responsible for the record (its creator). */
  userId: string;
  /** JSON: what the rule saw (e.g. the duplicate's id, the burst window). */
  detail: string | null;
  status: 'open' | 'cleared';
  createdAt: Timestamp;
  clearedBy: string | null;
  clearedAt: Timestamp | null;
  clearedReason: string | null;
  /** When the notifications job announced it to `userId` (null: not yet, or never: raised too long ago). */
  announcedAt: Timestamp | null;
};

export type CustomMetricsTable = {
  id: string;
  key: string;
  nameZh: string;
  nameEn: string;
  /** JSON of the validated definition: entity, filter, aggregate, owner and time fields. */
  definition: string;
  unit: string;
  dir: '+' | '-';
  active: number;
  version: Generated<number>;
  createdBy: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type TemplatesTable = {
  id: string;
  key: string;
  role: string;
  nameZh: string;
  nameEn: string;
  currentVersionId: string | null;
  createdAt: Timestamp;
};

/** Immutable: every edit of a template makes a new version. */
export type TemplateVersionsTable = {
  id: string;
  templateId: string;
  number: number;
  /** JSON array of items: metric, weight, floor, target, cap, minSample. */
  items: string;
  /** JSON: grade thresholds. */
  grades: string;
  note: string | null;
  authorId: string | null;
  createdAt: Timestamp;
};

/** Per-user targets (业绩目标) for one metric in one period, overriding the template's target. */
export type UserTargetsTable = {
  id: string;
  userId: string;
  metric: string;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  target: number;
  setBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type CyclesTable = {
  id: string;
  name: string;
  kind: 'month' | 'quarter' | 'custom';
  /** First and last org-zone day of the period (inclusive). */
  firstDay: CalendarDate;
  lastDay: CalendarDate;
  /** The period as UTC instants [periodStart, periodEnd), fixed when the cycle is created. */
  periodStart: Timestamp;
  periodEnd: Timestamp;
  zone: string;
  status: CycleStatus;
  createdBy: string | null;
  createdAt: Timestamp;
  openedAt: Timestamp | null;
  frozenAt: Timestamp | null;
  publishedAt: Timestamp | null;
  archivedAt: Timestamp | null;
  computedAt: Timestamp | null;
  /**
   * The instant the numbers were scored at: records count up to min(periodEnd, scoredAt), and
   * it is the "now" of every rule inside a metric. Fixed once the cycle is frozen.
   */
  scoredAt: Timestamp | null;
  version: Generated<number>;
};

/** Who is appraised in a cycle, under which template version: frozen when the cycle opens. */
export type CycleParticipantsTable = {
  cycleId: string;
  userId: string;
  role: string;
  templateVersionId: string;
  managerId: string | null;
  /** JSON: per-metric targets for this user at opening (业绩目标 snapshot). */
  targets: string;
};

export type CycleResultsTable = {
  id: string;
  cycleId: string;
  userId: string;
  total: number | null;
  grade: string | null;
  /** Share of items that are not N/A (0–1). */
  applicableShare: number;
  computedAt: Timestamp;
  selfComment: string | null;
  selfReviewedAt: Timestamp | null;
  managerComment: string | null;
  managerReviewedBy: string | null;
  managerReviewedAt: Timestamp | null;
  acknowledgedAt: Timestamp | null;
  employeeComment: string | null;
  version: Generated<number>;
};

export type CycleResultItemsTable = {
  id: string;
  resultId: string;
  metric: string;
  weight: number;
  floor: number;
  target: number;
  cap: number;
  minSample: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  naReason: NaReason | null;
  score: number | null;
  /** A manager's adjustment: both numbers stay visible. */
  adjustedScore: number | null;
  adjustReason: string | null;
  adjustedBy: string | null;
  adjustedAt: Timestamp | null;
  /** JSON: the item's pace (pro-rated floor and target, projection) when scored before the period ended. */
  pace: string | null;
};

/** An employee's comment and "unfair" vote on one item of their scorecard in one cycle. */
export type ItemFeedbackTable = {
  id: string;
  cycleId: string;
  userId: string;
  metric: string;
  /** 1 = "this item is unfair". */
  unfair: number;
  comment: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Generated<number>;
};
