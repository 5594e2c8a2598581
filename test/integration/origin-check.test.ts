import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

describeEngines('cross-site requests that change data are refused', (use) => {
  let rep1: string;
  const host = 'crm.example.com';
  const create = (headers: Record<string, string>, as?: string) =>
    use().request({
      method: 'POST',
      url: '/api/v1/customers',
      ...(as ? { as } : {}),
      headers: { host, ...headers },
      payload: { name: `Origin test ${Math.random()}` },
    });

  beforeAll(async () => {
    await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
  });

  it('refuses a cookie-authenticated write from another site with 403 and a code', async () => {
    const foreign = await create({ origin: 'https://evil.example' }, rep1);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('foreign_origin');
    expect(foreign.json().error.details).toEqual([
      expect.objectContaining({ path: 'origin', code: 'foreign_origin' }),
    ]);
    const byReferer = await create({ referer: 'https://evil.example/form' }, rep1);
    expect(byReferer.statusCode).toBe(403);
    expect(byReferer.json().error.details[0]).toMatchObject({ path: 'referer' });
    const count = await use().db.kysely.selectFrom('customers').select('id').execute();
    expect(count).toHaveLength(0);
  });

  it('refuses a login posted from another site', async () => {
    const response = await use().request({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { host, origin: 'https://evil.example' },
      payload: { email: 'rep1@example.com', password: PASSWORD },
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts its own pages, clients that name no origin, reads, and API tokens', async () => {
    expect((await create({ origin: `https://${host}` }, rep1)).statusCode).toBe(201);
    expect((await create({}, rep1)).statusCode).toBe(201);
    const read = await use().request({
      method: 'GET',
      url: '/api/v1/customers',
      as: rep1,
      headers: { host, origin: 'https://evil.example' },
    });
    expect(read.statusCode).toBe(200);
    const token = (
      await use().request({
        method: 'POST',
        url: '/api/v1/auth/tokens',
        as: rep1,
        payload: { name: 'sync' },
      })
    ).json().token;
    const byToken = await create({
      origin: 'https://evil.example',
      authorization: `Bearer ${token}`,
    });
    expect(byToken.statusCode).toBe(201);
  });
});
