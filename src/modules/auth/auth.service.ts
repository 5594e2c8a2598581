import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { lockForTransaction } from '../../db/transaction-lock.js';
import { assertPasswordAllowed } from '../../platform/auth/password-policy.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import { newSecretToken, tokenDigest } from '../../platform/auth/secret-tokens.js';
import {
  API_TOKEN_PREFIX,
  SESSION_TOUCH_INTERVAL_MS,
  SESSION_TTL_MS,
} from '../../platform/auth/session-cookie.js';
import { now as currentTime, nowIso } from '../../platform/clock.js';
import {
  AppError,
  invalidField,
  notFound,
  unauthorized,
  refusal,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import * as orgRepo from '../org/org.repository.js';
import * as repo from './auth.repository.js';
import type { CreateTokenInput } from './auth.schema.js';

/** Login throttling: failures counted over this window. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/** The actor a user acts as, or null for an unknown or inactive user. */
export async function actorFor(
  db: Db,
  userId: string,
  authenticatedBy: Actor['authenticatedBy'],
): Promise<Actor | null> {
  return actorOfUser(await orgRepo.findActorUser(db.kysely, userId), authenticatedBy);
}

function actorOfUser(
  user: orgRepo.ActorUser | undefined,
  authenticatedBy: Actor['authenticatedBy'],
): Actor | null {
  if (!user || user.active !== 1) return null;
  return {
    id: user.id,
    name: user.name,
    roles: user.roles,
    departmentId: user.departmentId,
    scopes: user.scopes,
    authenticatedBy,
  };
}

export type LoginResult = { token: string; user: orgRepo.UserRow };

/**
 * Counts a login attempt as failed before its password is checked, unless the e-mail or the
 * address has used up its failures (429). Check and record happen in one transaction under
 * locks named after the e-mail and the address, so parallel guesses cannot all pass the check:
 * at most MAX_FAILURES_PER_EMAIL of them are ever evaluated.
 */
async function reserveLoginAttempt(db: Db, email: string, ip: string, now: Date): Promise<string> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const id = newId();
  await inTransaction(db, async (trx) => {
    await lockForTransaction(trx, db.dialect, `login-email:${email}`);
    await lockForTransaction(trx, db.dialect, `login-ip:${ip}`);
    const failures = await repo.countRecentFailures(trx, email, ip, since);
    if (failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP) {
      throw new AppError(
        'login_throttled',
        'Too many failed logins; try again in 15 minutes',
        [],
        {
          'retry-after': String(THROTTLE_WINDOW_MS / 1000),
        },
        { retryAfterSeconds: THROTTLE_WINDOW_MS / 1000 },
      );
    }
    await repo.insertLoginAttempt(trx, { id, email, ip, succeeded: 0, at: now.toISOString() });
  });
  return id;
}

/**
 * Signs in with a fresh session. The session the request came with, if any, is ended: a login
 * never keeps a session id that existed before it (no session fixation).
 */
export async function login(
  db: Db,
  email: string,
  password: string,
  ip: string,
  previousToken?: string,
): Promise<LoginResult> {
  const normalised = email.trim().toLowerCase();
  const now = currentTime();
  const attemptId = await reserveLoginAttempt(db, normalised, ip, now);
  const user = await orgRepo.findUserByEmail(db.kysely, normalised);
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    password,
  );
  const succeeded = Boolean(user && passwordOk && user.active === 1);
  if (!user || !succeeded) throw unauthorized('Wrong e-mail or password');
  await repo.markLoginSucceeded(db.kysely, attemptId);
  if (previousToken) await repo.deleteSession(db.kysely, tokenDigest(previousToken));

  const token = newSecretToken();
  const at = now.toISOString();
  await repo.insertSession(db.kysely, {
    id: tokenDigest(token),
    userId: user.id,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  });
  return { token, user };
}

/**
 * Ends every way a user is signed in: all sessions deleted and all API tokens revoked (after an
 * administrator resets their password or deactivates them). Runs inside the caller's transaction.
 */
export async function endUserAccess(trx: Executor, userId: string): Promise<void> {
  await repo.deleteUserSessions(trx, userId);
  await repo.revokeUserApiTokens(trx, userId, nowIso());
}

export async function logout(db: Db, token: string): Promise<void> {
  await repo.deleteSession(db.kysely, tokenDigest(token));
}

/** The actor behind a session cookie's token, extending the session while it is used. */
export async function authenticateSession(db: Db, token: string): Promise<Actor | null> {
  const id = tokenDigest(token);
  // The session, its user, roles and scopes in one query.
  const session = await repo.findSessionWithUser(db.kysely, id);
  const now = currentTime().getTime();
  if (!session || Date.parse(session.expiresAt) <= now) return null;
  if (now - Date.parse(session.lastSeenAt) > SESSION_TOUCH_INTERVAL_MS) {
    await repo.touchSession(
      db.kysely,
      id,
      new Date(now).toISOString(),
      new Date(now + SESSION_TTL_MS).toISOString(),
    );
  }
  return actorOfUser(session.user, 'session');
}

export async function authenticateApiToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const now = nowIso();
  const row = await repo.findActiveApiToken(db.kysely, tokenDigest(token), now);
  if (!row) return null;
  await repo.markApiTokenUsed(db.kysely, row.id, now);
  const actor = await actorFor(db, row.userId, 'token');
  return actor && Number(row.readOnly) === 1 ? { ...actor, readOnly: true } : actor;
}

export async function currentUser(db: Db, actor: Actor): Promise<orgRepo.UserRow> {
  const user = await orgRepo.findUserById(db.kysely, actor.id);
  if (!user) throw unauthorized();
  return user;
}

/**
 * Changes the actor's own password, signs out their other sessions and revokes their API tokens:
 * whoever had learnt the old password may have made either.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  sessionToken: string | undefined,
) {
  const user = await currentUser(db, actor);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw invalidField('currentPassword', 'current_password_wrong', 'current password is wrong');
  }
  assertPasswordAllowed('newPassword', newPassword, user.email);
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(db, async (trx) => {
    const ok = await orgRepo.updateUser(trx, user.id, user.version, {
      passwordHash,
      updatedAt: nowIso(),
    });
    if (!ok)
      throw refusal(
        'account_changed_meanwhile',
        'Your account was changed meanwhile; try again',
        {},
      );
    await repo.deleteUserSessions(
      trx,
      user.id,
      sessionToken ? tokenDigest(sessionToken) : undefined,
    );
    await repo.revokeUserApiTokens(trx, user.id, nowIso());
    await writeHistory(trx, {
      entity: 'user',
      entityId: user.id,
      action: 'update',
      actorId: actor.id,
      before: { password: null },
      after: { password: '(changed)' },
    });
  });
}

/** A new API token, optionally lapsing at `expiresAt` and limited to reading. */
export async function createApiToken(db: Db, actor: Actor, input: CreateTokenInput) {
  const token = newSecretToken(API_TOKEN_PREFIX);
  const row = {
    id: newId(),
    userId: actor.id,
    name: input.name,
    tokenHash: tokenDigest(token),
    prefix: token.slice(0, 8),
    createdAt: nowIso(),
    expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
    readOnly: input.scope === 'read' ? 1 : 0,
  };
  await repo.insertApiToken(db.kysely, row);
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: null,
    revokedAt: null,
    expiresAt: row.expiresAt,
    scope: input.scope,
    token,
  };
}

export async function listApiTokens(db: Db, actor: Actor) {
  const rows = await repo.listApiTokens(db.kysely, actor.id);
  return rows.map(({ readOnly, ...row }) => ({
    ...row,
    scope: Number(readOnly) === 1 ? ('read' as const) : ('write' as const),
  }));
}

export async function revokeApiToken(db: Db, actor: Actor, id: string): Promise<void> {
  if (!(await repo.revokeApiToken(db.kysely, id, actor.id, nowIso()))) throw notFound('api_token');
}

/**
 * The secret that signs session cookies: SESSION_SECRET when given, otherwise one generated on
 * first start and kept in the database, so every process of one installation shares it.
 */
export async function resolveSessionSecret(
  db: Db,
  configured: string | undefined,
): Promise<string> {
  if (configured) return configured;
  return repo.putSettingIfAbsent(db.kysely, 'session_secret', newSecretToken());
}
