import { beforeAll, expect, it } from 'vitest';
import {
  MAX_FAILURES_PER_EMAIL,
  MAX_FAILURES_PER_IP,
} from '../../src/modules/auth/auth.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

describeEngines('login throttle under parallel guesses', (use) => {
  const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
    use().request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      headers,
    });

  beforeAll(async () => {
    await buildOrg(use().db);
  });

  it('evaluates at most 5 of 40 parallel wrong guesses, then refuses the right password', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt('rep1@example.com', `guess-${i}`)),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILURES_PER_EMAIL);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - MAX_FAILURES_PER_EMAIL);
    expect((await attempt('rep1@example.com', PASSWORD)).statusCode).toBe(429);
  });

  it('counts per address by the socket, not by a forged X-Forwarded-For', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP - MAX_FAILURES_PER_EMAIL; i++) {
      const forged = { 'x-forwarded-for': `203.0.113.${i + 1}` };
      expect((await attempt(`nobody-${i}@example.com`, 'wrong', forged)).statusCode).toBe(401);
    }
    const fresh = await attempt('rep2@example.com', PASSWORD, {
      'x-forwarded-for': '198.51.100.7',
    });
    expect(fresh.statusCode).toBe(429);
  });
});
