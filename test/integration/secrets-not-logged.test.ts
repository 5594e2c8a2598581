import { beforeAll, expect, it } from 'vitest';
import type { EngineName } from '../support/engines.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

/** Every line each engine's server logged, read back after the requests. */
const logs: Record<EngineName, string[]> = { sqlite: [], postgres: [] };

const WRONG_PASSWORD = 'wrong-guess-Quetzal-4711';
const NEW_PASSWORD = 'a fresh passphrase Okapi 93';
const RESET_PASSWORD = 'admin chose Narwhal 2468';
const WEAK_PASSWORD = 'password';
const DINGTALK_SECRET = 'SECdingtalk-signing-Axolotl-55';
const SMTP_PASSWORD = 'smtp-pass-Pangolin-77';
const WEBHOOK_TOKEN = 'hook-token-Wombat-31';

describeEngines(
  'secrets never reach the log',
  (use, engine) => {
    let org: Org;
    const seen: string[] = [];

    beforeAll(async () => {
      org = await buildOrg(use().db);
    });

    it('logs requests, but no password, session, token or channel secret among them', async () => {
      // A failed and a successful login.
      const failed = await use().request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'rep1@example.com', password: WRONG_PASSWORD },
      });
      expect(failed.statusCode).toBe(401);
      const login = await use().request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'rep1@example.com', password: PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const sessionValue = login.cookies.find((c) => c.name === 'ys_session')?.value ?? '';
      expect(sessionValue.length).toBeGreaterThan(20);
      const rep1 = `ys_session=${sessionValue}`;
      seen.push(sessionValue);

      // An API token made and used, by header.
      const created = await use().request({
        method: 'POST',
        url: '/api/v1/auth/tokens',
        as: rep1,
        payload: { name: 'log test' },
      });
      expect(created.statusCode).toBe(201);
      const token = created.json().token as string;
      seen.push(token);
      const used = await use().request({
        method: 'GET',
        url: '/api/v1/customers',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(used.statusCode).toBe(200);

      // A refused and an accepted password change.
      const weak = await use().request({
        method: 'POST',
        url: '/api/v1/auth/password',
        as: rep1,
        payload: { currentPassword: PASSWORD, newPassword: WEAK_PASSWORD },
      });
      expect(weak.statusCode).toBe(400);
      const wrongCurrent = await use().request({
        method: 'POST',
        url: '/api/v1/auth/password',
        as: rep1,
        payload: { currentPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(wrongCurrent.statusCode).toBe(400);
      const changed = await use().request({
        method: 'POST',
        url: '/api/v1/auth/password',
        as: rep1,
        payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(changed.statusCode).toBe(204);

      // An administrator resets someone's password and saves the outside channels.
      const admin = await use().login('admin@example.com', PASSWORD);
      const adminSession = admin.slice('ys_session='.length);
      seen.push(adminSession);
      const rep2 = await use().request({
        method: 'GET',
        url: `/api/v1/users/${org.users.rep2.id}`,
        as: admin,
      });
      const reset = await use().request({
        method: 'PATCH',
        url: `/api/v1/users/${org.users.rep2.id}`,
        as: admin,
        payload: { version: rep2.json().version, password: RESET_PASSWORD },
      });
      expect(reset.statusCode).toBe(200);
      const saved = await use().request({
        method: 'PUT',
        url: '/api/v1/settings/notifications',
        as: admin,
        payload: {
          appUrl: 'https://crm.example.com',
          wecom: { enabled: false, url: null, msgtype: 'markdown' },
          dingtalk: {
            enabled: true,
            url: 'https://oapi.example.com/robot/send?access_token=dingtalk-Tapir-0123',
            secret: DINGTALK_SECRET,
            msgtype: 'markdown',
          },
          webhook: { enabled: true, url: `https://hooks.example.com/in?token=${WEBHOOK_TOKEN}` },
          email: {
            enabled: true,
            host: 'smtp.example.com',
            port: 587,
            secure: false,
            user: 'yardstick',
            password: SMTP_PASSWORD,
            from: 'Yardstick <noreply@example.com>',
          },
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);

      // The requests were logged (so the log was read at all) ...
      const log = logs[engine].join('');
      expect(log).toContain('/api/v1/auth/login');
      expect(log).toContain('/api/v1/auth/password');
      expect(log).toContain('/api/v1/settings/notifications');
      expect(log.split('\n').length).toBeGreaterThan(20);
      // ... and nothing secret was.
      for (const secret of [
        PASSWORD,
        WRONG_PASSWORD,
        NEW_PASSWORD,
        RESET_PASSWORD,
        DINGTALK_SECRET,
        SMTP_PASSWORD,
        WEBHOOK_TOKEN,
        'dingtalk-Tapir-0123',
        ...seen,
      ])
        expect(log).not.toContain(secret);
      expect(log).not.toMatch(/\$argon2/);
      expect(log).not.toMatch(/"(password|newPassword|currentPassword|secret|token)"\s*:/i);
    });
  },
  (engine) => ({
    config: { logLevel: 'trace' },
    logStream: { write: (line: string) => void logs[engine].push(line) },
  }),
);
