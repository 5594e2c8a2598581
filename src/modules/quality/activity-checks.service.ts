import type { Executor } from '../../db/database.js';
import { BURST_WINDOW_MS } from '../../domain/quality/burst.js';
import { COPY_PASTE_WINDOW_MS } from '../../domain/quality/copy-paste.js';
import {
  refreshCustomerFollowUp,
  refreshOpportunityTouch,
} from '../activities/activities.repository.js';
import {
  backfillFindings,
  burstFindings,
  copyPasteFindings,
  thinFindings,
  type QualityActivity,
} from './activity-rules.js';
import { checkDeletion } from './create-then-delete.service.js';
import { syncFlags } from './flag-sync.service.js';
import { recomputeValidity, userActivitiesRecorded } from './quality-sources.repository.js';

const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Makes `valid` follow the open Q3/Q4 flags of the given activities, and re-derives the touch
 * columns (customer's last follow-up, opportunity's last touch) of those that changed, except
 * `skipTouchOf` whose writer refreshes them itself. The one place validity is decided.
 */
export async function settleValidity(
  trx: Executor,
  activityIds: readonly string[],
  skipTouchOf?: string,
): Promise<void> {
  const changed = await recomputeValidity(trx, activityIds);
  const others = changed.filter((a) => a.id !== skipTouchOf);
  for (const customerId of new Set(others.flatMap((a) => (a.customerId ? [a.customerId] : []))))
    await refreshCustomerFollowUp(trx, customerId);
  const opportunities = others.filter((a) => a.recordType === 'opportunity');
  for (const opportunityId of new Set(opportunities.map((a) => a.recordId)))
    await refreshOpportunityTouch(trx, opportunityId);
}

/**
 * Q4 for the author's live activities whose verdict depends on `activity`: itself and those
 * recorded in the 168 h after it (it may be, or may have been, their earlier copy). One indexed
 * range query loads everything these verdicts need: [recorded − 168 h, recorded + 168 h].
 */
async function checkCopies(trx: Executor, activity: QualityActivity, at: string) {
  const pool = await userActivitiesRecorded(
    trx,
    activity.actorId,
    shift(activity.recordedAt, -COPY_PASTE_WINDOW_MS),
    shift(activity.recordedAt, COPY_PASTE_WINDOW_MS + 1),
  );
  const decide = pool
    .filter((a) => a.deletedAt === null && a.recordedAt >= activity.recordedAt)
    .map((a) => a.id);
  const findings = copyPasteFindings(pool, new Set(decide));
  await syncFlags(
    trx,
    { rule: 'Q4', entity: 'activity', recordIds: decide, mode: 'sync' },
    findings,
    at,
  );
  return decide;
}

/**
 * Q5 around a new activity: the author's activities within 10 minutes either side hold every
 * window that contains it. Flags only open here (the rest of the day is the bulk run's business).
 */
async function checkBurst(trx: Executor, activity: QualityActivity, at: string) {
  const pool = await userActivitiesRecorded(
    trx,
    activity.actorId,
    shift(activity.recordedAt, -BURST_WINDOW_MS),
    shift(activity.recordedAt, BURST_WINDOW_MS),
  );
  const decide = pool.filter((a) => a.deletedAt === null).map((a) => a.id);
  const findings = burstFindings(pool, new Set(decide));
  await syncFlags(
    trx,
    { rule: 'Q5', entity: 'activity', recordIds: decide, mode: 'open-only' },
    findings,
    at,
  );
}

/**
 * Rules Q3–Q6 for an activity just created or edited, inside the writer's transaction, then the
 * validity of it and of any later copy whose verdict changed. The writer reads `valid` back.
 */
export async function checkActivityWrite(
  trx: Executor,
  activity: QualityActivity,
  at: string,
  kind: 'create' | 'update',
): Promise<void> {
  const self = { entity: 'activity' as const, recordIds: [activity.id], mode: 'sync' as const };
  await syncFlags(trx, { ...self, rule: 'Q3' }, thinFindings([activity]), at);
  await syncFlags(trx, { ...self, rule: 'Q6' }, backfillFindings([activity]), at);
  const decided = await checkCopies(trx, activity, at);
  // Editing never moves recorded_at, so a burst can only appear when an activity is created.
  if (kind === 'create') await checkBurst(trx, activity, at);
  await settleValidity(trx, [activity.id, ...decided], activity.id);
}

/**
 * After an activity is deleted: a later copy of it may now be the first of its text (Q4). Its own
 * flags stay as they were (a deleted activity counts nowhere). Q5 ignores deletions. Q7: an
 * activity's creation is its recorded_at, its creator its author.
 */
export async function checkActivityDelete(
  trx: Executor,
  activity: QualityActivity,
  at: string,
): Promise<void> {
  const decided = await checkCopies(trx, activity, at);
  await settleValidity(trx, decided);
  await checkDeletion(trx, {
    userId: activity.actorId,
    createdAt: activity.recordedAt,
    deletedAt: at,
  });
}
