import type { Executor } from '../db/database.js';

/** Open flags that explain how or when something was recorded (Q5 burst, Q6 backfill) on activities entered before `before`. */
export async function openTimingFlagsBefore(executor: Executor, before: string) {
  return executor
    .selectFrom('qualityFlags')
    .innerJoin('activities', 'activities.id', 'qualityFlags.recordId')
    .select(['qualityFlags.id', 'qualityFlags.userId', 'qualityFlags.createdAt'])
    .where('qualityFlags.status', '=', 'open')
    .where('qualityFlags.entity', '=', 'activity')
    .where('qualityFlags.rule', 'in', ['Q5', 'Q6'])
    .where('activities.recordedAt', '<', before)
    .orderBy('qualityFlags.createdAt')
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

/**
 * Open placeholder flags (Q1) on fields that may be left empty, of customers and open leads
 * created before `before`, with the owner of the record (null for a customer in the pool).
 */
export async function openPlaceholderFlagsBefore(executor: Executor, before: string) {
  return executor
    .selectFrom('qualityFlags')
    .leftJoin('customers', (join) =>
      join
        .onRef('customers.id', '=', 'qualityFlags.recordId')
        .on('qualityFlags.entity', '=', 'customer')
        .on('customers.deletedAt', 'is', null)
        .on('customers.createdAt', '<', before),
    )
    .leftJoin('leads', (join) =>
      join
        .onRef('leads.id', '=', 'qualityFlags.recordId')
        .on('qualityFlags.entity', '=', 'lead')
        .on('leads.deletedAt', 'is', null)
        .on('leads.status', 'in', ['new', 'working'])
        .on('leads.createdAt', '<', before),
    )
    .select((eb) => [
      'qualityFlags.entity',
      'qualityFlags.recordId',
      'qualityFlags.field',
      'qualityFlags.createdAt',
      eb.fn.coalesce('customers.ownerId', 'leads.ownerId').as('ownerId'),
    ])
    .where('qualityFlags.rule', '=', 'Q1')
    .where('qualityFlags.status', '=', 'open')
    .where('qualityFlags.field', 'not in', ['name', 'company'])
    .where((eb) => eb.or([eb('customers.id', 'is not', null), eb('leads.id', 'is not', null)]))
    .orderBy('qualityFlags.recordId')
    .orderBy('qualityFlags.field')
    .execute();
}

/** Open follow-up plans due before `dueBefore` whose owner still works at the company. */
export async function openPlansDueBefore(executor: Executor, dueBefore: string) {
  return executor
    .selectFrom('followUpPlans')
    .innerJoin('users', 'users.id', 'followUpPlans.ownerId')
    .select(['followUpPlans.id', 'followUpPlans.ownerId', 'followUpPlans.version'])
    .where('followUpPlans.completedAt', 'is', null)
    .where('followUpPlans.deletedAt', 'is', null)
    .where('followUpPlans.dueAt', '<', dueBefore)
    .where('users.active', '=', 1)
    .orderBy('followUpPlans.id')
    .execute();
}
