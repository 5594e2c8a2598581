import { beforeAll, expect, it } from 'vitest';
import { parentAccessIn, type ParentAccessForm } from '../../src/db/parent-access.js';
import type { OwnerScope } from '../../src/db/scope-filter.js';
import { listContacts } from '../../src/modules/contacts/contacts.repository.js';
import { listCustomers } from '../../src/modules/customers/customers.repository.js';
import { listPlans } from '../../src/modules/plans/plans.repository.js';
import { listOpportunities } from '../../src/modules/opportunities/opportunities.repository.js';
import { listLeads } from '../../src/modules/leads/leads.repository.js';
import { insertStage } from '../support/metric-fixtures.js';
import { describeDatabases } from '../support/describe-engines.js';
import { buildOrg, type Org } from '../support/org-fixture.js';

/**
 * The customer, contact, follow-up plan, opportunity and lead lists of a scope that holds most
 * people: counted apart and paged by walking the list's order, where a narrow scope gathers its
 * rows and counts them with the page (page-of-query.ts, scope-filter.ts). Every form gives the same
 * pages and totals.
 * The org fixture: director ← lead ← rep1, rep2; director ← rep3; the admin is outside the
 * director's scope.
 */
describeDatabases('list pages in a wide scope', (use, engine) => {
  let org: Org;
  const NOW = '2026-04-01T00:00:00.000Z';
  type Row = { id: string; ownerId: string; status: 'potential' | 'deal'; at: string };
  /**
   * Live customers, each with one contact, one plan, one opportunity (won for a customer with a
   * deal) and one lead (converted for a deal), named and timed as the customer.
   */
  const rows: Row[] = [];

  beforeAll(async () => {
    org = await buildOrg(use().db);
    const { rep1, rep2, rep3, admin } = org.users;
    const k = use().db.kysely;
    const stageId = await insertStage(use().db, 'open');
    const owners = [rep1, admin, rep2, rep1, rep3, admin, rep1, rep2, rep3, rep1, admin, rep2];
    for (const [i, owner] of owners.entries()) {
      const id = `c-${String(i).padStart(2, '0')}`;
      // Two pairs share an instant: their order falls to the id.
      const at = `2026-03-${String(10 + Math.floor(i / 2) * 2 + (i === 3 || i === 7 ? -1 : 0)).padStart(2, '0')}T08:00:00.000Z`;
      const status = i % 3 === 0 ? 'deal' : 'potential';
      // The fifth of each is deleted: never listed, never counted.
      const deletedAt = i === 4 ? NOW : null;
      const audited = { createdBy: owner.id, createdAt: at, updatedAt: at, deletedAt };
      await k
        .insertInto('customers')
        .values({
          ...audited,
          id,
          name: id,
          nameKey: id,
          phone: null,
          phoneKey: null,
          email: null,
          industry: null,
          source: null,
          level: null,
          status,
          requirement: null,
          region: null,
          address: null,
          ownerId: owner.id,
          ownerSince: null,
          previousOwnerId: null,
          poolEnteredAt: null,
          lastFollowUpAt: null,
          lastDealOn: null,
        })
        .execute();
      await k
        .insertInto('contacts')
        .values({
          ...audited,
          id: `contact-${id}`,
          customerId: id,
          // Descending names against the customers' order, with one tie.
          name: `Contact ${String(i === 9 ? 3 : 11 - i).padStart(2, '0')}`,
          title: null,
          phone: null,
          email: null,
          isPrimary: 1,
          note: null,
        })
        .execute();
      await k
        .insertInto('followUpPlans')
        .values({
          ...audited,
          id: `plan-${id}`,
          recordType: 'customer',
          recordId: id,
          customerId: id,
          ownerId: owner.id,
          dueAt: at,
          note: null,
          completedAt: null,
          completedByActivityId: null,
        })
        .execute();
      await k
        .insertInto('opportunities')
        .values({
          ...audited,
          id: `opp-${id}`,
          customerId: id,
          name: id,
          amountCents: 100_000,
          currency: 'CNY',
          stageId,
          status: status === 'deal' ? 'won' : 'open',
          expectedCloseOn: null,
          closedAt: status === 'deal' ? at : null,
          closeReason: null,
          ownerId: owner.id,
          lastTouchedAt: null,
        })
        .execute();
      await k
        .insertInto('leads')
        .values({
          ...audited,
          id: `lead-${id}`,
          company: id,
          nameKey: id,
          contactName: null,
          phone: null,
          phoneKey: null,
          email: null,
          industry: null,
          region: null,
          requirement: null,
          campaignId: null,
          sourceUserId: null,
          ownerId: owner.id,
          status: status === 'deal' ? 'converted' : 'new',
          disqualifyReason: null,
          qualityRating: null,
          closedAt: status === 'deal' ? at : null,
          closedBy: status === 'deal' ? owner.id : null,
          customerId: null,
          contactId: null,
          opportunityId: null,
        })
        .execute();
      if (!deletedAt) rows.push({ id, ownerId: owner.id, status, at });
    }
  });

  const directorScope = (): OwnerScope => ({
    kind: 'owners',
    actorId: org.users.director.id,
    includeReports: true,
    department: null,
    departmentTree: null,
  });
  const viewer = async (form: ParentAccessForm) => {
    const person = {
      scope: directorScope(),
      userId: org.users.director.id,
      now: NOW,
      seesUnassignedTickets: false,
    };
    return { ...person, ...(await parentAccessIn(use().db.kysely, person, form)) };
  };
  const adminId = () => org.users.admin.id;
  /** The rows the director sees, in `at` order, ties by id. */
  const visible = (order: 'asc' | 'desc', keep: (row: Row) => boolean = () => true) => {
    const sorted = rows
      .filter((row) => row.ownerId !== adminId() && keep(row))
      .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    if (order === 'asc') return sorted;
    // Descending by the instant, ties still by ascending id.
    return sorted.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
  };
  /**
   * Every page of `size` rows, and the totals, of a list asked page by page, and the whole list as
   * one page of 20 (on PostgreSQL, where few rows match, gathered and sorted: page-of-query.ts).
   */
  async function allPages<T>(
    size: number,
    count: number,
    ask: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>,
    key: (item: T) => string,
  ) {
    const pages: string[][] = [];
    const totals: number[] = [];
    for (let offset = 0; offset <= count; offset += size) {
      const { items, total } = await ask({ limit: size, offset });
      pages.push(items.map(key));
      totals.push(total);
    }
    const whole = await ask({ limit: 20, offset: 0 });
    totals.push(whole.total);
    return { pages, totals, whole: whole.items.map(key) };
  }
  /** The pages of `size` rows `allPages` should find, then the whole list. */
  const chunks = (ids: string[], size: number) => ({
    pages: Array.from({ length: Math.floor(ids.length / size) + 1 }, (_, i) =>
      ids.slice(i * size, i * size + size),
    ),
    whole: ids,
  });
  /** That a list asked by `allPages` in pages of `size` found `expected`, with its total each time. */
  const expectListed = (
    listed: { pages: string[][]; whole: string[]; totals: number[] },
    expected: string[],
    size: number,
    what: string,
  ) => {
    expect({ pages: listed.pages, whole: listed.whole }, what).toEqual(chunks(expected, size));
    expect(new Set(listed.totals), what).toEqual(new Set([expected.length]));
  };

  it('pages customers the same when counted apart and walked as when counted with the page', async () => {
    const narrow = engine === 'postgres' ? 'union' : 'lists';
    const union = engine === 'postgres' ? await viewer('union') : undefined;
    const forms = [
      ['per-row', await viewer('per-row')],
      [narrow, await viewer(narrow)],
      // Ids of no customer make the union form reach a thousand more, none of them listed: on
      // PostgreSQL the page's ids then come first (`reachesManyCustomers`).
      ...(union?.parentAccess === 'union'
        ? [
            [
              'union reaching many',
              {
                ...union,
                reachedCustomerIds: [
                  ...union.reachedCustomerIds,
                  ...Array.from({ length: 1_000 }, (_, n) => `no-such-customer-${n}`),
                ],
              },
            ] as const,
          ]
        : []),
    ] as const;
    for (const order of ['asc', 'desc'] as const) {
      for (const status of [undefined, 'deal'] as const) {
        const expected = visible(order, (row) => !status || row.status === status).map(
          (row) => row.id,
        );
        for (const [form, formViewer] of forms) {
          const listed = await allPages(
            3,
            expected.length,
            (page) =>
              listCustomers(
                use().db.kysely,
                engine,
                formViewer,
                { wholeOnly: new Set(), status },
                { by: 'updatedAt', order },
                page,
              ),
            (customer) => customer.id,
          );
          expectListed(listed, expected, 3, `${form} ${order} ${status ?? ''}`);
        }
      }
    }
  });

  it('pages contacts by name the same in every form, searched or not', async () => {
    const narrow = engine === 'postgres' ? 'union' : 'lists';
    const contacts = await use()
      .db.kysely.selectFrom('contacts')
      .select(['id', 'name', 'customerId'])
      .execute();
    const seen = new Set(visible('asc').map((row) => row.id));
    for (const q of [undefined, 'Contact 0'] as const) {
      const expected = contacts
        .filter((c) => seen.has(c.customerId) && (!q || c.name.startsWith(q)))
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
        .map((c) => c.id);
      for (const form of ['per-row', narrow] as const) {
        const formViewer = await viewer(form);
        const listed = await allPages(
          4,
          expected.length,
          (page) =>
            listContacts(
              use().db.kysely,
              engine,
              formViewer,
              false,
              { q, wholeOnly: new Set() },
              { by: 'name', order: 'asc' },
              page,
            ),
          (contact) => contact.id,
        );
        expectListed(listed, expected, 4, `${form} ${q ?? ''}`);
      }
    }
  });

  it('pages plans by due time the same whether the scope is taken as wide (walked in that order, capped on both engines) or narrow', async () => {
    const planViewer = { ...(await viewer('per-row')), readsCustomers: true, usesPool: false };
    for (const order of ['asc', 'desc'] as const) {
      const expected = visible(order).map((row) => `plan-${row.id}`);
      for (const wide of [true, false]) {
        const listed = await allPages(
          2,
          expected.length,
          (page) =>
            listPlans(use().db.kysely, engine, planViewer, {}, { by: 'dueAt', order }, page, wide),
          (plan) => plan.id,
        );
        expectListed(listed, expected, 2, `${wide ? 'wide' : 'narrow'} ${order}`);
      }
    }
  });

  it('pages opportunities and leads by last change the same whether the scope is taken as wide or narrow', async () => {
    const nameViewer = { ...(await viewer('per-row')), readsCustomers: true, usesPool: false };
    for (const order of ['asc', 'desc'] as const) {
      for (const dealsOnly of [false, true]) {
        const expected = visible(order, (row) => !dealsOnly || row.status === 'deal');
        for (const wide of [true, false]) {
          const what = `${wide ? 'wide' : 'narrow'} ${order}${dealsOnly ? ' deals' : ''}`;
          const deals = await allPages(
            3,
            expected.length,
            (page) =>
              listOpportunities(
                use().db.kysely,
                engine,
                nameViewer,
                dealsOnly ? { status: 'won' } : {},
                { by: 'updatedAt', order },
                page,
                wide,
              ),
            (deal) => deal.id,
          );
          expectListed(
            deals,
            expected.map((row) => `opp-${row.id}`),
            3,
            `opportunities ${what}`,
          );
          const leads = await allPages(
            3,
            expected.length,
            (page) =>
              listLeads(
                use().db.kysely,
                engine,
                nameViewer,
                { wholeOnly: new Set(), ...(dealsOnly ? { status: 'converted' } : {}) },
                { by: 'updatedAt', order },
                page,
                wide,
              ),
            (lead) => lead.id,
          );
          expectListed(
            leads,
            expected.map((row) => `lead-${row.id}`),
            3,
            `leads ${what}`,
          );
        }
      }
    }
  });
});
