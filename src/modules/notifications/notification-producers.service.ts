import type { Db } from '../../db/database.js';
import { notify, type NotificationEvent } from './notify.service.js';
import * as sources from './notification-sources.repository.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A plan is "due soon" within the hour before its due time. */
export const DUE_SOON_MS = 60 * MINUTE;
/** Overdue plans and flags older than this are not announced (e.g. on a first start). */
export const LOOKBACK_MS = 7 * DAY;
/** The stale_pipeline window (docs/METRICS.md). */
export const STALE_MS = 14 * DAY;

const RECORD_PATHS: Record<string, string> = {
  customer: 'customers',
  lead: 'leads',
  opportunity: 'opportunities',
};
const recordLink = (type: string, id: string) => `/${RECORD_PATHS[type] ?? type}/${id}`;

async function plansDueSoon(db: Db, at: Date): Promise<NotificationEvent[]> {
  const rows = await sources.openPlansDueBetween(
    db.kysely,
    at.toISOString(),
    new Date(at.getTime() + DUE_SOON_MS).toISOString(),
  );
  return rows.map((p) => planEvent('plan_due_soon', p));
}

async function plansOverdue(db: Db, at: Date): Promise<NotificationEvent[]> {
  const rows = await sources.openPlansDueBetween(
    db.kysely,
    new Date(at.getTime() - LOOKBACK_MS).toISOString(),
    at.toISOString(),
  );
  return rows.map((p) => planEvent('plan_overdue', p));
}

type PlanRow = Awaited<ReturnType<typeof sources.openPlansDueBetween>>[number];

/** The occurrence is the due time: a plan moved to a later time notifies again. */
function planEvent(kind: 'plan_due_soon' | 'plan_overdue', p: PlanRow): NotificationEvent {
  return {
    recipientId: p.ownerId,
    kind,
    recordType: 'plan',
    recordId: p.id,
    occurrence: p.dueAt,
    params: {
      recordName: p.customerName ?? p.leadName ?? p.opportunityName ?? '',
      dueAt: p.dueAt,
    },
    link: recordLink(p.recordType, p.recordId),
  };
}

/** The occurrence is the last touch: an opportunity touched again and left again notifies again. */
async function staleOpportunities(db: Db, at: Date): Promise<NotificationEvent[]> {
  const rows = await sources.staleOpportunities(
    db.kysely,
    new Date(at.getTime() - STALE_MS).toISOString(),
  );
  return rows.map((o) => {
    const lastTouch = o.lastTouchedAt ?? o.createdAt;
    return {
      recipientId: o.ownerId,
      kind: 'opportunity_stale',
      recordType: 'opportunity',
      recordId: o.id,
      occurrence: lastTouch,
      params: {
        opportunityName: o.name,
        days: Math.floor((at.getTime() - new Date(lastTouch).getTime()) / DAY),
      },
      link: recordLink('opportunity', o.id),
    };
  });
}

type FlagRow = Awaited<ReturnType<typeof sources.unannouncedFlagsSince>>[number];

/** Where a person sees the flags on their records (My appraisal). */
const MY_FLAGS = '/appraisal?section=flags';

/** The flagged record's page: a lead's, or the customer's (an activity's customer). */
const flagRecordLink = (f: FlagRow): string | null =>
  f.entity === 'lead'
    ? recordLink('lead', f.recordId)
    : f.customerId
      ? recordLink('customer', f.customerId)
      : null;

const newestFirst = (a: FlagRow, b: FlagRow) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/**
 * The flags raised on a person's records since they were last told, in one notification: the
 * newest named, the others counted by rule (a burst of records or a backfilled month raises
 * dozens at once); the link goes to the record when it is the only one, else to their flags. Its
 * key is the newest flag's, so a run repeated over the same flags notifies once.
 */
async function qualityFlags(
  db: Db,
  at: Date,
): Promise<{ events: NotificationEvent[]; announced: string[] }> {
  const rows = await sources.unannouncedFlagsSince(
    db.kysely,
    new Date(at.getTime() - LOOKBACK_MS).toISOString(),
  );
  const byRecipient = new Map<string, FlagRow[]>();
  for (const f of rows) byRecipient.set(f.userId, [...(byRecipient.get(f.userId) ?? []), f]);
  const events = [...byRecipient.values()].map((flags): NotificationEvent => {
    const [newest, ...others] = [...flags].sort(newestFirst) as [FlagRow, ...FlagRow[]];
    const othersByRule: Record<string, number> = {};
    for (const f of others) othersByRule[f.rule] = (othersByRule[f.rule] ?? 0) + 1;
    return {
      recipientId: newest.userId,
      kind: 'quality_flag',
      recordType: 'quality_flag',
      recordId: newest.id,
      occurrence: 'raised',
      params: {
        rule: newest.rule,
        entity: newest.entity,
        recordName: newest.customerName ?? newest.leadName ?? newest.userName ?? '',
        ...(others.length > 0 ? { others: othersByRule } : {}),
      },
      link: (others.length === 0 ? flagRecordLink(newest) : null) ?? MY_FLAGS,
    };
  });
  return { events, announced: rows.map((f) => f.id) };
}

async function cycleSteps(db: Db): Promise<NotificationEvent[]> {
  const [self, managers] = await Promise.all([
    sources.selfReviewsWaiting(db.kysely),
    sources.managerReviewsWaiting(db.kysely),
  ]);
  return [
    ...self.map((s): NotificationEvent => ({
      recipientId: s.userId,
      kind: 'cycle_self_review',
      recordType: 'cycle',
      recordId: s.cycleId,
      occurrence: 'self_review',
      params: { cycleName: s.cycleName },
      link: '/appraisal',
    })),
    ...managers.flatMap((m): NotificationEvent[] =>
      m.managerId
        ? [
            {
              recipientId: m.managerId,
              kind: 'cycle_manager_review',
              recordType: 'cycle',
              recordId: m.cycleId,
              occurrence: 'manager_review',
              params: { cycleName: m.cycleName, participants: Number(m.participants) },
              link: '/team',
            },
          ]
        : [],
    ),
  ];
}

/**
 * Looks for every event that is due at `at` and notifies each once: plans due within the hour
 * and overdue ones, stale opportunities, data-quality flags raised on someone's record, and cycle
 * steps waiting for someone. Returns how many notifications are new.
 */
export async function produceNotifications(db: Db, at: Date): Promise<number> {
  const [flags, ...batches] = await Promise.all([
    qualityFlags(db, at),
    plansDueSoon(db, at),
    plansOverdue(db, at),
    staleOpportunities(db, at),
    cycleSteps(db),
  ]);
  return notify(db, [...batches.flat(), ...flags.events], at, (trx) =>
    sources.markFlagsAnnounced(trx, flags.announced, at.toISOString()),
  );
}
