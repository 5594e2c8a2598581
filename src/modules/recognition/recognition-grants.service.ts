import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isClosed } from '../../domain/appraisal/cycle-workflow.js';
import type { CycleRow } from '../cycles/cycles.repository.js';
import { notify } from '../notifications/notify.service.js';
import type { MetricCatalog } from '../metrics/metric-catalog.js';
import { liveBadges, type LiveBadge } from './badge-catalogue.js';
import { cycleAwardGrants } from './cycle-awards.js';
import { cycleBadgeGrants } from './cycle-badges.js';
import { readRecognitionSettings } from './recognition-settings.js';
import * as repo from './recognition.repository.js';
import { windowBadgeGrants } from './window-badges.js';

/** What granting needs that is read before the granting transaction. */
export type GrantContext = { maxOpenFlags: number; badges: LiveBadge[]; catalog: MetricCatalog };

export async function grantContext(db: Db): Promise<GrantContext> {
  const [settings, live] = await Promise.all([readRecognitionSettings(db), liveBadges(db)]);
  return { maxOpenFlags: settings.awardMaxOpenFlags, ...live };
}

/**
 * Grants the awards and the cycles-running badges of a closed cycle, through `executor` (the
 * transaction that publishes it, or its own). Idempotent: what was granted before stays and is
 * not granted again. Returns the new grants.
 */
export async function grantForCycle(
  executor: Executor,
  cycle: CycleRow,
  context: GrantContext,
  at: Date,
): Promise<repo.GrantRow[]> {
  if (!isClosed(cycle.status)) return [];
  const iso = at.toISOString();
  const rows = [
    ...(await cycleAwardGrants(executor, cycle, context.maxOpenFlags, iso)),
    ...(await cycleBadgeGrants(executor, cycle, context.badges, iso)),
  ];
  return repo.insertNewGrants(executor, rows);
}

/** Tells each person of their new award or badge (once: the notification is keyed by the grant). */
export async function notifyGrants(
  db: Db,
  grants: readonly repo.GrantRow[],
  at: Date,
): Promise<void> {
  await notify(
    db,
    grants.map((g) => ({
      recipientId: g.userId,
      kind: g.kind,
      recordType: 'recognition_grant',
      recordId: g.id,
      occurrence: 'granted',
      params: { nameZh: g.nameZh, nameEn: g.nameEn },
      link: '/recognition',
    })),
    at,
  );
}

/** Grants a closed cycle's recognition again (on purpose, or from the daily job); only what is missing. */
export async function regrantCycle(
  db: Db,
  cycle: CycleRow,
  at: Date,
  context?: GrantContext,
): Promise<repo.GrantRow[]> {
  const ctx = context ?? (await grantContext(db));
  const granted = await inTransaction(db, (trx) => grantForCycle(trx, cycle, ctx, at));
  await notifyGrants(db, granted, at);
  return granted;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The daily pass: the recognition of cycles published since `closedSince` (the last week by
 * default, in case a grant was missed), then the badges measured over recent days and last month.
 * Returns how many are new.
 */
export async function runDailyRecognition(
  db: Db,
  now: Date,
  zone: string,
  closedSince = new Date(now.getTime() - WEEK_MS),
): Promise<number> {
  const context = await grantContext(db);
  let count = 0;
  for (const cycle of await repo.cyclesClosedSince(db.kysely, closedSince.toISOString()))
    count += (await regrantCycle(db, cycle, now, context)).length;
  const rows = await windowBadgeGrants(db, context.badges, context.catalog, now, zone);
  const granted = await inTransaction(db, (trx) => repo.insertNewGrants(trx, rows));
  await notifyGrants(db, granted, now);
  return count + granted.length;
}
