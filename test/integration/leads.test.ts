import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createUser } from '../../src/modules/org/org.service.js';
import { call, changesOf, createCustomer, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

type Lead = { id: string; version: number; status: string; ownerId: string | null };

describeEngines('leads', (use) => {
  let org: Org;
  let admin: string;
  let rep1: string;
  let rep2: string;
  let lead: string;
  let marketer: string;
  let marketerId: string;
  const campaignId = 'campaign-spring-fair';

  const newLead = (
    as: string,
    payload: object = {},
  ): Promise<Lead & { duplicateHints: object[] }> =>
    call(use(), as, 'POST', '/api/v1/leads', 201, {
      company: 'Lead Co',
      contactName: 'Li Lei',
      ...payload,
    });
  const counts = async () => {
    const count = async (
      table: 'customers' | 'contacts' | 'opportunities' | 'stageChanges' | 'history',
    ) =>
      Number(
        (
          await use()
            .db.kysely.selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      customers: await count('customers'),
      contacts: await count('contacts'),
      opportunities: await count('opportunities'),
      stageChanges: await count('stageChanges'),
      history: await count('history'),
    };
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    const m = await createUser(use().db, null, {
      name: 'marketer',
      email: 'marketer@example.com',
      password: PASSWORD,
      roles: ['marketing'],
      departmentId: org.departments.company.id,
      managerId: null,
    });
    marketerId = m.id;
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    marketer = await use().login('marketer@example.com', PASSWORD);
    const now = new Date().toISOString();
    await use()
      .db.kysely.insertInto('campaigns')
      .values({
        id: campaignId,
        name: 'Spring fair',
        channel: 'event',
        ownerId: marketerId,
        startOn: '2026-03-01',
        endOn: null,
        budgetCents: 0,
        currency: 'CNY',
        status: 'running',
        description: null,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })
      .execute();
  });

  it('credits the marketer as source, lets a manager assign it, and keeps it visible to the marketer read-only', async () => {
    await call(use(), marketer, 'POST', '/api/v1/leads', 404, {
      company: 'No Campaign Co',
      campaignId: 'nope',
    });
    const created = await newLead(marketer, {
      company: 'Fair Visitor Ltd',
      campaignId,
      phone: '13900001111',
    });
    expect(created).toMatchObject({
      status: 'new',
      sourceUserId: marketerId,
      ownerId: marketerId,
      campaignId,
      access: 'write',
    });

    await call(use(), rep1, 'POST', `/api/v1/leads/${created.id}/assign`, 403, {
      version: 1,
      ownerId: org.users.rep1.id,
    });
    await call(use(), lead, 'POST', `/api/v1/leads/${created.id}/assign`, 404, {
      version: 1,
      ownerId: org.users.rep1.id,
    });
    const assigned = await call(use(), admin, 'POST', `/api/v1/leads/${created.id}/assign`, 200, {
      version: 1,
      ownerId: org.users.rep1.id,
    });
    expect(assigned).toMatchObject({ ownerId: org.users.rep1.id, version: 2 });

    expect((await call(use(), marketer, 'GET', `/api/v1/leads/${created.id}`, 200)).access).toBe(
      'read',
    );
    await call(use(), marketer, 'PATCH', `/api/v1/leads/${created.id}`, 403, {
      version: 2,
      status: 'working',
    });
    expect((await call(use(), rep1, 'GET', `/api/v1/leads/${created.id}`, 200)).access).toBe(
      'write',
    );
    expect((await call(use(), lead, 'GET', `/api/v1/leads/${created.id}`, 200)).access).toBe(
      'write',
    );
    await call(use(), rep2, 'GET', `/api/v1/leads/${created.id}`, 404);
    await call(use(), rep2, 'POST', `/api/v1/leads/${created.id}/disqualify`, 404, {
      version: 2,
      reason: 'x',
      qualityRating: 1,
    });
    expect(
      (
        await call(
          use(),
          marketer,
          'GET',
          `/api/v1/leads?sourceUserId=${marketerId}&campaignId=${campaignId}`,
          200,
        )
      ).total,
    ).toBe(1);
    expect((await call(use(), rep2, 'GET', '/api/v1/leads?q=fair', 200)).total).toBe(0);

    const periods = await use()
      .db.kysely.selectFrom('ownershipPeriods')
      .select(['ownerId', 'endedAt'])
      .where('recordId', '=', created.id)
      .orderBy('startedAt')
      .execute();
    expect(periods.map((p) => [p.ownerId, p.endedAt === null])).toEqual([
      [marketerId, false],
      [org.users.rep1.id, true],
    ]);
  });

  it('hints at duplicate leads and customers by normalised phone or name, without blocking', async () => {
    await createCustomer(use(), rep1, {
      name: 'Acme Trading 有限公司',
      phone: '+86 138 0000 2222',
    });
    const first = await newLead(rep1, { company: 'ACME trading', phone: '13911112222' });
    expect(first.duplicateHints).toEqual([
      expect.objectContaining({
        entity: 'customer',
        matchedBy: 'name',
        name: 'Acme Trading 有限公司',
      }),
    ]);
    const second = await newLead(rep1, { company: 'Someone Else', phone: '139 1111 2222' });
    expect(second.duplicateHints).toEqual([
      expect.objectContaining({ entity: 'lead', id: first.id, matchedBy: 'phone' }),
    ]);
  });

  it('edits open leads with versions and logs old → new', async () => {
    const l = await newLead(rep1, { company: 'Edit Co' });
    const working = await call(use(), rep1, 'PATCH', `/api/v1/leads/${l.id}`, 200, {
      version: 1,
      status: 'working',
      requirement: 'a CRM for 50 people',
    });
    expect(working).toMatchObject({ status: 'working', version: 2 });
    await call(use(), rep1, 'PATCH', `/api/v1/leads/${l.id}`, 409, {
      version: 1,
      company: 'lost update',
    });
    await call(use(), rep1, 'PATCH', `/api/v1/leads/${l.id}`, 400, {
      version: 2,
      status: 'converted',
    });
    const history = await historyOf(use(), rep1, `/api/v1/leads/${l.id}`);
    expect(changesOf(history, 'status')).toEqual([
      [null, 'new'],
      ['new', 'working'],
    ]);
    expect(changesOf(history, 'requirement')).toEqual([[null, 'a CRM for 50 people']]);
  });

  it('converts atomically: an injected failure leaves no customer, contact or opportunity, and the lead unchanged', async () => {
    const l = await newLead(rep1, {
      company: 'Atomic Co',
      phone: '13800001234',
      email: 'li@atomic.example',
    });
    const payload = {
      version: 1,
      qualityRating: 4,
      opportunity: { name: 'Atomic first deal', amountCents: 50_000_00 },
    };
    const before = await counts();
    await injectOpportunityFailure(use().db.kysely, use().engine, true);
    try {
      const failed = await use().request({
        method: 'POST',
        url: `/api/v1/leads/${l.id}/convert`,
        as: rep1,
        payload,
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      await injectOpportunityFailure(use().db.kysely, use().engine, false);
    }
    expect(await counts()).toEqual(before);
    const unchanged = await call(use(), rep1, 'GET', `/api/v1/leads/${l.id}`, 200);
    expect(unchanged).toMatchObject({
      status: 'new',
      version: 1,
      customerId: null,
      contactId: null,
      opportunityId: null,
      closedAt: null,
      qualityRating: null,
    });

    // The same request now succeeds, and the lead's manager may close it for the owner.
    const converted = await call(
      use(),
      lead,
      'POST',
      `/api/v1/leads/${l.id}/convert`,
      200,
      payload,
    );
    expect(converted).toMatchObject({
      status: 'converted',
      qualityRating: 4,
      closedBy: org.users.lead.id,
      version: 2,
    });
    expect(converted.closedAt).toEqual(expect.any(String));
    const customer = await call(
      use(),
      rep1,
      'GET',
      `/api/v1/customers/${converted.customerId}`,
      200,
    );
    expect(customer).toMatchObject({
      name: 'Atomic Co',
      phone: '13800001234',
      email: 'li@atomic.example',
      ownerId: org.users.rep1.id,
    });
    const contact = await call(use(), rep1, 'GET', `/api/v1/contacts/${converted.contactId}`, 200);
    expect(contact).toMatchObject({
      customerId: customer.id,
      name: 'Li Lei',
      phone: '13800001234',
      isPrimary: true,
    });
    const opportunity = await call(
      use(),
      rep1,
      'GET',
      `/api/v1/opportunities/${converted.opportunityId}`,
      200,
    );
    expect(opportunity).toMatchObject({
      customerId: customer.id,
      ownerId: org.users.rep1.id,
      amountCents: 5_000_000,
      status: 'open',
      stageId: 'stage-qualification',
    });
    expect(
      (await call(use(), rep1, 'GET', `/api/v1/opportunities/${opportunity.id}/stages`, 200)).total,
    ).toBe(1);

    for (const path of [
      `/api/v1/customers/${customer.id}`,
      `/api/v1/contacts/${contact.id}`,
      `/api/v1/opportunities/${opportunity.id}`,
    ]) {
      expect((await historyOf(use(), rep1, path)).map((h) => h.action)).toContain('create');
    }
    const leadHistory = await historyOf(use(), rep1, `/api/v1/leads/${l.id}`);
    expect(changesOf(leadHistory, 'status')).toEqual([
      [null, 'new'],
      ['new', 'converted'],
    ]);
    expect(changesOf(leadHistory, 'customerId')).toEqual([[null, customer.id]]);
  });

  it('refuses to change a closed lead (422)', async () => {
    const l = await newLead(rep1, { company: 'Closed Co' });
    await call(use(), rep1, 'POST', `/api/v1/leads/${l.id}/convert`, 200, {
      version: 1,
      qualityRating: 5,
    });
    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/leads/${l.id}`, { version: 2, company: 'x' }],
      ['POST', `/api/v1/leads/${l.id}/convert`, { version: 2, qualityRating: 5 }],
      [
        'POST',
        `/api/v1/leads/${l.id}/disqualify`,
        { version: 2, reason: 'changed my mind', qualityRating: 1 },
      ],
      ['POST', `/api/v1/leads/${l.id}/assign`, { version: 2, ownerId: org.users.rep2.id }],
    ] as const) {
      const response = await call(
        use(),
        method === 'PATCH' ? rep1 : lead,
        method,
        url,
        422,
        payload,
      );
      expect(response.error).toMatchObject({
        code: 'lead_closed',
        params: { status: 'converted' },
      });
    }
    await call(use(), rep1, 'DELETE', `/api/v1/leads/${l.id}?version=2`, 422);
  });

  it('needs a contact name to convert a lead that has none', async () => {
    const l = await newLead(rep1, { company: 'Nameless Co', contactName: null });
    const refused = await call(use(), rep1, 'POST', `/api/v1/leads/${l.id}/convert`, 400, {
      version: 1,
      qualityRating: 3,
    });
    expect(refused.error.details[0].path).toBe('contact.name');
    const converted = await call(use(), rep1, 'POST', `/api/v1/leads/${l.id}/convert`, 200, {
      version: 1,
      qualityRating: 3,
      contact: { name: 'Han Mei' },
      customer: { name: 'Nameless Holdings', level: 'B' },
    });
    expect(
      (await call(use(), rep1, 'GET', `/api/v1/customers/${converted.customerId}`, 200)).level,
    ).toBe('B');
    expect(converted.opportunityId).toBeNull();
  });

  it('disqualifies with a reason and a rating, and lists closed leads by day', async () => {
    const l = await newLead(rep1, { company: 'Tyre Kicker Co' });
    await call(use(), rep1, 'POST', `/api/v1/leads/${l.id}/disqualify`, 400, {
      version: 1,
      reason: '  ',
      qualityRating: 2,
    });
    await call(use(), rep1, 'POST', `/api/v1/leads/${l.id}/disqualify`, 400, {
      version: 1,
      reason: 'no budget',
      qualityRating: 0,
    });
    await call(use(), rep1, 'POST', `/api/v1/leads/${l.id}/disqualify`, 409, {
      version: 7,
      reason: 'no budget',
      qualityRating: 2,
    });
    const closed = await call(use(), rep1, 'POST', `/api/v1/leads/${l.id}/disqualify`, 200, {
      version: 1,
      reason: 'no budget',
      qualityRating: 2,
    });
    expect(closed).toMatchObject({
      status: 'disqualified',
      disqualifyReason: 'no budget',
      qualityRating: 2,
      closedBy: org.users.rep1.id,
    });
    expect(
      changesOf(await historyOf(use(), rep1, `/api/v1/leads/${l.id}`), 'disqualifyReason'),
    ).toEqual([[null, 'no budget']]);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    const list = await call(
      use(),
      rep1,
      'GET',
      `/api/v1/leads?status=disqualified&closedFrom=${today}&closedTo=${today}`,
      200,
    );
    expect(list.items.map((i: Lead) => i.id)).toEqual([l.id]);
    expect(
      (await call(use(), rep1, 'GET', '/api/v1/leads?status=disqualified&closedTo=2000-01-01', 200))
        .total,
    ).toBe(0);
  });

  itKeepsSnapshotInputsInStep(use);
});

/** Makes every insert into opportunities fail (or stops doing so), as a fault injected below the service. */
async function injectOpportunityFailure(db: Kysely<Database>, engine: string, on: boolean) {
  if (engine === 'sqlite') {
    await sql
      .raw(
        on
          ? "create trigger fail_opportunity_insert before insert on opportunities begin select raise(abort, 'injected failure'); end"
          : 'drop trigger fail_opportunity_insert',
      )
      .execute(db);
    return;
  }
  if (on) {
    await sql
      .raw(
        "create function fail_insert() returns trigger as $$ begin raise exception 'injected failure'; end $$ language plpgsql",
      )
      .execute(db);
    await sql
      .raw(
        'create trigger fail_opportunity_insert before insert on opportunities for each row execute function fail_insert()',
      )
      .execute(db);
  } else {
    await sql.raw('drop trigger fail_opportunity_insert on opportunities').execute(db);
    await sql.raw('drop function fail_insert()').execute(db);
  }
}
