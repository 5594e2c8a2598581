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
 * The org fixture: lead (manager) ← rep1, rep2 (sales, self scope); agent1 (service), pm (product),
 * marketer (marketing, self scope).
 */
describeEngines('names of referenced records', (use) => {
  let org: Org;
  let roles: Awaited<ReturnType<typeof addRoleUsers>>;
  const as = { admin: '', lead: '', rep1: '', rep2: '', agent1: '', pm: '', marketer: '' };
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

  it('names the owner of customers in the list and the detail, and none for a pooled customer', async () => {
    expect(byId(await items(as.rep1, '/api/v1/customers'), acme.id)).toMatchObject({
      name: 'Acme',
      ownerName: 'rep1',
    });
    expect(await call(use(), as.rep1, 'GET', `/api/v1/customers/${acme.id}`, 200)).toMatchObject({
      ownerName: 'rep1',
    });
    // Pooled customers are not in the customers list; their detail has no owner to name.
    expect(await call(use(), as.admin, 'GET', `/api/v1/customers/${pooled.id}`, 200)).toMatchObject(
      { ownerId: null, ownerName: null },
    );
  });

  it('names a lead’s owner and source, and the customer and opportunity it became only for those who may read them', async () => {
    const created = await call(use(), as.lead, 'POST', '/api/v1/leads', 201, {
      company: 'Globex',
      contactName: 'Wang Fang',
      ownerId: org.users.rep1.id,
      sourceUserId: roles.marketer.id,
    });
    await call(use(), as.rep1, 'POST', `/api/v1/leads/${created.id}/convert`, 200, {
      version: created.version,
      qualityRating: 4,
      opportunity: { name: 'Globex pilot', amountCents: 20_000 },
    });
    const named = {
      ownerName: 'rep1',
      sourceUserName: 'marketer',
      customerName: 'Globex',
      opportunityName: 'Globex pilot',
    };
    expect(byId(await items(as.rep1, '/api/v1/leads'), created.id)).toMatchObject(named);
    expect(await call(use(), as.rep1, 'GET', `/api/v1/leads/${created.id}`, 200)).toMatchObject(
      named,
    );
    // The marketer who brought the lead in follows it, but may not read what it became.
    const lead = await call(use(), as.marketer, 'GET', `/api/v1/leads/${created.id}`, 200);
    await call(use(), as.marketer, 'GET', `/api/v1/customers/${lead.customerId}`, 404);
    await call(use(), as.marketer, 'GET', `/api/v1/opportunities/${lead.opportunityId}`, 404);
    const withheld = { ...named, customerName: null, opportunityName: null };
    expect(lead).toMatchObject(withheld);
    expect(byId(await items(as.marketer, '/api/v1/leads'), created.id)).toMatchObject(withheld);
  });

  it('names the owner of campaigns', async () => {
    const campaign = await call(use(), as.marketer, 'POST', '/api/v1/campaigns', 201, {
      name: 'Autumn expo',
      channel: 'exhibition',
      startOn: '2026-10-01',
      budgetCents: 1_000_000,
    });
    expect(byId(await items(as.rep1, '/api/v1/campaigns'), campaign.id)).toMatchObject({
      ownerName: 'marketer',
    });
    expect(
      await call(use(), as.rep1, 'GET', `/api/v1/campaigns/${campaign.id}`, 200),
    ).toMatchObject({ ownerName: 'marketer' });
  });

  it('names an activity’s author, owner and customer, and withholds the customer once it is no longer the author’s', async () => {
    const initech = await createCustomer(use(), as.lead, {
      name: 'Initech',
      ownerId: org.users.rep2.id,
    });
    const activity = await call(use(), as.rep2, 'POST', '/api/v1/activities', 201, {
      type: 'visit',
      recordType: 'customer',
      recordId: initech.id,
      content: 'Visited Initech to walk through the renewal proposal',
      occurredAt: '2026-11-03T02:00:00.000Z',
    });
    const named = { actorName: 'rep2', ownerName: 'rep2', customerName: 'Initech' };
    expect(byId(await items(as.rep2, '/api/v1/activities'), activity.id)).toMatchObject(named);
    expect(
      await call(use(), as.rep2, 'GET', `/api/v1/activities/${activity.id}`, 200),
    ).toMatchObject(named);
    // The customer goes to rep1: rep2 still sees their own visit, but no longer the customer.
    const { version } = await call(use(), as.lead, 'GET', `/api/v1/customers/${initech.id}`, 200);
    await call(use(), as.lead, 'POST', `/api/v1/customers/${initech.id}/assign`, 200, {
      version,
      ownerId: org.users.rep1.id,
    });
    await call(use(), as.rep2, 'GET', `/api/v1/customers/${initech.id}`, 404);
    const withheld = { ...named, customerName: null };
    expect(byId(await items(as.rep2, '/api/v1/activities'), activity.id)).toMatchObject(withheld);
    expect(
      await call(use(), as.rep2, 'GET', `/api/v1/activities/${activity.id}`, 200),
    ).toMatchObject(withheld);
    // The new owner reads the customer's activities with its name.
    const onInitech = await items(
      as.rep1,
      `/api/v1/activities?recordType=customer&recordId=${initech.id}`,
    );
    expect(byId(onInitech, activity.id)).toMatchObject(named);
  });
});
