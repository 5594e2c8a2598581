import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

describeEngines('API tokens with an expiry and a read-only scope', (use) => {
  let rep1: string;
  const createToken = (payload: object) =>
    use().request({ method: 'POST', url: '/api/v1/auth/tokens', as: rep1, payload });
  const withToken = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    use().request({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
  });

  it('lets a read-only token read and nothing else', async () => {
    const created = await createToken({ name: 'report export', scope: 'read' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ scope: 'read', expiresAt: null });
    const { token } = created.json();
    expect((await withToken(token, 'GET', '/api/v1/customers')).statusCode).toBe(200);
    const write = await withToken(token, 'POST', '/api/v1/customers', { name: 'Not Allowed' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('read_only_token');
    expect(write.json().error.details[0]).toMatchObject({ code: 'read_only_token' });
    expect(await use().db.kysely.selectFrom('customers').select('id').execute()).toHaveLength(0);

    const full = (await createToken({ name: 'sync' })).json();
    expect(full.scope).toBe('write');
    expect(
      (await withToken(full.token, 'POST', '/api/v1/customers', { name: 'Allowed' })).statusCode,
    ).toBe(201);
  });

  it('stops a token at its expiry, and refuses an expiry in the past', async () => {
    expect(
      (await createToken({ name: 'old', expiresAt: '2020-01-01T00:00:00.000Z' })).statusCode,
    ).toBe(400);
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const created = (await createToken({ name: 'short-lived', expiresAt: inAnHour })).json();
    expect(created.expiresAt).toBe(inAnHour);
    expect((await withToken(created.token, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    await use()
      .db.kysely.updateTable('apiTokens')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', created.id)
      .execute();
    expect((await withToken(created.token, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const listed = await use().request({ method: 'GET', url: '/api/v1/auth/tokens', as: rep1 });
    expect(listed.json().items.find((t: { id: string }) => t.id === created.id)).toMatchObject({
      scope: 'write',
      expiresAt: expect.any(String),
    });
  });
});
