import type { Db } from '../db/database.js';
import { startOfOrgDay, orgDay } from '../domain/time/org-day.js';
import { periodBounds } from '../domain/time/period.js';
import { actorFor } from '../modules/auth/auth.service.js';
import {
  acknowledge,
  adjustItem,
  loadResult,
  managerReview,
  selfReview,
} from '../modules/cycles/cycle-results.service.js';
import { createCycle, transitionCycle } from '../modules/cycles/cycles.service.js';
import { returnDueCustomersToPool } from '../modules/pool/pool-return.service.js';
import { readPoolSettings, updatePoolSettings } from '../modules/pool/pool-settings.service.js';
import { loadCustomer, updateCustomer } from '../modules/customers/customers.service.js';
import { loadLead, updateLead } from '../modules/leads/leads.service.js';
import { cancelPlan } from '../modules/plans/plans.service.js';
import { clearFlag } from '../modules/quality/quality.service.js';
import { runDailyRecognition } from '../modules/recognition/recognition-grants.service.js';
import { atInstant } from '../platform/clock.js';
import type { Actor } from '../platform/policy/actor.js';
import * as repo from './demo-upkeep.repository.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A month's appraisal is opened the day after the month and published within this many days. */
const CYCLE_DAYS = 10;

/** Flags on activities entered more than this long before the end have been looked at. */
const FLAG_REVIEW_AGE_MS = 14 * DAY;

/** Plans this long overdue have been dropped by their owner (they still count as missed). */
const PLAN_CLEANUP_AGE_MS = 30 * DAY;

/** The customer fields a placeholder (Q1) may be taken out of, by flag field (column name). */
const CUSTOMER_FIELDS = {
  phone: 'phone',
  email: 'email',
  industry: 'industry',
  source: 'source',
  requirement: 'requirement',
  region: 'region',
  address: 'address',
} as const;
/** The same for leads. */
const LEAD_FIELDS = {
  contact_name: 'contactName',
  phone: 'phone',
  email: 'email',
  industry: 'industry',
  region: 'region',
  requirement: 'requirement',
} as const;

/** The demo's return-to-pool rules (公海): level C and unlevelled customers after 45 days without follow-up, A and B after 90. */
const DEMO_POOL_RULES = [
  { level: 'A' as const, daysWithoutFollowUp: 90, daysWithoutDeal: null },
  { level: 'B' as const, daysWithoutFollowUp: 90, daysWithoutDeal: null },
  { level: null, daysWithoutFollowUp: 45, daysWithoutDeal: null },
];

const SELF_COMMENTS = [
  '本月重点客户都跟进到了，下月争取把记录写得更及时。',
  '签约比预期慢，下月多约演示，提高赢单率。',
  'This month I focused on renewals; next month more new-customer visits.',
  '线索转化不错，回款还要再盯紧一些。',
];
const MANAGER_COMMENTS = [
  '过程扎实，继续保持；注意商机停滞的客户。',
  '结果不错，CRM 记录要更及时、更完整。',
  'Good month. Keep plans up to date so the team can help.',
];
const ADJUST_REASON = '跨部门支援了一个大客户项目，记录不在本人名下 (helped close a key account).';

async function actorOf(db: Db, userId: string): Promise<Actor> {
  const actor = await actorFor(db, userId, 'session');
  if (!actor) throw new Error(`demo upkeep: no active user ${userId}`);
  return actor;
}

/** The user who keeps a record: its owner while they still work here, else the administrator. */
async function keeperOf(db: Db, ownerId: string | null, admin: Actor): Promise<Actor> {
  return (ownerId === null ? null : await actorFor(db, ownerId, 'session')) ?? admin;
}

/** Picks the flagged fields a record kind lets its keeper empty, as an update body. */
function emptied<F extends Record<string, string>>(
  fields: F,
  flagged: (string | null)[],
): Partial<Record<F[keyof F], null>> {
  const body: Partial<Record<F[keyof F], null>> = {};
  for (const field of flagged)
    if (field !== null && Object.hasOwn(fields, field)) body[fields[field] as F[keyof F]] = null;
  return body;
}

/**
 * Placeholders (Q1) in records entered before `before` were taken out by whoever keeps the record
 * two weeks after they were flagged (by `latest`, and after the record's last change): the field
 * left empty, as the team agreed (profile completeness is the same; the flag clears as fixed).
 * Names stay: they cannot be empty.
 */
async function emptyOldPlaceholders(
  db: Db,
  admin: Actor,
  before: string,
  latest: Date,
): Promise<void> {
  const byRecord = new Map<
    string,
    { entity: string; ownerId: string | null; fields: (string | null)[]; flaggedAt: number }
  >();
  for (const flag of await repo.openPlaceholderFlagsBefore(db.kysely, before)) {
    const record = byRecord.get(flag.recordId) ?? {
      entity: flag.entity,
      ownerId: flag.ownerId,
      fields: [],
      flaggedAt: 0,
    };
    record.fields.push(flag.field);
    record.flaggedAt = Math.max(record.flaggedAt, Date.parse(flag.createdAt));
    byRecord.set(flag.recordId, record);
  }
  // Never before the record's last change, so that its updated_at does not go back.
  const fixedAt = (flaggedAt: number, updatedAt: string) =>
    new Date(
      Math.max(
        Math.min(flaggedAt + FLAG_REVIEW_AGE_MS, latest.getTime()),
        Date.parse(updatedAt) + MINUTE,
      ),
    );
  for (const [id, record] of byRecord) {
    const keeper = await keeperOf(db, record.ownerId, admin);
    if (record.entity === 'customer') {
      const { customer } = await loadCustomer(db, keeper, id, 'write');
      await atInstant(fixedAt(record.flaggedAt, customer.updatedAt), () =>
        updateCustomer(db, keeper, id, {
          version: customer.version,
          ...emptied(CUSTOMER_FIELDS, record.fields),
        }),
      );
    } else {
      const { lead } = await loadLead(db, keeper, id, 'write');
      await atInstant(fixedAt(record.flaggedAt, lead.updatedAt), () =>
        updateLead(db, keeper, id, {
          version: lead.version,
          ...emptied(LEAD_FIELDS, record.fields),
        }),
      );
    }
  }
}

/** Plans overdue since before `dueBefore` were dropped by their owners. */
async function dropLongOverduePlans(db: Db, admin: Actor, dueBefore: string): Promise<void> {
  for (const plan of await repo.openPlansDueBefore(db.kysely, dueBefore))
    await cancelPlan(db, await keeperOf(db, plan.ownerId, admin), plan.id, plan.version);
}

/** The simulated company's administrator, acting through the services (cycles, settings). */
export async function simulatedAdmin(db: Db): Promise<Actor> {
  return actorOf(db, await repo.firstAdminId(db.kysely));
}

/**
 * One past month's appraisal played through the cycle services at the times it happened (from
 * the morning after the month ended until `stopMs`): opened and computed, self reviews, manager comments
 * on every other person and an adjustment with a reason on every fifth, calibrated, published,
 * and acknowledged by everyone.
 */
async function replayMonthCycle(
  db: Db,
  admin: Actor,
  monthStart: Date,
  stopMs: number,
  zone: string,
): Promise<void> {
  const month = periodBounds('month', monthStart, zone);
  const startMs = month.end.getTime() + 9 * HOUR;
  const step = (k: number) => new Date(startMs + ((stopMs - startMs) * k) / 7);
  const anchorDay = orgDay(new Date(month.start.getTime() + 14 * DAY), zone);
  let cycle = await atInstant(step(0), () =>
    createCycle(
      db,
      admin,
      { name: `${anchorDay.slice(0, 7)} 月度考核`, kind: 'month', anchorDay },
      zone,
    ),
  );
  const move = async (
    k: number,
    status: 'open' | 'self_review' | 'manager_review' | 'calibrated' | 'published',
  ) => {
    cycle = await atInstant(step(k), () =>
      transitionCycle(db, admin, cycle.id, { version: cycle.version, status }),
    );
  };
  await move(0, 'open');
  await move(1, 'self_review');
  const results = await repo.resultsOfCycle(db.kysely, cycle.id);
  await atInstant(step(2), async () => {
    for (const [i, r] of results.entries()) {
      const me = await actorOf(db, r.userId);
      const { result } = await loadResult(db, me, r.id);
      await selfReview(db, me, r.id, {
        version: result.version,
        comment: SELF_COMMENTS[i % SELF_COMMENTS.length] ?? '',
      });
    }
  });
  await move(3, 'manager_review');
  await atInstant(step(4), async () => {
    for (const [i, r] of results.entries()) {
      if (r.managerId === null || i % 2 === 1) continue;
      const manager = await actorOf(db, r.managerId);
      const before = await loadResult(db, manager, r.id);
      const { result, items } = await managerReview(db, manager, r.id, {
        version: before.result.version,
        comment: MANAGER_COMMENTS[i % MANAGER_COMMENTS.length] ?? '',
      });
      const scored = items.find((item) => item.score !== null);
      if (i % 5 === 0 && scored)
        await adjustItem(db, manager, r.id, scored.metric, {
          version: result.version,
          score: Math.min(scored.cap, (scored.score ?? 0) + 10),
          reason: ADJUST_REASON,
        });
    }
  });
  await move(5, 'calibrated');
  await move(5, 'published');
  await atInstant(step(6), async () => {
    for (const r of results) {
      const me = await actorOf(db, r.userId);
      const { result } = await loadResult(db, me, r.id);
      await acknowledge(db, me, r.id, { version: result.version });
    }
  });
}

/**
 * What a year of a healthy team leaves behind that a one-off simulation does not: the three
 * monthly appraisals before the current month closed and published, the flags that explain
 * recording times (Q5, Q6) reviewed and cleared by the first engaged manager up the line when
 * they were two weeks old, placeholders taken out when two weeks old too, plans a month overdue
 * dropped, and customers nobody followed up returned to the public pool by the demo's pool rules,
 * and the awards and badges of it all. Runs through the services, each step at its own time (`atInstant`).
 */
export async function keepDemoHealthy(db: Db, end: string, zone: string): Promise<void> {
  const endMs = startOfOrgDay(end, zone).getTime();
  const admin = await simulatedAdmin(db);
  const current = periodBounds('month', new Date(endMs - 1), zone);
  let monthStart = current.start;
  const months: Date[] = [];
  for (let i = 0; i < 3; i += 1) {
    monthStart = periodBounds('month', new Date(monthStart.getTime() - 1), zone).start;
    months.unshift(monthStart);
  }
  for (const start of months) {
    const monthEnd = periodBounds('month', start, zone).end.getTime();
    await replayMonthCycle(
      db,
      admin,
      start,
      Math.min(monthEnd + CYCLE_DAYS * DAY, endMs) - HOUR,
      zone,
    );
  }

  const managers = new Map((await repo.managersOf(db.kysely)).map((u) => [u.id, u] as const));
  /** The first engaged manager up the line, or the top of it. */
  const reviewerOf = (userId: string): string | null => {
    let person = managers.get(userId);
    while (person?.managerId) {
      const manager = managers.get(person.managerId);
      if (person.managerStyle === 'engaged' || !manager?.managerId) return person.managerId;
      person = manager;
    }
    return null;
  };
  const before = new Date(endMs - FLAG_REVIEW_AGE_MS).toISOString();
  for (const flag of await repo.openTimingFlagsBefore(db.kysely, before)) {
    const reviewer = reviewerOf(flag.userId);
    if (reviewer === null) continue;
    const reviewedAt = new Date(Date.parse(flag.createdAt) + FLAG_REVIEW_AGE_MS);
    await atInstant(reviewedAt, async () =>
      clearFlag(
        db,
        await actorOf(db, reviewer),
        flag.id,
        '已核实：补录/集中录入属实 (reviewed: entered late, content checked)',
      ),
    );
  }

  const lastEvening = new Date(endMs - 7 * HOUR);
  await emptyOldPlaceholders(
    db,
    admin,
    new Date(endMs - FLAG_REVIEW_AGE_MS).toISOString(),
    lastEvening,
  );
  await atInstant(lastEvening, () =>
    dropLongOverduePlans(db, admin, new Date(endMs - PLAN_CLEANUP_AGE_MS).toISOString()),
  );

  await atInstant(new Date(endMs - 8 * HOUR), async () => {
    const settings = await readPoolSettings(db.kysely);
    await updatePoolSettings(db, admin, {
      version: settings.version,
      claimCap: settings.claimCap,
      reclaimCooldownDays: settings.reclaimCooldownDays,
      rules: DEMO_POOL_RULES,
    });
    await returnDueCustomersToPool(db, new Date(endMs - 8 * HOUR), zone);
  });

  // Recognition as the nightly job leaves it: the awards of the published months granted again
  // now that the old flags are reviewed (what was granted stays), and the recent-days badges.
  const lastNight = new Date(endMs - 5 * HOUR);
  await atInstant(lastNight, () =>
    runDailyRecognition(db, lastNight, zone, new Date(months[0]?.getTime() ?? endMs)),
  );
}
