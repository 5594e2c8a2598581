import type { AddressInfo } from 'node:net';
import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

type Response = { statusCode: number; json: () => { error: { code: string; details: object[] } } };

describeEngines('hostile input is refused in our error shape, never with 500', (use) => {
  let admin: string, rep1: string;
  const refused = (response: Response, status: number, detail: object) => {
    expect(response.statusCode).toBe(status);
    expect(response.json().error.details).toEqual([expect.objectContaining(detail)]);
  };
  const nul = { code: 'unstorable_character' };

  beforeAll(async () => {
    await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
  });

  it('refuses NUL bytes and lone surrogates in body, query and path with the field path', async () => {
    refused(
      await use().request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'rep1@example.com\u0000', password: PASSWORD },
      }),
      400,
      { path: 'email', ...nul },
    );
    refused(
      await use().request({
        method: 'POST',
        url: '/api/v1/customers',
        as: rep1,
        payload: { name: 'Acme', address: 'Road 1\u0000' },
      }),
      400,
      { path: 'address', ...nul },
    );
    refused(
      await use().request({
        method: 'POST',
        url: '/api/v1/customers',
        as: rep1,
        headers: { 'content-type': 'application/json' },
        payload: '{"name":"broken \\ud800 text"}',
      }),
      400,
      { path: 'name', ...nul },
    );
    refused(
      await use().request({ method: 'GET', url: '/api/v1/customers?q=a%00b', as: rep1 }),
      400,
      { path: 'q', ...nul },
    );
    refused(
      await use().request({ method: 'GET', url: '/api/v1/customers/abc%00', as: rep1 }),
      400,
      { path: 'id', ...nul },
    );
    expect(await use().db.kysely.selectFrom('customers').select('id').execute()).toHaveLength(0);
  });

  it('refuses dates outside the years 1900–2999', async () => {
    const customer = (
      await use().request({
        method: 'POST',
        url: '/api/v1/customers',
        as: rep1,
        payload: { name: 'Dated' },
      })
    ).json();
    const contract = (signedOn: string) =>
      use().request({
        method: 'POST',
        url: '/api/v1/contracts',
        as: rep1,
        payload: {
          customerId: customer.id,
          number: `HT-${signedOn}`,
          title: 'T',
          amountCents: 100,
          signedOn,
        },
      });
    refused(await contract('0000-01-01'), 400, { path: 'signedOn' });
    refused(await contract('1899-12-31'), 400, { path: 'signedOn' });
    expect((await contract('1900-01-01')).statusCode).toBe(201);
    refused(
      await use().request({
        method: 'POST',
        url: '/api/v1/activities',
        as: rep1,
        payload: {
          type: 'call',
          recordType: 'customer',
          recordId: customer.id,
          content: 'x',
          occurredAt: '0000-01-01T00:00:00Z',
        },
      }),
      400,
      { path: 'occurredAt' },
    );
    const readAll = (upTo: string) =>
      use().request({
        method: 'POST',
        url: '/api/v1/notifications/read-all',
        as: rep1,
        payload: { upTo },
      });
    refused(await readAll('0000-01-01T00:00:00Z'), 400, { path: 'upTo' });
    refused(await readAll('1899-12-31T23:59:59Z'), 400, { path: 'upTo' });
    refused(await readAll('3000-01-01T00:00:00Z'), 400, { path: 'upTo' });
    expect((await readAll('1900-01-01T00:00:00Z')).statusCode).toBe(200);
    expect((await readAll('2999-12-31T23:59:59+08:00')).statusCode).toBe(200);
  });

  it('refuses a custom-metric filter nested 700 deep', async () => {
    let filter: object = { match: 'all', conditions: [] };
    for (let i = 0; i < 700; i++) filter = { match: 'all', conditions: [filter] };
    const response = await use().request({
      method: 'POST',
      url: '/api/v1/custom-metrics',
      as: admin,
      payload: {
        key: 'deep',
        nameZh: '深',
        nameEn: 'Deep',
        unit: 'count',
        dir: '+',
        definition: {
          entity: 'activity',
          filter,
          aggregate: { kind: 'count' },
          ownerField: 'actor_id',
          timeField: 'occurred_at',
        },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ code: 'nested_too_deep' });
  });

  it('answers malformed percent-encoding and an oversized body in our error shape', async () => {
    const badUrl = await use().request({
      method: 'GET',
      url: '/api/v1/customers/%E0%A4%A',
      as: rep1,
    });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'url' }],
    });
    const huge = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: rep1,
      payload: { name: 'Big', requirement: 'x'.repeat(2_000_000) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('answers a 10 MB body over a real socket with 413 in our error shape, not a reset', async () => {
    await use().app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = use().app.server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: rep1 },
      body: JSON.stringify({ name: 'Huge', requirement: 'x'.repeat(10 * 1024 * 1024) }),
    });
    // A reset connection would make fetch throw: the whole answer arrives instead.
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: {
        code: 'payload_too_large',
        message: 'The request body is too large',
        details: [],
      },
    });
    expect(
      await use()
        .db.kysely.selectFrom('customers')
        .select('id')
        .where('name', '=', 'Huge')
        .execute(),
    ).toEqual([]);
  });

  it('refuses lowering a contract’s amount below what has been paid', async () => {
    const customer = (
      await use().request({
        method: 'POST',
        url: '/api/v1/customers',
        as: rep1,
        payload: { name: 'Payer' },
      })
    ).json();
    const contract = (
      await use().request({
        method: 'POST',
        url: '/api/v1/contracts',
        as: rep1,
        payload: {
          customerId: customer.id,
          number: 'HT-PAID',
          title: 'T',
          amountCents: 10_000,
          signedOn: '2026-01-05',
        },
      })
    ).json();
    const paid = await use().request({
      method: 'POST',
      url: `/api/v1/contracts/${contract.id}/payments`,
      as: rep1,
      payload: { amountCents: 6_000, receivedOn: '2026-02-01', method: 'bank' },
    });
    expect(paid.statusCode).toBe(201);
    const { version } = (
      await use().request({ method: 'GET', url: `/api/v1/contracts/${contract.id}`, as: rep1 })
    ).json();
    const lowered = await use().request({
      method: 'PATCH',
      url: `/api/v1/contracts/${contract.id}`,
      as: rep1,
      payload: { version, amountCents: 5_000 },
    });
    expect(lowered.statusCode).toBe(422);
    expect(lowered.json().error).toMatchObject({
      code: 'contract_amount_below_paid',
      params: { paidCents: expect.any(Number) as unknown },
    });
    const ok = await use().request({
      method: 'PATCH',
      url: `/api/v1/contracts/${contract.id}`,
      as: rep1,
      payload: { version, amountCents: 6_000 },
    });
    expect(ok.statusCode).toBe(200);
  });
});
