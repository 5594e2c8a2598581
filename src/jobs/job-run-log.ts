import type { Db } from '../db/database.js';
import { notify } from '../modules/notifications/notify.service.js';
import * as runs from '../modules/system/job-runs.repository.js';
import { nowIso } from '../platform/clock.js';
import { newId } from '../platform/ids.js';

/** How much of a failure's message the log keeps. */
const ERROR_LENGTH = 500;

/** The message of a thrown value, as the run log keeps it. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, ERROR_LENGTH);
}

/**
 * Runs `work` as one attempt of `job` in `slot` and logs it: a row when it starts, its summary
 * or its error when it ends. The starting row is the claim: when another process has logged the
 * same attempt already, `work` does not run and the answer is null. A failure is logged and
 * thrown on.
 */
export async function loggedRun(
  db: Db,
  job: string,
  slot: string,
  attempt: number,
  work: () => Promise<string>,
): Promise<string | null> {
  const id = newId();
  const claimed = await runs.claimRun(db.kysely, {
    id,
    job,
    slot,
    attempt,
    status: 'running',
    summary: null,
    error: null,
    startedAt: nowIso(),
    finishedAt: null,
  });
  if (!claimed) return null;
  try {
    const summary = await work();
    await runs.finishRun(db.kysely, id, {
      status: 'succeeded',
      summary,
      error: null,
      finishedAt: nowIso(),
    });
    return summary;
  } catch (error) {
    await runs.finishRun(db.kysely, id, {
      status: 'failed',
      summary: null,
      error: failureMessage(error),
      finishedAt: nowIso(),
    });
    throw error;
  }
}

/** Tells every admin (inbox and their channels) that a job failed for good in `slot`. */
export async function reportFailure(
  db: Db,
  job: string,
  slot: string,
  attempts: number,
  error: unknown,
  at: Date,
): Promise<void> {
  const admins = await runs.activeAdminIds(db.kysely);
  await notify(
    db,
    admins.map((recipientId) => ({
      recipientId,
      kind: 'job_failed' as const,
      recordType: 'job',
      recordId: job,
      occurrence: slot,
      params: { job, attempts, error: failureMessage(error) },
      link: '/admin/jobs',
    })),
    at,
  );
}
