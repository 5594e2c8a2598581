import type { MetricUnit } from '../metrics/catalog.js';
import type { DigestAction } from './weekly-digest.js';

/**
 * What a notification is about. Each kind has its own parameters; the text is worded from them in
 * the reader's language (notification-message.ts), never stored.
 */
export const NOTIFICATION_KINDS = [
  'plan_due_soon',
  'plan_overdue',
  'opportunity_stale',
  'quality_flag',
  'cycle_self_review',
  'cycle_manager_review',
  'award',
  'badge',
  'job_failed',
  'weekly_digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One suggestion of a weekly digest: a scorecard item, named in both languages, and what to do. */
export type DigestLine = {
  metric: string;
  nameZh: string;
  nameEn: string;
  unit: MetricUnit;
  /** Points the total would gain if the item reached its target. */
  points: number;
  action: DigestAction;
  /** The item's records on the live scorecard. */
  link: string;
};

export type NotificationParams = {
  plan_due_soon: { recordName: string; dueAt: string };
  plan_overdue: { recordName: string; dueAt: string };
  opportunity_stale: { opportunityName: string; days: number };
  /** The newest flag raised on the recipient's records; `others`: the rest since the last one, by rule. */
  quality_flag: {
    rule: string;
    entity: string;
    recordName: string;
    others?: Record<string, number>;
  };
  cycle_self_review: { cycleName: string };
  cycle_manager_review: { cycleName: string; participants: number };
  /** An award or badge named in both languages, so that each reader sees it in theirs. */
  award: { nameZh: string; nameEn: string };
  badge: { nameZh: string; nameEn: string };
  /** A scheduled job (by its name, e.g. `quality-rules`) that failed for good. */
  job_failed: { job: string; attempts: number; error: string };
  /** What would raise the recipient's live score most this week (ISO week in the org zone). */
  weekly_digest: { week: string; total: number | null; items: DigestLine[] };
};

/** The channels beside the in-app inbox. */
export const CHANNELS = ['wecom', 'dingtalk', 'webhook', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
