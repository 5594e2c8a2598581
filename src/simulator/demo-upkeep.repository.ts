import type { Executor } from '../db/database.js';

/** Open flags that explain how or when something was recorded (Q5 burst, Q6 backfill) on activities entered before `before`. */
export async function openTimingFlagsBefore(executor: Executor, before: string) {
  return executor
    .selectFrom('qualityFlags')
    .innerJoin('activities', 'activities.id', 'qualityFlags.recordId')
    .select(['qualityFlags.id', 'qualityFlags.userId'])
    .where('qualityFlags.status', '=', 'open')
    .where('qualityFlags.entity', '=', 'activity')
    .where('qualityFlags.rule', 'in', ['Q5', 'Q6'])
    .where('activities.recordedAt', '<', before)
    .orderBy('qualityFlags.id')
    .execute();
}

/** Each user's manager and whether the simulated manager is engaged. */
export async function managersOf(executor: Executor) {
  return executor
    .selectFrom('users')
    .leftJoin('simulatorProfiles', 'simulatorProfiles.userId', 'users.managerId')
    .select(['users.id', 'users.managerId', 'simulatorProfiles.managerStyle'])
    .execute();
}

/** Participants of a cycle with their result, in a stable order. */
export async function resultsOfCycle(executor: Executor, cycleId: string) {
  return executor
    .selectFrom('cycleResults')
    .innerJoin('users', 'users.id', 'cycleResults.userId')
    .select(['cycleResults.id', 'cycleResults.userId', 'users.managerId'])
    .where('cycleResults.cycleId', '=', cycleId)
    .orderBy('cycleResults.userId')
    .execute();
}

/** The user holding the admin role with the earliest id (the simulated company has one). */
export async function firstAdminId(executor: Executor): Promise<string> {
  const row = await executor
    .selectFrom('userRoles')
    .select('userId')
    .where('role', '=', 'admin')
    .orderBy('userId')
    .executeTakeFirstOrThrow();
  return row.userId;
}
