import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_ORG_ZONE, orgDay } from '../../src/domain/time/org-day.js';
import { call, changesOf, createCustomer, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { setNow, TEST_NOW } from '../support/fixed-clock.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { historyEntries } from '../support/history-rows.js';

type Contract = {
  id: string;
  version: number;
  paidCents: number;
  balanceCents: number;
  fullyPaidOn: string | null;
};

describeEngines('contracts, payment plans and payments', (use) => {
  let org: Org;
  const as: Record<'rep1' | 'rep2' | 'lead' | 'admin', string> = {
    rep1: '',
    rep2: '',
    lead: '',
    admin: '',
  };
  let customerId: string;
  let seq = 0;

  const newContract = (payload: object = {}, who = as.rep1): Promise<Contract> =>
    call(use(), who, 'POST', '/api/v1/contracts', 201, {
      customerId,
      number: `HT-${++seq}`,
      title: 'Annual licence',
      amountCents: 10_000,
      signedOn: '2026-01-05',
      ...payload,
    });
  const contract = (id: string): Promise<Contract> =>
    call(use(), as.rep1, 'GET', `/api/v1/contracts/${id}`, 200);
  const pay = (
    contractId: string,
    amountCents: number,
    receivedOn: string,
    status = 201,
    extra: object = {},
  ) =>
    call(use(), as.rep1, 'POST', `/api/v1/contracts/${contractId}/payments`, status, {
      amountCents,
      receivedOn,
      method: 'bank',
      ...extra,
    });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    for (const key of Object.keys(as) as (keyof typeof as)[])
      as[key] = await use().login(`${key}@example.com`, PASSWORD);
    customerId = (await createCustomer(use(), as.rep1, { name: 'Acme Trading' })).id;
  });

  it('creates, reads, updates and deletes a contract, moving the customer last deal day and logging every change', async () => {
    const created = await newContract({
      signedOn: '2026-02-10',
      startOn: '2026-03-01',
      endOn: '2027-02-28',
    });
    expect(created).toMatchObject({
      ownerId: org.users.rep1.id,
      paidCents: 0,
      balanceCents: 10_000,
      fullyPaidOn: null,
      access: 'write',
    });
    const lastDeal = async () =>
      (
        await use()
          .db.kysely.selectFrom('customers')
          .select('lastDealOn')
          .where('id', '=', customerId)
          .executeTakeFirstOrThrow()
      ).lastDealOn;
    expect(await lastDeal()).toBe('2026-02-10');
    const older = await newContract({ signedOn: '2026-01-20' });
    expect(await lastDeal()).toBe('2026-02-10');

    const updated = await call(use(), as.rep1, 'PATCH', `/api/v1/contracts/${created.id}`, 200, {
      version: created.version,
      title: 'Licence renewal',
      amountCents: 12_000,
    });
    expect(updated).toMatchObject({
      title: 'Licence renewal',
      amountCents: 12_000,
      balanceCents: 12_000,
      version: created.version + 1,
    });
    const history = await historyOf(use(), as.rep1, `/api/v1/contracts/${created.id}`);
    expect(changesOf(history, 'title')).toEqual([
      [null, 'Annual licence'],
      ['Annual licence', 'Licence renewal'],
    ]);
    expect(changesOf(history, 'amountCents')).toEqual([
      [null, '10000'],
      ['10000', '12000'],
    ]);

    await call(
      use(),
      as.rep1,
      'DELETE',
      `/api/v1/contracts/${created.id}?version=${updated.version}`,
      204,
    );
    await call(use(), as.rep1, 'GET', `/api/v1/contracts/${created.id}`, 404);
    expect(await lastDeal()).toBe('2026-01-20');
    const customerHistory = await historyOf(use(), as.rep1, `/api/v1/customers/${customerId}`);
    expect(changesOf(customerHistory, 'lastDealOn')).toEqual([
      [null, '2026-02-10'],
      ['2026-02-10', '2026-01-20'],
    ]);
    const deletion = (await historyEntries(use().db, { entityId: created.id })).find(
      (h) => h.action === 'delete',
    );
    expect(deletion).toMatchObject({
      entity: 'contract',
      field: 'deletedAt',
      oldValue: null,
      actorId: org.users.rep1.id,
    });
    await call(
      use(),
      as.rep1,
      'DELETE',
      `/api/v1/contracts/${older.id}?version=${older.version}`,
      204,
    );
  });

  it('validates dates, references and future signing', async () => {
    const body = { customerId, number: 'HT-V', title: 'x', amountCents: 1 };
    const ends = await call(use(), as.rep1, 'POST', '/api/v1/contracts', 400, {
      ...body,
      signedOn: '2026-01-05',
      startOn: '2026-03-01',
      endOn: '2026-02-01',
    });
    expect(ends.error.details[0].path).toBe('endOn');
    const future = await call(use(), as.rep1, 'POST', '/api/v1/contracts', 400, {
      ...body,
      signedOn: '2999-01-01',
    });
    expect(future.error.details[0].path).toBe('signedOn');
    await call(use(), as.rep1, 'POST', '/api/v1/contracts', 400, {
      ...body,
      signedOn: '2026-01-05',
      amountCents: -1,
    });
    const renewal = await call(use(), as.rep1, 'POST', '/api/v1/contracts', 404, {
      ...body,
      signedOn: '2026-01-05',
      renewalOf: 'no-such-contract',
    });
    expect(renewal.error.details[0].path).toBe('renewalOf');
    const otherCustomer = (await createCustomer(use(), as.rep2, { name: 'Not yours' })).id;
    await call(use(), as.rep1, 'POST', '/api/v1/contracts', 404, {
      ...body,
      signedOn: '2026-01-05',
      customerId: otherCustomer,
    });
  });

  it('keeps contract numbers unique among live contracts (409 on number)', async () => {
    const first = await newContract({ number: 'HT-UNIQUE' });
    const clash = await call(use(), as.rep1, 'POST', '/api/v1/contracts', 409, {
      customerId,
      number: 'HT-UNIQUE',
      title: 'Again',
      amountCents: 5,
      signedOn: '2026-01-05',
    });
    expect(clash.error).toMatchObject({
      code: 'contract_number_in_use',
      details: [{ path: 'number', code: 'already_used', message: 'already in use' }],
    });
    const other = await newContract();
    const renamed = await call(use(), as.rep1, 'PATCH', `/api/v1/contracts/${other.id}`, 409, {
      version: other.version,
      number: 'HT-UNIQUE',
    });
    expect(renamed.error.details[0].path).toBe('number');
    await call(
      use(),
      as.rep1,
      'DELETE',
      `/api/v1/contracts/${first.id}?version=${first.version}`,
      204,
    );
    await newContract({ number: 'HT-UNIQUE' });
  });

  it('links renewals and filters the list by renewal, signed range and text', async () => {
    const base = await newContract({
      number: 'REN-BASE',
      signedOn: '2025-06-01',
      endOn: '2026-05-31',
    });
    const renewal = await newContract({
      number: 'REN-NEXT',
      signedOn: '2026-04-15',
      renewalOf: base.id,
    });
    expect(renewal).toMatchObject({ renewalOf: base.id });
    const list = async (query: string) =>
      (
        (await call(use(), as.rep1, 'GET', `/api/v1/contracts?pageSize=200&${query}`, 200))
          .items as { number: string }[]
      ).map((c) => c.number);
    expect(await list('renewal=true&q=ren-')).toEqual(['REN-NEXT']);
    expect(await list('renewal=false&q=ren-')).toEqual(['REN-BASE']);
    expect(await list('q=REN&signedFrom=2026-04-01&signedTo=2026-04-15')).toEqual(['REN-NEXT']);
    expect(await list('q=REN&endTo=2026-05-31')).toEqual(['REN-BASE']);
  });

  it("answers 404 to a rep for a colleague's contract, and lets their manager see it", async () => {
    const created = await newContract();
    await call(use(), as.rep2, 'GET', `/api/v1/contracts/${created.id}`, 404);
    await call(use(), as.rep2, 'PATCH', `/api/v1/contracts/${created.id}`, 404, {
      version: created.version,
      title: 'mine',
    });
    await call(use(), as.rep2, 'GET', `/api/v1/contracts/${created.id}/payments`, 404);
    const rep2List = await call(use(), as.rep2, 'GET', '/api/v1/contracts?pageSize=200', 200);
    expect((rep2List.items as { id: string }[]).map((c) => c.id)).not.toContain(created.id);
    expect(await call(use(), as.lead, 'GET', `/api/v1/contracts/${created.id}`, 200)).toMatchObject(
      { id: created.id, access: 'write' },
    );
    const leadList = await call(
      use(),
      as.lead,
      'GET',
      `/api/v1/contracts?ownerId=${org.users.rep1.id}&pageSize=200`,
      200,
    );
    expect((leadList.items as { id: string }[]).map((c) => c.id)).toContain(created.id);
  });

  it('stores the owner at the time, the server recording time and timeliness of each payment', async () => {
    const { id } = await newContract();
    const today = orgDay(new Date(), DEFAULT_ORG_ZONE);
    const before = new Date().toISOString();
    const fresh = await pay(id, 100, today);
    const late = await pay(id, 100, '2026-01-02');
    const rows = await use()
      .db.kysely.selectFrom('payments')
      .selectAll()
      .where('contractId', '=', id)
      .orderBy('amountCents')
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(fresh.id)).toMatchObject({
      ownerId: org.users.rep1.id,
      timely: 1,
      receivedOn: today,
    });
    expect(byId.get(late.id)).toMatchObject({ timely: 0 });
    expect((byId.get(fresh.id)?.recordedAt ?? '') >= before).toBe(true);
    const all = await call(use(), as.lead, 'GET', `/api/v1/payments?contractId=${id}`, 200);
    expect(all.total).toBe(2);
    expect(
      (await call(use(), as.rep2, 'GET', `/api/v1/payments?contractId=${id}`, 200)).total,
    ).toBe(0);
  });

  it("stores each payment with its contract's owner at the start of the received day, and follows a corrected day", async () => {
    // Entered by rep1 on 2 November (10:00 in Shanghai), handed to rep2 on 10 November at 10:00.
    let created: Contract;
    try {
      setNow('2026-11-02T02:00:00.000Z');
      created = await newContract({ signedOn: '2026-11-01' });
      setNow('2026-11-10T02:00:00.000Z');
      await call(use(), as.lead, 'PATCH', `/api/v1/contracts/${created.id}`, 200, {
        version: created.version,
        ownerId: org.users.rep2.id,
      });
    } finally {
      setNow(TEST_NOW);
    }
    const payOn = (receivedOn: string) =>
      call(use(), as.lead, 'POST', `/api/v1/contracts/${created.id}/payments`, 201, {
        amountCents: 100,
        receivedOn,
      });
    const ownerOf = async (id: string) =>
      (
        await use()
          .db.kysely.selectFrom('payments')
          .select('ownerId')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).ownerId;
    const { rep1, rep2 } = org.users;
    // Before anyone owned it in Yardstick: the owner it was entered with.
    const signingDay = await payOn('2026-11-01');
    // 10 November began (00:00 in Shanghai) before the handover at 10:00: still rep1's day.
    const ninth = await payOn('2026-11-09');
    const tenth = await payOn('2026-11-10');
    const eleventh = await payOn('2026-11-11');
    expect(
      await Promise.all([signingDay, ninth, tenth, eleventh].map((p) => ownerOf(p.id))),
    ).toEqual([rep1.id, rep1.id, rep1.id, rep2.id]);

    const correct = (payment: { id: string; version: number }, receivedOn: string) =>
      call(use(), as.lead, 'PATCH', `/api/v1/payments/${payment.id}`, 200, {
        version: payment.version,
        receivedOn,
      });
    await correct(eleventh, '2026-11-09');
    await correct(ninth, '2026-11-12');
    expect([await ownerOf(eleventh.id), await ownerOf(ninth.id)]).toEqual([rep1.id, rep2.id]);
  });

  it('lists payments a page at a time in the order asked, with the total on every page', async () => {
    const { id } = await newContract();
    await pay(id, 1_000, '2026-01-03');
    await pay(id, 3_000, '2026-01-01');
    await pay(id, 2_000, '2026-01-02');
    const list = async (query: string, who = as.rep1) => {
      const page = await call(use(), who, 'GET', `/api/v1/payments?contractId=${id}&${query}`, 200);
      return {
        amounts: page.items.map((p: { amountCents: number }) => p.amountCents),
        total: page.total,
      };
    };
    expect(await list('pageSize=2')).toEqual({ amounts: [3_000, 2_000], total: 3 });
    expect(await list('pageSize=2&page=2')).toEqual({ amounts: [1_000], total: 3 });
    expect(await list('pageSize=2&page=3')).toEqual({ amounts: [], total: 3 });
    expect(await list('sort=amountCents&order=desc')).toEqual({
      amounts: [3_000, 2_000, 1_000],
      total: 3,
    });
    // Another rep's scope holds none of them: an empty first page.
    expect(await list('pageSize=2', as.rep2)).toEqual({ amounts: [], total: 0 });
  });

  it('keeps payment plans under their contract', async () => {
    const { id } = await newContract();
    const plan = await call(use(), as.rep1, 'POST', `/api/v1/contracts/${id}/payment-plans`, 201, {
      dueOn: '2026-06-30',
      amountCents: 5_000,
      note: 'first half',
    });
    const updated = await call(use(), as.rep1, 'PATCH', `/api/v1/payment-plans/${plan.id}`, 200, {
      version: plan.version,
      amountCents: 6_000,
    });
    await call(use(), as.rep1, 'PATCH', `/api/v1/payment-plans/${plan.id}`, 409, {
      version: plan.version,
      note: 'stale',
    });
    await call(use(), as.rep2, 'GET', `/api/v1/payment-plans/${plan.id}`, 404);
    const paid = await pay(id, 1_000, '2026-02-01', 201, { planId: plan.id });
    expect(paid.planId).toBe(plan.id);
    const list = await call(use(), as.rep1, 'GET', `/api/v1/contracts/${id}/payment-plans`, 200);
    expect(list).toMatchObject({ total: 1, items: [{ id: plan.id, amountCents: 6_000 }] });
    expect(
      changesOf(await historyOf(use(), as.rep1, `/api/v1/payment-plans/${plan.id}`), 'amountCents'),
    ).toEqual([
      [null, '5000'],
      ['5000', '6000'],
    ]);
    await call(
      use(),
      as.rep1,
      'DELETE',
      `/api/v1/payment-plans/${plan.id}?version=${updated.version}`,
      204,
    );
    expect(
      (await call(use(), as.rep1, 'GET', `/api/v1/contracts/${id}/payment-plans`, 200)).total,
    ).toBe(0);
    const other = await newContract();
    const foreignPlan = await call(
      use(),
      as.rep1,
      'POST',
      `/api/v1/contracts/${other.id}/payment-plans`,
      201,
      { dueOn: '2026-06-30', amountCents: 1 },
    );
    expect(
      (await pay(id, 1, '2026-02-01', 404, { planId: foreignPlan.id })).error.details[0].path,
    ).toBe('planId');
  });

  it('refuses to delete a contract that has payments', async () => {
    const { id, version } = await newContract();
    await pay(id, 100, '2026-02-01');
    await call(use(), as.rep1, 'DELETE', `/api/v1/contracts/${id}?version=${version}`, 422);
  });

  it('refuses a stale contract update with 409', async () => {
    const created = await newContract();
    await call(use(), as.rep1, 'PATCH', `/api/v1/contracts/${created.id}`, 200, {
      version: created.version,
      title: 'First',
    });
    const stale = await call(use(), as.rep1, 'PATCH', `/api/v1/contracts/${created.id}`, 409, {
      version: created.version,
      title: 'Second',
    });
    expect(stale.error.details[0].path).toBe('version');
  });

  it('keeps paid, balance and the fully-paid day right through payments, corrections and deletions', async () => {
    const { id } = await newContract({ amountCents: 10_000 });
    const a = await pay(id, 3_000, '2026-01-10');
    expect(a).toMatchObject({ ownerId: org.users.rep1.id, timely: false, planId: null });
    const b = await pay(id, 5_000, '2026-02-01');
    expect(await contract(id)).toMatchObject({
      paidCents: 8_000,
      balanceCents: 2_000,
      fullyPaidOn: null,
    });

    const over = await pay(id, 3_000, '2026-02-02', 422);
    expect(over.error).toMatchObject({
      code: 'contract_overpaid',
      params: { balanceCents: 2_000 },
    });
    const c = await pay(id, 2_000, '2026-03-01');
    expect(await contract(id)).toMatchObject({
      paidCents: 10_000,
      balanceCents: 0,
      fullyPaidOn: '2026-03-01',
    });

    // Lowering the first payment reopens the balance; raising the last one closes it again.
    const a2 = await call(use(), as.rep1, 'PATCH', `/api/v1/payments/${a.id}`, 200, {
      version: a.version,
      amountCents: 1_000,
    });
    expect(await contract(id)).toMatchObject({ paidCents: 8_000, fullyPaidOn: null });
    await call(use(), as.rep1, 'PATCH', `/api/v1/payments/${c.id}`, 422, {
      version: c.version,
      amountCents: 4_001,
    });
    await call(use(), as.rep1, 'PATCH', `/api/v1/payments/${c.id}`, 200, {
      version: c.version,
      amountCents: 4_000,
    });
    expect(await contract(id)).toMatchObject({ paidCents: 10_000, fullyPaidOn: '2026-03-01' });

    // Moving the first payment after the last makes it the one that completes the amount.
    await call(use(), as.rep1, 'PATCH', `/api/v1/payments/${a.id}`, 200, {
      version: a2.version,
      receivedOn: '2026-03-05',
    });
    expect(await contract(id)).toMatchObject({ fullyPaidOn: '2026-03-05' });

    await call(use(), as.rep1, 'DELETE', `/api/v1/payments/${b.id}?version=${b.version}`, 204);
    expect(await contract(id)).toMatchObject({
      paidCents: 5_000,
      balanceCents: 5_000,
      fullyPaidOn: null,
    });
    await pay(id, 9_000, '2026-03-06', 201, { allowOverpayment: true });
    expect(await contract(id)).toMatchObject({
      paidCents: 14_000,
      balanceCents: -4_000,
      fullyPaidOn: '2026-03-06',
    });

    const listed = await call(
      use(),
      as.rep1,
      'GET',
      `/api/v1/contracts/${id}/payments?sort=receivedOn`,
      200,
    );
    expect((listed.items as { amountCents: number }[]).map((p) => p.amountCents)).toEqual([
      4_000, 1_000, 9_000,
    ]);
    const contractHistory = await historyOf(use(), as.rep1, `/api/v1/contracts/${id}`);
    expect(changesOf(contractHistory, 'fullyPaidOn')).toEqual([
      [null, '2026-03-01'],
      ['2026-03-01', null],
      [null, '2026-03-01'],
      ['2026-03-01', '2026-03-05'],
      ['2026-03-05', null],
      [null, '2026-03-06'],
    ]);
    expect(
      changesOf(await historyOf(use(), as.rep1, `/api/v1/payments/${a.id}`), 'amountCents'),
    ).toEqual([
      [null, '3000'],
      ['3000', '1000'],
    ]);
  });
});
