import { beforeAll, expect, it } from 'vitest';
import { call, createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { addRoleUsers } from '../support/role-users-fixture.js';

type Named = Record<string, unknown> & { id: string };

/**
 * Lists and single records carry the names of the records they point to, read in the same
 * query: a customer's name when the viewer may read that customer (in scope, shared, pooled for
 * pool users, or through implicit parent access), null otherwise — the request never fails.
 * The org fixture: lead (manager) ← rep1, rep2 (sales, self scope); agent1 (service), pm (product).
 */
describeEngines('names of referenced records', (use) => {
  let org: Org;
  let roles: Awaited<ReturnType<typeof addRoleUsers>>;
  const as = { admin: '', lead: '', rep1: '', rep2: '', agent1: '', pm: '' };
  let acme: { id: string };
  let pooled: { id: string };
  let rep1Deal: Named;
  let rep2Deal: Named;
  let contract: Named;

  const items = async (who: string, url: string): Promise<Named[]> =>
    (await call(use(), who, 'GET', url, 200)).items;
  const byId = (rows: Named[], id: string) => rows.find((row) => row.id === id);

  beforeAll(async () => {
    org = await buildOrg(use().db);
    roles = await addRoleUsers(use().db, org);
    for (const key of Object.keys(as) as (keyof typeof as)[])
      as[key] = await use().login(`${key}@example.com`, PASSWORD);
    acme = await createCustomer(use(), as.rep1, { name: 'Acme' });
    pooled = await createCustomer(use(), as.admin, { name: 'Pooled Co', ownerId: null });
    rep1Deal = await call(use(), as.rep1, 'POST', '/api/v1/opportunities', 201, {
      customerId: acme.id,
      name: 'Acme platform',
      amountCents: 100_000,
    });
    // The lead gives rep2 a deal on rep1's customer: rep2 reads Acme through it.
    rep2Deal = await call(use(), as.lead, 'POST', '/api/v1/opportunities', 201, {
      customerId: acme.id,
      name: 'Acme renewal',
      amountCents: 50_000,
      ownerId: org.users.rep2.id,
    });
    // rep2 owns a contract signed on rep1's deal, which rep2 may not see.
    contract = await call(use(), as.lead, 'POST', '/api/v1/contracts', 201, {
      customerId: acme.id,
      opportunityId: rep1Deal.id,
      number: 'HT-1',
      title: 'Acme platform contract',
      amountCents: 100_000,
      currency: 'CNY',
      signedOn: '2026-11-02',
      ownerId: org.users.rep2.id,
    });
  });

  it('names the customer and owner of opportunities, also a customer read through parent access', async () => {
    await call(use(), as.rep2, 'GET', `/api/v1/customers/${acme.id}`, 200);
    const rows = await items(as.rep2, '/api/v1/opportunities');
    expect(rows.map((o) => [o.name, o.customerName, o.ownerName])).toEqual([
      ['Acme renewal', 'Acme', 'rep2'],
    ]);
    expect(
      await call(use(), as.rep2, 'GET', `/api/v1/opportunities/${rep2Deal.id}`, 200),
    ).toMatchObject({ customerName: 'Acme', ownerName: 'rep2' });
  });

  it('names a contract’s customer and owner, and withholds the name of an opportunity the viewer may not see', async () => {
    await call(use(), as.rep2, 'GET', `/api/v1/opportunities/${rep1Deal.id}`, 404);
    const expected = { customerName: 'Acme', ownerName: 'rep2', opportunityName: null };
    expect(byId(await items(as.rep2, '/api/v1/contracts'), contract.id)).toMatchObject(expected);
    expect(
      await call(use(), as.rep2, 'GET', `/api/v1/contracts/${contract.id}`, 200),
    ).toMatchObject(expected);
    // The lead sees both deals: the name is there.
    expect(byId(await items(as.lead, '/api/v1/contracts'), contract.id)).toMatchObject({
      opportunityName: 'Acme platform',
    });
  });

  it('gives payments their contract’s number, title, currency and customer', async () => {
    await call(use(), as.rep2, 'POST', `/api/v1/contracts/${contract.id}/payments`, 201, {
      amountCents: 30_000,
      receivedOn: '2026-11-10',
    });
    const [payment] = await items(as.rep2, '/api/v1/payments');
    expect(payment).toMatchObject({
      contractNumber: 'HT-1',
      contractTitle: 'Acme platform contract',
      currency: 'CNY',
      customerId: acme.id,
      customerName: 'Acme',
    });
  });

  it("shows a service agent the customers of their tickets and withholds a pooled customer's name without a failing request", async () => {
    const onAcme = await call(use(), as.rep1, 'POST', '/api/v1/tickets', 201, {
      customerId: acme.id,
      title: 'Cannot log in',
      assigneeId: roles.agent1.id,
    });
    const onPooled = await call(use(), as.admin, 'POST', '/api/v1/tickets', 201, {
      customerId: pooled.id,
      title: 'Invoice question',
      assigneeId: roles.agent1.id,
    });
    await call(use(), as.agent1, 'GET', `/api/v1/customers/${pooled.id}`, 404);
    const rows = await items(as.agent1, '/api/v1/tickets?sort=createdAt');
    expect(rows.map((t) => [t.title, t.customerName, t.assigneeName])).toEqual([
      ['Cannot log in', 'Acme', 'agent1'],
      ['Invoice question', null, 'agent1'],
    ]);
    expect(
      await call(use(), as.agent1, 'GET', `/api/v1/tickets/${onPooled.id}`, 200),
    ).toMatchObject({ customerId: pooled.id, customerName: null });
    expect(await call(use(), as.agent1, 'GET', `/api/v1/tickets/${onAcme.id}`, 200)).toMatchObject({
      customerName: 'Acme',
    });
    // The admin, who may browse the pool, reads the pooled customer's name.
    expect(byId(await items(as.admin, '/api/v1/tickets'), onPooled.id)).toMatchObject({
      customerName: 'Pooled Co',
    });
  });

  it('names the customer of feedback for those who work with customers, and withholds it from product managers', async () => {
    const item = await call(use(), as.agent1, 'POST', '/api/v1/feedback', 201, {
      title: 'Export to Excel',
      content: 'Acme asks for an export',
      customerId: acme.id,
    });
    expect(byId(await items(as.agent1, '/api/v1/feedback'), item.id)).toMatchObject({
      customerName: 'Acme',
      reporterName: 'agent1',
    });
    expect(byId(await items(as.pm, '/api/v1/feedback'), item.id)).toMatchObject({
      customerName: null,
      reporterName: 'agent1',
    });
    expect(await call(use(), as.pm, 'GET', `/api/v1/feedback/${item.id}`, 200)).toMatchObject({
      customerName: null,
    });
  });

  it('names the customer of follow-up plans and contacts', async () => {
    await call(use(), as.rep1, 'POST', '/api/v1/plans', 201, {
      recordType: 'customer',
      recordId: acme.id,
      dueAt: '2026-11-20T02:00:00.000Z',
    });
    const plans = await items(as.rep1, '/api/v1/plans');
    expect(plans.map((p) => p.customerName)).toEqual(['Acme']);
    await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
      customerId: acme.id,
      name: 'Li Na',
    });
    const contacts = await items(as.rep2, `/api/v1/contacts?customerId=${acme.id}`);
    expect(contacts.map((c) => [c.name, c.customerName])).toEqual([['Li Na', 'Acme']]);
  });
});
