import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { BURST_WINDOW_MS } from '../../domain/quality/burst.js';
import { COPY_PASTE_WINDOW_MS } from '../../domain/quality/copy-paste.js';
import type { Period } from '../../domain/time/period.js';
import { nowIso } from '../../platform/clock.js';
import { settleValidity } from './activity-checks.service.js';
import {
  backfillFindings,
  burstFindings,
  copyPasteFindings,
  thinFindings,
} from './activity-rules.js';
import { monthOf, reviewUserMonth } from './create-then-delete.service.js';
import { syncFlags, type SyncResult } from './flag-sync.service.js';
import { chunked } from './quality-flags.repository.js';
import type { QualityRule } from '../../db/tables/appraisal.table.js';
import type { RecordKind } from './quality-record.js';
import {
  activityActors,
  deletedRecordsCreated,
  findQualityRecords,
  recordIdsCreated,
  userActivitiesRecorded,
  type DeletedRecord,
} from './quality-sources.repository.js';
import { duplicateCheck, placeholderCheck } from './record-checks.service.js';

/** Records are re-evaluated in pages of this size, each page in its own short transaction. */
const PAGE = 500;

export type QualityRunReport = {
  from: string;
  before: string;
  activities: number;
  customers: number;
  leads: number;
  usersWithDeletions: number;
  opened: number;
  resolved: number;
};

const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Q3–Q6 for one user's activities recorded in the period: one range query loads them with the
 * 168 h before (Q4's look-back) and 10 minutes either side (Q5's windows), so every verdict for
 * an activity in the period is complete and may resolve as well as open flags.
 */
async function runUserActivities(
  trx: Executor,
  userId: string,
  range: { from: string; before: string },
  at: string,
): Promise<{ evaluated: number; results: SyncResult[] }> {
  const pool = await userActivitiesRecorded(
    trx,
    userId,
    shift(range.from, -COPY_PASTE_WINDOW_MS),
    shift(range.before, BURST_WINDOW_MS),
  );
  const inPeriod = pool.filter(
    (a) => a.deletedAt === null && a.recordedAt >= range.from && a.recordedAt < range.before,
  );
  const ids = inPeriod.map((a) => a.id);
  const decide = new Set(ids);
  const burstPool = pool.filter((a) => a.recordedAt >= shift(range.from, -BURST_WINDOW_MS));
  const evaluated = (rule: QualityRule) =>
    ({ rule, entity: 'activity', recordIds: ids, mode: 'sync' }) as const;
  const results = [
    await syncFlags(trx, evaluated('Q3'), thinFindings(inPeriod), at),
    await syncFlags(trx, evaluated('Q4'), copyPasteFindings(pool, decide), at),
    await syncFlags(trx, evaluated('Q5'), burstFindings(burstPool, decide), at),
    await syncFlags(trx, evaluated('Q6'), backfillFindings(inPeriod), at),
  ];
  await settleValidity(trx, ids);
  return { evaluated: ids.length, results };
}

/** Q1 and Q2 for the live customers or leads created in the period, page by page. */
async function runRecords(
  db: Db,
  kind: RecordKind,
  range: { from: string; before: string },
  at: string,
): Promise<{ evaluated: number; results: SyncResult[] }> {
  const results: SyncResult[] = [];
  let evaluated = 0;
  for (const ids of chunked(await recordIdsCreated(db.kysely, kind, range), PAGE)) {
    const done = await inTransaction(db, async (trx) => {
      // A record deleted since the ids were read is no longer loaded, nor decided.
      const page = await findQualityRecords(trx, kind, ids);
      const checked = [
        await placeholderCheck(trx, kind, page, at),
        await duplicateCheck(trx, kind, page, at),
      ];
      return { evaluated: page.length, checked };
    });
    evaluated += done.evaluated;
    results.push(...done.checked);
  }
  return { evaluated, results };
}

/** Q7 for every org-zone month the period touches, all users at once (three queries a month). */
async function runCreateThenDelete(
  db: Db,
  range: { from: string; before: string },
  zone: string,
  at: string,
): Promise<number> {
  const users = new Set<string>();
  for (let month = monthOf(range.from, zone); month.from < range.before;) {
    const byUser = new Map<string, DeletedRecord[]>();
    for (const record of await deletedRecordsCreated(db.kysely, month))
      byUser.set(record.userId, [...(byUser.get(record.userId) ?? []), record]);
    const current = month;
    await inTransaction(db, async (trx) => {
      for (const [userId, records] of byUser) {
        await reviewUserMonth(trx, userId, current, records, at);
        users.add(userId);
      }
    });
    month = monthOf(month.before, zone);
  }
  return users.size;
}

/**
 * Re-evaluates Q1–Q7 over every record created (activities: recorded) in the period. Idempotent:
 * a second run opens nothing new, a flag a manager cleared stays cleared, and a flag whose record
 * no longer breaks its rule is resolved as fixed. Activities go user by user, customers and leads
 * in pages: never one query per record.
 */
export async function runQualityRules(
  db: Db,
  period: Period,
  zone: string,
): Promise<QualityRunReport> {
  const range = { from: period.start.toISOString(), before: period.end.toISOString() };
  const at = nowIso();
  const all: SyncResult[] = [];
  let activities = 0;
  for (const userId of await activityActors(db.kysely, range.from, range.before)) {
    const done = await inTransaction(db, (trx) => runUserActivities(trx, userId, range, at));
    activities += done.evaluated;
    all.push(...done.results);
  }
  const customers = await runRecords(db, 'customer', range, at);
  const leads = await runRecords(db, 'lead', range, at);
  all.push(...customers.results, ...leads.results);
  const usersWithDeletions = await runCreateThenDelete(db, range, zone, at);
  return {
    ...range,
    activities,
    customers: customers.evaluated,
    leads: leads.evaluated,
    usersWithDeletions,
    opened: all.reduce((n, r) => n + r.opened, 0),
    resolved: all.reduce((n, r) => n + r.resolved, 0),
  };
}
