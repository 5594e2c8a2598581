import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

describeEngines(
  'sessions: rotated on login, ended by a password change, reset or deactivation',
  (use) => {
    let org: Org;
    let admin: string;

    const me = (headers: Record<string, string>) =>
      use().request({ method: 'GET', url: '/api/v1/auth/me', headers });
    const tokenFor = async (session: string) =>
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/auth/tokens',
          as: session,
          payload: { name: 'integration' },
        })
      ).json().token as string;
    const patchUser = async (id: string, change: object) => {
      const { version } = (
        await use().request({ method: 'GET', url: `/api/v1/users/${id}`, as: admin })
      ).json();
      return use().request({
        method: 'PATCH',
        url: `/api/v1/users/${id}`,
        as: admin,
        payload: { version, ...change },
      });
    };

    beforeAll(async () => {
      org = await buildOrg(use().db);
      admin = await use().login('admin@example.com', PASSWORD);
    });

    it('replaces the session a login request came with', async () => {
      const before = await use().login('rep1@example.com', PASSWORD);
      const again = await use().request({
        method: 'POST',
        url: '/api/v1/auth/login',
        as: before,
        payload: { email: 'rep1@example.com', password: PASSWORD },
      });
      expect(again.statusCode).toBe(200);
      const cookie = again.cookies.find((c) => c.name === 'ys_session');
      expect(cookie?.value).toBeDefined();
      expect(`ys_session=${cookie?.value}`).not.toBe(before);
      expect((await me({ cookie: before })).statusCode).toBe(401);
      expect((await me({ cookie: `ys_session=${cookie?.value}` })).statusCode).toBe(200);
    });

    it('ends every session and API token of a user whose password an admin resets', async () => {
      const session = await use().login('rep2@example.com', PASSWORD);
      const token = await tokenFor(session);
      expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
      expect(
        (await patchUser(org.users.rep2.id, { password: 'a new and long secret 42' })).statusCode,
      ).toBe(200);
      expect((await me({ cookie: session })).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
      expect(
        (await use().login('rep2@example.com', 'a new and long secret 42')).startsWith(
          'ys_session=',
        ),
      ).toBe(true);
    });

    it('ends them on deactivation too, so reactivating brings none of them back', async () => {
      const session = await use().login('rep3@example.com', PASSWORD);
      const token = await tokenFor(session);
      expect((await patchUser(org.users.rep3.id, { active: false })).statusCode).toBe(200);
      expect((await patchUser(org.users.rep3.id, { active: true })).statusCode).toBe(200);
      expect((await me({ cookie: session })).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    });

    it('ends the other sessions and every API token when users change their own password', async () => {
      const kept = await use().login('lead@example.com', PASSWORD);
      const other = await use().login('lead@example.com', PASSWORD);
      const token = await tokenFor(other);
      const readToken = (
        await use().request({
          method: 'POST',
          url: '/api/v1/auth/tokens',
          as: kept,
          payload: { name: 'reports', scope: 'read' },
        })
      ).json().token as string;
      // Someone else's token stays.
      const bystander = await tokenFor(await use().login('director@example.com', PASSWORD));
      for (const t of [token, readToken, bystander])
        expect((await me({ authorization: `Bearer ${t}` })).statusCode).toBe(200);

      const changed = await use().request({
        method: 'POST',
        url: '/api/v1/auth/password',
        as: kept,
        payload: { currentPassword: PASSWORD, newPassword: 'my own new long secret 7' },
      });
      expect(changed.statusCode).toBe(204);

      expect((await me({ cookie: kept })).statusCode).toBe(200);
      expect((await me({ cookie: other })).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${readToken}` })).statusCode).toBe(401);
      expect((await me({ authorization: `Bearer ${bystander}` })).statusCode).toBe(200);
      const listed = (
        await use().request({ method: 'GET', url: '/api/v1/auth/tokens', as: kept })
      ).json().items as { revokedAt: string | null }[];
      expect(listed).toHaveLength(2);
      for (const item of listed) expect(item.revokedAt).not.toBeNull();
    });
  },
);
