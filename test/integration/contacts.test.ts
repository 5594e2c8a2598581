import { beforeAll, expect, it } from 'vitest';
import { call, changesOf, createCustomer, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';
import { historyEntries } from '../support/history-rows.js';

describeEngines('contacts', (use) => {
  let rep1: string;
  let rep2: string;
  let lead: string;
  let customerId: string;

  beforeAll(async () => {
    await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    customerId = (await createCustomer(use(), rep1, { name: 'Contact Co' })).id;
  });

  it('keeps one primary contact per customer, edits with versions and deletes softly, all in history', async () => {
    const first = await call(use(), rep1, 'POST', '/api/v1/contacts', 201, {
      customerId,
      name: 'Wang Li',
      phone: '138 0013 8000',
    });
    expect(first).toMatchObject({ isPrimary: true, access: 'write', version: 1 });
    const second = await call(use(), rep1, 'POST', '/api/v1/contacts', 201, {
      customerId,
      name: 'Zhao Min',
      email: 'zhao@example.com',
      isPrimary: true,
    });
    expect(second.isPrimary).toBe(true);

    const list = await call(use(), rep1, 'GET', `/api/v1/contacts?customerId=${customerId}`, 200);
    expect(list.total).toBe(2);
    expect(
      list.items.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary]),
    ).toEqual([
      ['Wang Li', false],
      ['Zhao Min', true],
    ]);

    const renamed = await call(use(), rep1, 'PATCH', `/api/v1/contacts/${second.id}`, 200, {
      version: 1,
      name: 'Zhao Min (CTO)',
      title: 'CTO',
    });
    expect(renamed.version).toBe(2);
    const stale = await call(use(), rep1, 'PATCH', `/api/v1/contacts/${second.id}`, 409, {
      version: 1,
      name: 'lost update',
    });
    expect(stale.error.code).toBe('version_conflict');

    await call(use(), rep1, 'DELETE', `/api/v1/contacts/${second.id}?version=2`, 204);
    await call(use(), rep1, 'GET', `/api/v1/contacts/${second.id}`, 404);
    expect(
      (await call(use(), rep1, 'GET', `/api/v1/contacts?customerId=${customerId}`, 200)).total,
    ).toBe(1);

    expect(
      changesOf(await historyOf(use(), rep1, `/api/v1/contacts/${first.id}`), 'isPrimary'),
    ).toEqual([
      [null, '1'],
      ['1', '0'],
    ]);
    // A deleted contact's history stays in the log, though its route answers 404 like the contact.
    await call(use(), rep1, 'GET', `/api/v1/contacts/${second.id}/history`, 404);
    const rows = await historyEntries(use().db, { entityId: second.id });
    expect(rows.map((h) => h.action).sort()).toEqual(
      expect.arrayContaining(['create', 'update', 'delete']),
    );
    expect(rows.find((h) => h.field === 'name' && h.action === 'update')).toMatchObject({
      oldValue: 'Zhao Min',
      newValue: 'Zhao Min (CTO)',
      actorId: expect.any(String),
    });
  });

  it('follows the customer: a colleague gets 404, the manager may read and change', async () => {
    const contact = await call(use(), rep1, 'POST', '/api/v1/contacts', 201, {
      customerId,
      name: 'Scoped Person',
    });
    await call(use(), rep2, 'GET', `/api/v1/contacts/${contact.id}`, 404);
    await call(use(), rep2, 'PATCH', `/api/v1/contacts/${contact.id}`, 404, {
      version: 1,
      name: 'x',
    });
    await call(use(), rep2, 'POST', '/api/v1/contacts', 404, { customerId, name: 'Intruder' });
    expect((await call(use(), rep2, 'GET', '/api/v1/contacts?q=Scoped', 200)).total).toBe(0);

    expect((await call(use(), lead, 'GET', `/api/v1/contacts/${contact.id}`, 200)).access).toBe(
      'write',
    );
    expect((await call(use(), lead, 'GET', '/api/v1/contacts?q=scoped', 200)).total).toBe(1);
    await call(use(), lead, 'PATCH', `/api/v1/contacts/${contact.id}`, 200, {
      version: 1,
      note: 'met at the fair',
    });
  });

  it('finds contacts by name, e-mail or the digits of their phone', async () => {
    const other = await createCustomer(use(), rep1, { name: 'Search Co' });
    await call(use(), rep1, 'POST', '/api/v1/contacts', 201, {
      customerId: other.id,
      name: 'Phone Person',
      phone: '139-1234-5678',
    });
    const byDigits = await call(use(), rep1, 'GET', '/api/v1/contacts?q=1391234', 200);
    expect(byDigits.items.map((c: { name: string }) => c.name)).toEqual(['Phone Person']);
  });

  it('holds the one-primary rule in the database too', async () => {
    const now = new Date().toISOString();
    const row = {
      customerId,
      name: 'Direct',
      title: null,
      phone: null,
      email: null,
      note: null,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await expect(
      use()
        .db.kysely.insertInto('contacts')
        .values([{ ...row, id: 'c-direct-1', isPrimary: 1 }])
        .execute(),
    ).rejects.toThrow();
    await use()
      .db.kysely.insertInto('contacts')
      .values([{ ...row, id: 'c-direct-2', isPrimary: 0 }])
      .execute();
  });
});
