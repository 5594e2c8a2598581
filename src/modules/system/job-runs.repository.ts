import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { JobRunStatus, JobRunsTable } from '../../db/tables/job.table.js';

export type JobRunRow = Selectable<JobRunsTable>;

/**
 * Logs the start of one attempt of a job in a slot, unless that attempt is logged already:
 * true when this caller claimed it (and so runs it), false when another process got there first.
 */
export async function claimRun(
  executor: Executor,
  row: Insertable<JobRunsTable>,
): Promise<boolean> {
  const result = await executor
    .insertInto('jobRuns')
    .values(row)
    .onConflict((oc) => oc.columns(['job', 'slot', 'attempt']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function finishRun(
  executor: Executor,
  id: string,
  outcome: {
    status: JobRunStatus;
    summary: string | null;
    error: string | null;
    finishedAt: string;
  },
): Promise<void> {
  await executor.updateTable('jobRuns').set(outcome).where('id', '=', id).execute();
}

/** Every attempt of a job in one slot, first attempt first. */
export async function runsInSlot(executor: Executor, job: string, slot: string) {
  return executor
    .selectFrom('jobRuns')
    .selectAll()
    .where('job', '=', job)
    .where('slot', '=', slot)
    .orderBy('attempt')
    .execute();
}

/** The newest runs, of one job or of all, newest first. */
export async function latestRuns(
  executor: Executor,
  options: { job?: string | undefined; status?: JobRunStatus | undefined; limit: number },
): Promise<JobRunRow[]> {
  let query = executor.selectFrom('jobRuns').selectAll();
  if (options.job !== undefined) query = query.where('job', '=', options.job);
  if (options.status !== undefined) query = query.where('status', '=', options.status);
  return query.orderBy('startedAt', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

/** Forgets runs started before `before`; returns how many. */
export async function deleteRunsBefore(executor: Executor, before: string): Promise<number> {
  const result = await executor
    .deleteFrom('jobRuns')
    .where('startedAt', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The active users holding the admin role: whom a failing job is reported to. */
export async function activeAdminIds(executor: Executor): Promise<string[]> {
  const rows = await executor
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .select('users.id')
    .where('userRoles.role', '=', 'admin')
    .where('users.active', '=', 1)
    .orderBy('users.id')
    .execute();
  return rows.map((row) => row.id);
}
