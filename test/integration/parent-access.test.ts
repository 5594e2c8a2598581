import { beforeAll, expect, it } from 'vitest';
import { call, createCustomer } from '../support/crm-fixture.js';
import {
  parentAccessFormFor,
  parentAccessIn,
  UNION_BRANCHES,
  type ParentAccessForm,
} from '../../src/db/parent-access.js';
import type { OwnerScope } from '../../src/db/scope-filter.js';
import {
  listCustomers,
  visibleCustomers as customersVisibleTo,
  type Viewer,
} from '../../src/modules/customers/customers.repository.js';
import {
  contactsOfVisibleCustomerParts,
  contactsOfVisibleCustomers,
  contactsWithCustomerTestedApart,
  listContacts,
  visibleContacts as contactsVisibleTo,
} from '../../src/modules/contacts/contacts.repository.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { addRoleUsers } from '../support/role-users-fixture.js';

type Customer = { id: string; name: string; version: number; access: 'read' | 'write' };

/**
 * Implicit parent access: whoever may see an opportunity, contract (and so its payment plans),
 * ticket or follow-up plan may read its customer, and only that customer of its owner.
 * The org fixture: lead (manager) ← rep1, rep2 (sales, self scope); agent1, agent2 (service).
 */
describeEngines('implicit parent access', (use, engine) => {
  let org: Org;
  let agents: Awaited<ReturnType<typeof addRoleUsers>>;
  const as: Record<'rep1' | 'rep2' | 'lead' | 'agent1', string> = {
    rep1: '',
    rep2: '',
    lead: '',
    agent1: '',
  };
  let otherId: string;

  const customer = (who: string, id: string, status = 200): Promise<Customer> =>
    call(use(), who, 'GET', `/api/v1/customers/${id}`, status);
  const visibleCustomers = async (who: string) =>
    (
      (await call(use(), who, 'GET', '/api/v1/customers?sort=name&pageSize=50', 200))
        .items as Customer[]
    ).map((c) => [c.name, c.access]);
  /** Every write to the customer answers 403, and the customer is left as it was. */
  const assertCannotChange = async (who: string, id: string) => {
    const edit = await call(use(), who, 'PATCH', `/api/v1/customers/${id}`, 403, {
      version: 1,
      name: 'Taken over',
    });
    expect(edit.error).toMatchObject({ code: 'record_read_only', params: { record: 'customer' } });
    await call(use(), who, 'POST', `/api/v1/customers/${id}/status`, 403, {
      version: 1,
      status: 'intent',
    });
    await call(use(), who, 'DELETE', `/api/v1/customers/${id}?version=1`, 403);
    expect(await customer(as.rep1, id)).toMatchObject({ version: 1, access: 'write' });
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    agents = await addRoleUsers(use().db, org);
    for (const key of Object.keys(as) as (keyof typeof as)[])
      as[key] = await use().login(`${key}@example.com`, PASSWORD);
    otherId = (await createCustomer(use(), as.rep1, { name: 'Zeta Other' })).id;
  });

  it("lets a rep given an opportunity on a colleague's customer read that customer, sign the contract and record its payments", async () => {
    const acme = await createCustomer(use(), as.rep1, { name: 'Acme' });
    await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
      customerId: acme.id,
      name: 'Li Na',
    });
    await customer(as.rep2, acme.id, 404);
    const deal = await call(use(), as.lead, 'POST', '/api/v1/opportunities', 201, {
      customerId: acme.id,
      name: 'Acme renewal',
      amountCents: 50_000,
      ownerId: org.users.rep2.id,
    });

    expect(await customer(as.rep2, acme.id)).toMatchObject({ name: 'Acme', access: 'read' });
    expect(await visibleCustomers(as.rep2)).toEqual([['Acme', 'read']]);
    await customer(as.rep2, otherId, 404);
    await assertCannotChange(as.rep2, acme.id);
    const contacts = await call(
      use(),
      as.rep2,
      'GET',
      `/api/v1/contacts?customerId=${acme.id}`,
      200,
    );
    expect(contacts.items.map((c: { name: string; access: string }) => [c.name, c.access])).toEqual(
      [['Li Na', 'read']],
    );
    await call(use(), as.rep2, 'GET', `/api/v1/customers/${acme.id}/timeline`, 200);
    await call(use(), as.rep2, 'GET', `/api/v1/customers/${acme.id}/history`, 200);
    // Reading the customer is not working it: no new deal, and no contract outside the deal.
    await call(use(), as.rep2, 'POST', '/api/v1/opportunities', 403, {
      customerId: acme.id,
      name: 'Side deal',
      amountCents: 1_000,
    });
    const contractFor = (extra: object) => ({
      customerId: acme.id,
      number: `HT-ACME-${Object.keys(extra).length}`,
      title: 'Acme licence',
      amountCents: 50_000,
      signedOn: '2026-01-05',
      ...extra,
    });
    await call(use(), as.rep2, 'POST', '/api/v1/contracts', 403, contractFor({}));

    const contract = await call(
      use(),
      as.rep2,
      'POST',
      '/api/v1/contracts',
      201,
      contractFor({ opportunityId: deal.id }),
    );
    expect(contract).toMatchObject({ ownerId: org.users.rep2.id, access: 'write' });
    expect(
      (await call(use(), as.rep2, 'GET', `/api/v1/contracts?customerId=${acme.id}`, 200)).total,
    ).toBe(1);
    await call(use(), as.rep2, 'POST', `/api/v1/contracts/${contract.id}/payment-plans`, 201, {
      dueOn: '2026-02-01',
      amountCents: 20_000,
    });
    await call(use(), as.rep2, 'POST', `/api/v1/contracts/${contract.id}/payments`, 201, {
      amountCents: 20_000,
      receivedOn: '2026-01-20',
      method: 'bank',
    });
    expect(
      await call(use(), as.rep2, 'GET', `/api/v1/contracts/${contract.id}`, 200),
    ).toMatchObject({ paidCents: 20_000, balanceCents: 30_000 });
  });

  it('lets a service agent read the customer of a ticket assigned to them, for as long as it is', async () => {
    const serviced = await createCustomer(use(), as.rep1, { name: 'Serviced' });
    await customer(as.agent1, serviced.id, 404);
    const ticket = await call(use(), as.rep1, 'POST', '/api/v1/tickets', 201, {
      title: 'Printer driver fails',
      customerId: serviced.id,
      assigneeId: agents.agent1.id,
    });

    expect(await customer(as.agent1, serviced.id)).toMatchObject({ access: 'read' });
    expect(await visibleCustomers(as.agent1)).toEqual([['Serviced', 'read']]);
    await customer(as.agent1, otherId, 404);
    await assertCannotChange(as.agent1, serviced.id);

    await call(use(), as.rep1, 'PATCH', `/api/v1/tickets/${ticket.id}`, 200, {
      version: ticket.version,
      assigneeId: agents.agent2.id,
    });
    await customer(as.agent1, serviced.id, 404);
  });

  it('lets a rep read the customer of a follow-up plan they were given, and nothing once it is deleted', async () => {
    const planned = await createCustomer(use(), as.rep1, { name: 'Planned' });
    await customer(as.rep2, planned.id, 404);
    const plan = await call(use(), as.lead, 'POST', '/api/v1/plans', 201, {
      recordType: 'customer',
      recordId: planned.id,
      dueAt: '2026-11-20T02:00:00.000Z',
      ownerId: org.users.rep2.id,
    });

    expect(await customer(as.rep2, planned.id)).toMatchObject({ access: 'read' });
    await customer(as.rep2, otherId, 404);
    await assertCannotChange(as.rep2, planned.id);

    await call(use(), as.lead, 'DELETE', `/api/v1/plans/${plan.id}?version=${plan.version}`, 204);
    await customer(as.rep2, planned.id, 404);
  });

  it("lets the owner of a contract on a colleague's customer read the customer beside its payment plans", async () => {
    const signed = await createCustomer(use(), as.rep1, { name: 'Signed' });
    await customer(as.rep2, signed.id, 404);
    const contract = await call(use(), as.lead, 'POST', '/api/v1/contracts', 201, {
      customerId: signed.id,
      number: 'HT-SIGNED',
      title: 'Signed licence',
      amountCents: 30_000,
      signedOn: '2026-01-05',
      ownerId: org.users.rep2.id,
    });
    await call(use(), as.lead, 'POST', `/api/v1/contracts/${contract.id}/payment-plans`, 201, {
      dueOn: '2026-02-01',
      amountCents: 30_000,
    });

    const plans = await call(
      use(),
      as.rep2,
      'GET',
      `/api/v1/contracts/${contract.id}/payment-plans`,
      200,
    );
    expect(plans.total).toBe(1);
    expect(await customer(as.rep2, signed.id)).toMatchObject({ access: 'read' });
    await customer(as.rep2, otherId, 404);
    await assertCannotChange(as.rep2, signed.id);

    await call(use(), as.lead, 'DELETE', `/api/v1/contracts/${contract.id}?version=1`, 204);
    await customer(as.rep2, signed.id, 404);
  });

  it('follows the customer of a deal through its changes of hands: read while a colleague owns it, not while it is pooled', async () => {
    const handed = await createCustomer(use(), as.rep1, { name: 'Handed on' });
    const listed = async () =>
      (await visibleCustomers(as.rep2)).filter(([name]) => name === 'Handed on');
    const assign = (ownerId: string, version: number) =>
      call(use(), as.lead, 'POST', `/api/v1/customers/${handed.id}/assign`, 200, {
        version,
        ownerId,
      });
    // The deal is made while its owner owns the customer too.
    await assign(org.users.rep2.id, 1);
    await call(use(), as.lead, 'POST', '/api/v1/opportunities', 201, {
      customerId: handed.id,
      name: 'Handed deal',
      amountCents: 12_000,
      ownerId: org.users.rep2.id,
    });
    expect(await listed()).toEqual([['Handed on', 'write']]);

    // Handed to a colleague, the customer is read through the deal; handed back, owned again.
    await assign(org.users.rep1.id, 2);
    expect(await listed()).toEqual([['Handed on', 'read']]);
    expect(await customer(as.rep2, handed.id)).toMatchObject({ access: 'read' });
    await assign(org.users.rep2.id, 3);
    expect(await listed()).toEqual([['Handed on', 'write']]);
    await assign(org.users.rep1.id, 4);

    // Pooled, the customer is the pool's (the list leaves it out): being the parent of the deal
    // no longer lists it.
    await call(use(), as.rep1, 'POST', `/api/v1/customers/${handed.id}/release`, 200, {
      version: 5,
      reason: '客户暂无需求',
    });
    expect(await listed()).toEqual([]);
  });

  it('gives every viewer the same customers and contacts in every form of the list query', async () => {
    // Shared and pooled customers beside the owned ones: a share reaches a pooled customer, being
    // the parent of a visible deal does not, and those who work the pool see all of it.
    const shareWithRep2 = (id: string) =>
      call(use(), as.rep1, 'POST', `/api/v1/customers/${id}/collaborators`, 200, {
        userId: org.users.rep2.id,
        access: 'read',
      });
    const release = (id: string) =>
      call(use(), as.rep1, 'POST', `/api/v1/customers/${id}/release`, 200, {
        version: 1,
        reason: '客户暂无需求',
      });
    const named = async (name: string) => {
      const created = await createCustomer(use(), as.rep1, { name });
      await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
        customerId: created.id,
        name: `${name} contact`,
      });
      return created.id;
    };
    await shareWithRep2(await named('Shared owned'));
    const pooledShared = await named('Shared pooled');
    await shareWithRep2(pooledShared);
    await release(pooledShared);
    const pooledParent = await named('Pooled parent');
    await call(use(), as.lead, 'POST', '/api/v1/opportunities', 201, {
      customerId: pooledParent,
      name: 'Pooled deal',
      amountCents: 9_000,
      ownerId: org.users.rep2.id,
    });
    await release(pooledParent);
    expect((await visibleCustomers(as.rep2)).map(([name]) => name)).toEqual(
      expect.arrayContaining(['Shared owned', 'Shared pooled']),
    );
    expect((await visibleCustomers(as.rep2)).map(([name]) => name)).not.toContain('Pooled parent');

    const { kysely } = use().db;
    const users = await kysely.selectFrom('users').select(['id', 'departmentId']).execute();
    const visible = async (viewer: Viewer) =>
      (
        await customersVisibleTo(kysely, viewer)
          .select(['customers.id', 'customers.ownerId'])
          .orderBy('customers.id')
          .execute()
      ).map((c) => `${c.id}:${c.ownerId}`);
    const contactsOf = async (
      viewer: Viewer,
      pool: boolean,
      contacts: typeof contactsVisibleTo = contactsVisibleTo,
    ) =>
      (
        await contacts(kysely, viewer, pool).select('contacts.id').orderBy('contacts.id').execute()
      ).map((c) => c.id);
    let seenThroughParent = 0;
    let pooledContactsSeen = 0;
    let contactsSearched = 0;
    let customersSearched = 0;
    for (const user of users) {
      const own = { kind: 'owners', actorId: user.id, department: null, departmentTree: null };
      const scopes: Extract<OwnerScope, { kind: 'owners' }>[] = [
        { ...own, kind: 'owners', includeReports: false },
        { ...own, kind: 'owners', includeReports: true },
        { ...own, kind: 'owners', includeReports: false, department: user.departmentId },
        {
          ...own,
          kind: 'owners',
          includeReports: false,
          departmentTree: org.departments.sales.id,
        },
      ];
      // The union gathers its ids into a PostgreSQL array: SQLite never uses it.
      const otherForms =
        engine === 'postgres' ? (['union', 'per-row'] as const) : (['per-row'] as const);
      for (const scope of scopes)
        for (const seesUnassignedTickets of [false, true]) {
          const person = {
            scope,
            userId: user.id,
            now: new Date().toISOString(),
            seesUnassignedTickets,
          };
          const viewerIn = async (form: ParentAccessForm) => ({
            ...person,
            ...(await parentAccessIn(kysely, person, form)),
          });
          const lists = await visible(await viewerIn('lists'));
          for (const form of otherForms) expect(await visible(await viewerIn(form))).toEqual(lists);
          const union = engine === 'postgres' ? await viewerIn('union') : undefined;
          if (union?.parentAccess === 'union') {
            // A list counts the union form as its parts together (`UNION_BRANCHES`).
            const branches = await Promise.all(
              UNION_BRANCHES.map((branch) => visible({ ...union, branch })),
            );
            expect([...new Set(branches.flat())].sort()).toEqual([...lists].sort());
            const listed = await listCustomers(
              kysely,
              engine,
              union,
              { wholeOnly: new Set() },
              { by: 'updatedAt', order: 'asc' },
              { limit: 1, offset: 0 },
            );
            expect(listed.total).toBe(lists.length);
            // A search in the union form counts first, then gathers its page or walks to it.
            const search = async (viewer: Viewer, offset: number) => {
              const found = await listCustomers(
                kysely,
                engine,
                viewer,
                { q: 'e', wholeOnly: new Set() },
                { by: 'updatedAt', order: 'asc' },
                { limit: 2, offset },
              );
              return { ids: found.items.map((c) => c.id), total: found.total };
            };
            for (const offset of [0, 1]) {
              const found = await search(union, offset);
              expect(found).toEqual(await search(await viewerIn('lists'), offset));
              customersSearched += found.ids.length;
            }
          }
          for (const pool of [false, true]) {
            const contacts = await contactsOf(await viewerIn('lists'), pool);
            if (union?.parentAccess === 'union') {
              const parts = await Promise.all(
                UNION_BRANCHES.map((branch) => contactsOf({ ...union, branch }, pool)),
              );
              expect([...new Set(parts.flat())].sort()).toEqual([...contacts].sort());
              const listed = await listContacts(
                kysely,
                engine,
                union,
                pool,
                { wholeOnly: new Set() },
                { by: 'name', order: 'asc' },
                { limit: 1, offset: 0 },
              );
              expect(listed.total).toBe(contacts.length);
              // A search by a viewer who reaches others' customers asks them part by part.
              const search = async (viewer: Viewer) =>
                (
                  await listContacts(
                    kysely,
                    engine,
                    viewer,
                    pool,
                    { q: 'contact', wholeOnly: new Set() },
                    { by: 'name', order: 'asc' },
                    { limit: 1_000, offset: 0 },
                  )
                ).items.map((c) => c.id);
              const found = await search(union);
              expect(found).toEqual(await search(await viewerIn('lists')));
              contactsSearched += found.length;
            }
            for (const form of otherForms)
              expect(await contactsOf(await viewerIn(form), pool)).toEqual(contacts);
            // Lists ask some forms as the contacts of the visible customers, or with the
            // customer tested apart from the join.
            for (const form of ['lists', ...otherForms] as const)
              for (const contactForm of [
                contactsOfVisibleCustomers,
                contactsOfVisibleCustomerParts,
                contactsWithCustomerTestedApart,
              ])
                expect(await contactsOf(await viewerIn(form), pool, contactForm)).toEqual(contacts);
            if (pool) pooledContactsSeen += contacts.length;
          }
          if (!scope.includeReports && scope.department === null && scope.departmentTree === null)
            seenThroughParent += lists.filter((c) => !c.endsWith(`:${user.id}`)).length;
        }
    }
    // The earlier cases left customers that reps see only as parents of their records.
    expect(seenThroughParent).toBeGreaterThan(0);
    expect(pooledContactsSeen).toBeGreaterThan(0);
    if (engine === 'postgres') {
      expect(contactsSearched).toBeGreaterThan(0);
      expect(customersSearched).toBeGreaterThan(0);
    }
  });

  it('asks per row for a scope holding at least half of the active people, by lists for a scope of everyone, otherwise by the union on PostgreSQL and by lists on SQLite', async () => {
    const { kysely } = use().db;
    const scope = { kind: 'owners', department: null, includeReports: false } as const;
    const people = await kysely.selectFrom('users').select('id').where('active', '=', 1).execute();
    const inCompany = await kysely
      .selectFrom('users')
      .select('id')
      .where('active', '=', 1)
      .where('departmentId', 'is not', null)
      .execute();
    // The org's departments hold more than half of the people; the service and product users none.
    expect(2 * inCompany.length).toBeGreaterThanOrEqual(people.length);
    const company = {
      ...scope,
      actorId: org.users.admin.id,
      departmentTree: org.departments.company.id,
    };
    expect(await parentAccessFormFor(kysely, engine, company)).toBe('per-row');
    const rep = { ...scope, actorId: org.users.rep1.id, departmentTree: null };
    const narrow = engine === 'postgres' ? 'union' : 'lists';
    expect(await parentAccessFormFor(kysely, engine, rep)).toBe(narrow);
    expect(await parentAccessFormFor(kysely, engine, { kind: 'all' })).toBe('lists');
  });
});
