import { beforeAll, expect, it } from 'vitest';
import { MAX_FAILURES_PER_EMAIL } from '../../src/modules/auth/auth.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

describeEngines('accounts', (use) => {
  let org: Org;
  beforeAll(async () => {
    org = await buildOrg(use().db);
  });

  it('logs in with the right password, sets an httpOnly SameSite cookie, and knows who is in', async () => {
    const response = await use().request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'REP1@example.com', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = `ys_session=${response.cookies[0]?.value}`;
    const me = await use().request({ method: 'GET', url: '/api/v1/auth/me', as: cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: 'rep1@example.com', roles: ['sales'] });
    expect(me.json().user).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong password with 401 and the error shape', async () => {
    const response = await use().request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'rep2@example.com', password: 'wrong password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'unauthorized', message: 'Wrong e-mail or password', details: [] },
    });
  });

  it('ends the session on logout', async () => {
    const cookie = await use().login('rep2@example.com', PASSWORD);
    expect(
      (await use().request({ method: 'POST', url: '/api/v1/auth/logout', as: cookie })).statusCode,
    ).toBe(204);
    expect(
      (await use().request({ method: 'GET', url: '/api/v1/auth/me', as: cookie })).statusCode,
    ).toBe(401);
  });

  it('rejects a tampered cookie', async () => {
    const cookie = await use().login('rep2@example.com', PASSWORD);
    const tampered = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(
      (await use().request({ method: 'GET', url: '/api/v1/auth/me', as: tampered })).statusCode,
    ).toBe(401);
  });

  it('throttles an account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      const r = await use().request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'rep3@example.com', password: `nope-${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await use().request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'rep3@example.com', password: PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('900');
    expect(blocked.json().error).toMatchObject({
      code: 'login_throttled',
      params: { retryAfterSeconds: 900 },
    });
    // Other accounts are unaffected.
    expect(
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'lead@example.com', password: PASSWORD },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('changes the password and signs out other sessions', async () => {
    const first = await use().login('director@example.com', PASSWORD);
    const second = await use().login('director@example.com', PASSWORD);
    const wrong = await use().request({
      method: 'POST',
      url: '/api/v1/auth/password',
      as: first,
      payload: { currentPassword: 'nope', newPassword: 'a new long password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([
      {
        path: 'currentPassword',
        code: 'current_password_wrong',
        message: 'current password is wrong',
      },
    ]);
    const ok = await use().request({
      method: 'POST',
      url: '/api/v1/auth/password',
      as: first,
      payload: { currentPassword: PASSWORD, newPassword: 'a new long password' },
    });
    expect(ok.statusCode).toBe(204);
    expect(
      (await use().request({ method: 'GET', url: '/api/v1/auth/me', as: first })).statusCode,
    ).toBe(200);
    expect(
      (await use().request({ method: 'GET', url: '/api/v1/auth/me', as: second })).statusCode,
    ).toBe(401);
    await use().login('director@example.com', 'a new long password');
  });

  it('authenticates integrations with an API token shown once, stored hashed, and revocable', async () => {
    const cookie = await use().login('lead@example.com', PASSWORD);
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      as: cookie,
      payload: { name: 'ERP sync' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^ys_/);
    const stored = await use()
      .db.kysely.selectFrom('apiTokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await use().request({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json().user.email).toBe('lead@example.com');
    const listed = await use().request({ method: 'GET', url: '/api/v1/auth/tokens', as: cookie });
    expect(listed.json().items[0]).not.toHaveProperty('token');
    // A token cannot mint further tokens.
    expect(
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/auth/tokens',
          headers: bearer,
          payload: { name: 'x' },
        })
      ).statusCode,
    ).toBe(403);

    expect(
      (await use().request({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, as: cookie }))
        .statusCode,
    ).toBe(204);
    expect(
      (await use().request({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode,
    ).toBe(401);
    expect(
      (
        await use().request({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: 'Bearer ys_made-up' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('refuses a deactivated user', async () => {
    const admin = await use().login('admin@example.com', PASSWORD);
    const rep2 = await use().login('rep2@example.com', PASSWORD);
    const patch = await use().request({
      method: 'PATCH',
      url: `/api/v1/users/${org.users.rep2.id}`,
      as: admin,
      payload: { version: org.users.rep2.version, active: false },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().leftOn).not.toBeNull();
    expect(
      (await use().request({ method: 'GET', url: '/api/v1/auth/me', as: rep2 })).statusCode,
    ).toBe(401);
    const relogin = await use().request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'rep2@example.com', password: PASSWORD },
    });
    expect(relogin.statusCode).toBe(401);
  });
});
