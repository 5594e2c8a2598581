import type { Executor } from '../../db/database.js';
import { readSetting } from '../../platform/settings/settings.repository.js';
import { actorUserOf, type ActorUser } from '../org/org.repository.js';

export async function insertSession(
  executor: Executor,
  row: { id: string; userId: string; createdAt: string; expiresAt: string; lastSeenAt: string },
): Promise<void> {
  await executor.insertInto('sessions').values(row).execute();
}

/**
 * A session with its user, the user's roles and their data scopes, in one query (sessions ⋈
 * users ⟕ user_roles ⟕ roles; a session's user always exists: users are deactivated, not deleted).
 */
export async function findSessionWithUser(
  executor: Executor,
  id: string,
): Promise<{ expiresAt: string; lastSeenAt: string; user: ActorUser } | undefined> {
  const rows = await executor
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .leftJoin('userRoles as ur', 'ur.userId', 'u.id')
    .leftJoin('roles as r', 'r.key', 'ur.role')
    .select([
      's.expiresAt',
      's.lastSeenAt',
      'u.id',
      'u.name',
      'u.departmentId',
      'u.active',
      'ur.role',
      'r.dataScope',
    ])
    .where('s.id', '=', id)
    .orderBy('ur.role')
    .execute();
  const [first] = rows;
  const user = actorUserOf(rows);
  if (!first || !user) return undefined;
  return { expiresAt: first.expiresAt, lastSeenAt: first.lastSeenAt, user };
}

export async function touchSession(
  executor: Executor,
  id: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await executor
    .updateTable('sessions')
    .set({ lastSeenAt, expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(
  executor: Executor,
  userId: string,
  exceptId?: string,
): Promise<void> {
  let query = executor.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  await query.execute();
}

export async function deleteExpiredSessions(executor: Executor, now: string): Promise<void> {
  await executor.deleteFrom('sessions').where('expiresAt', '<', now).execute();
}

export async function insertLoginAttempt(
  executor: Executor,
  row: { id: string; email: string; ip: string; succeeded: number; at: string },
): Promise<void> {
  await executor.insertInto('loginAttempts').values(row).execute();
}

/** A login attempt, recorded as failed before the password is checked, turns out to succeed. */
export async function markLoginSucceeded(executor: Executor, id: string): Promise<void> {
  await executor.updateTable('loginAttempts').set({ succeeded: 1 }).where('id', '=', id).execute();
}

/** Failed logins since `since` for this e-mail after its last success, and for this IP. */
export async function countRecentFailures(
  executor: Executor,
  email: string,
  ip: string,
  since: string,
): Promise<{ byEmail: number; byIp: number }> {
  const lastSuccess = await executor
    .selectFrom('loginAttempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('email', '=', email)
    .where('succeeded', '=', 1)
    .where('at', '>=', since)
    .executeTakeFirst();
  const emailSince = lastSuccess?.at && lastSuccess.at > since ? lastSuccess.at : since;
  const [byEmail, byIp] = await Promise.all([
    executor
      .selectFrom('loginAttempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email', '=', email)
      .where('succeeded', '=', 0)
      .where('at', '>', emailSince)
      .executeTakeFirstOrThrow(),
    executor
      .selectFrom('loginAttempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ip', '=', ip)
      .where('succeeded', '=', 0)
      .where('at', '>=', since)
      .executeTakeFirstOrThrow(),
  ]);
  return { byEmail: Number(byEmail.n), byIp: Number(byIp.n) };
}

export async function insertApiToken(
  executor: Executor,
  row: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    createdAt: string;
    expiresAt: string | null;
    readOnly: number;
  },
): Promise<void> {
  await executor
    .insertInto('apiTokens')
    .values({ ...row, lastUsedAt: null, revokedAt: null })
    .execute();
}

/** The token with this hash unless it is revoked or has expired by `now`. */
export async function findActiveApiToken(executor: Executor, tokenHash: string, now: string) {
  return executor
    .selectFrom('apiTokens')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('revokedAt', 'is', null)
    .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', now)]))
    .executeTakeFirst();
}

export async function markApiTokenUsed(executor: Executor, id: string, at: string): Promise<void> {
  await executor.updateTable('apiTokens').set({ lastUsedAt: at }).where('id', '=', id).execute();
}

export async function listApiTokens(executor: Executor, userId: string) {
  return executor
    .selectFrom('apiTokens')
    .select([
      'id',
      'name',
      'prefix',
      'createdAt',
      'lastUsedAt',
      'revokedAt',
      'expiresAt',
      'readOnly',
    ])
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function revokeApiToken(
  executor: Executor,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await executor
    .updateTable('apiTokens')
    .set({ revokedAt: at })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeUserApiTokens(
  executor: Executor,
  userId: string,
  at: string,
): Promise<void> {
  await executor
    .updateTable('apiTokens')
    .set({ revokedAt: at })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}

/** Inserts the setting unless one exists; returns the value that is stored afterwards. */
export async function putSettingIfAbsent(
  executor: Executor,
  key: string,
  value: string,
): Promise<string> {
  await executor
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await readSetting(executor, key)) ?? value;
}
