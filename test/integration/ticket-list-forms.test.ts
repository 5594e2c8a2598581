import { beforeAll, expect, it } from 'vitest';
import {
  ticketListFormFor,
  type TicketListForm,
  type TicketViewer,
} from '../../src/db/record-visibility.js';
import type { OwnerScope } from '../../src/db/scope-filter.js';
import { insertTicket, listTickets } from '../../src/modules/tickets/tickets.repository.js';
import { describeDatabases } from '../support/describe-engines.js';
import { buildOrg, type Org } from '../support/org-fixture.js';
import { addRoleUsers } from '../support/role-users-fixture.js';

type Ticket = {
  id: string;
  assigneeId: string | null;
  createdBy: string;
  status: 'open' | 'closed';
};

/**
 * A ticket list asks for the visible tickets in one of two forms (`TicketListForm`, chosen per
 * scope): both must give every viewer the same page and total, and those the rule names — assigned
 * within the scope, logged by the viewer, or unassigned for those who work the queue.
 * The org fixture: director ← lead ← rep1, rep2 (Sales East); director ← rep3 (Sales);
 * agent1, agent2 (service, Company).
 */
describeDatabases('ticket list forms', (use, engine) => {
  let org: Org;
  let agents: Awaited<ReturnType<typeof addRoleUsers>>;
  const tickets: Ticket[] = [];

  const add = async (
    n: number,
    assigneeId: string | null,
    createdBy: string,
    status: Ticket['status'] = 'open',
    deletedAt: string | null = null,
  ) => {
    const id = `ticket-${String(n).padStart(2, '0')}`;
    const at = `2026-03-${String(n).padStart(2, '0')}T08:00:00.000Z`;
    await insertTicket(use().db.kysely, {
      id,
      customerId: null,
      contactId: null,
      title: `Ticket ${n}`,
      description: null,
      priority: 'normal',
      status,
      assigneeId,
      firstResponseAt: null,
      resolvedAt: null,
      resolvedBy: null,
      rating: null,
      ratingComment: null,
      createdBy,
      createdAt: at,
      updatedAt: at,
      deletedAt,
      version: 1,
    });
    if (deletedAt === null) tickets.push({ id, assigneeId, createdBy, status });
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    agents = await addRoleUsers(use().db, org);
    const { lead, rep1, rep2, rep3, director } = org.users;
    await add(1, rep1.id, agents.agent1.id);
    await add(2, rep2.id, rep2.id, 'closed');
    await add(3, rep3.id, agents.agent1.id);
    await add(4, agents.agent1.id, agents.agent1.id);
    await add(5, agents.agent2.id, lead.id, 'closed');
    await add(6, null, rep1.id);
    await add(7, null, agents.agent2.id, 'closed');
    await add(8, lead.id, director.id);
    await add(9, rep1.id, lead.id);
    await add(10, rep1.id, rep1.id, 'open', '2026-03-20T00:00:00.000Z');
    await add(11, director.id, agents.agent2.id, 'closed');
  });

  const owners = (
    actorId: string,
    scope: Partial<Extract<OwnerScope, { kind: 'owners' }>>,
  ): OwnerScope => ({
    kind: 'owners',
    actorId,
    includeReports: false,
    department: null,
    departmentTree: null,
    ...scope,
  });

  /** The viewers to compare: every kind of scope, with and without the queue. */
  const viewers = (): [string, TicketViewer, string[]][] => {
    const { lead, director, rep1, rep3 } = org.users;
    const east = [lead.id, rep1.id, org.users.rep2.id];
    const sales = [director.id, rep3.id];
    return [
      [
        'a lead with reports',
        { scope: owners(lead.id, { includeReports: true }), userId: lead.id, seesUnassigned: true },
        east,
      ],
      [
        'a director with reports, without the queue',
        {
          scope: owners(director.id, { includeReports: true }),
          userId: director.id,
          seesUnassigned: false,
        },
        [...east, ...sales],
      ],
      [
        'own department',
        {
          scope: owners(rep1.id, { department: org.departments.east.id }),
          userId: rep1.id,
          seesUnassigned: false,
        },
        east,
      ],
      [
        'department tree',
        {
          scope: owners(rep3.id, { departmentTree: org.departments.sales.id }),
          userId: rep3.id,
          seesUnassigned: true,
        },
        [...east, ...sales],
      ],
      [
        'own records only',
        { scope: owners(rep1.id, {}), userId: rep1.id, seesUnassigned: false },
        [rep1.id],
      ],
    ];
  };

  const listIn = (
    viewer: TicketViewer,
    form: TicketListForm,
    filter: { status?: Ticket['status'] } = {},
    page = { limit: 50, offset: 0 },
  ) =>
    listTickets(
      use().db.kysely,
      engine,
      { ...viewer, listForm: form },
      filter,
      { by: 'createdAt', order: 'desc' },
      page,
      {
        scope: viewer.scope,
        userId: viewer.userId,
        now: '2026-04-01T00:00:00.000Z',
        seesUnassignedTickets: viewer.seesUnassigned,
        readsCustomers: true,
        usesPool: false,
      },
    ).then(({ items, total }) => ({ ids: items.map((t) => t.id), total }));

  it('gives every viewer the tickets the rule names, in both forms, filtered and paged alike', async () => {
    for (const [name, viewer, scopeOwners] of viewers()) {
      const expected = tickets
        .filter(
          (t) =>
            (t.assigneeId !== null && scopeOwners.includes(t.assigneeId)) ||
            t.createdBy === viewer.userId ||
            (t.assigneeId === null && viewer.seesUnassigned),
        )
        .map((t) => t.id)
        .sort()
        .reverse();
      const open = expected.filter((id) => tickets.find((t) => t.id === id)?.status === 'open');
      for (const form of ['any-of', 'parts'] as const) {
        const label = `${name}, ${form}`;
        expect(await listIn(viewer, form), label).toEqual({
          ids: expected,
          total: expected.length,
        });
        expect(await listIn(viewer, form, { status: 'open' }), label).toEqual({
          ids: open,
          total: open.length,
        });
        expect(await listIn(viewer, form, {}, { limit: 2, offset: 2 }), label).toEqual({
          ids: expected.slice(2, 4),
          total: expected.length,
        });
      }
    }
    // The fixture reaches every part of the rule, and the deleted ticket stays out.
    const lead = viewers()[0]?.[1];
    if (!lead) throw new Error('no lead viewer');
    expect((await listIn(lead, 'parts')).ids).toEqual([
      'ticket-09',
      'ticket-08',
      'ticket-07',
      'ticket-06',
      'ticket-05',
      'ticket-02',
      'ticket-01',
    ]);
  });

  it('takes the parts form for a scope of several owners holding few tickets', async () => {
    const [lead, director, ownDepartment, , own] = viewers().map(([, viewer]) => viewer);
    if (!lead || !director || !ownDepartment || !own) throw new Error('missing viewers');
    const kysely = use().db.kysely;
    // The lead's scope holds tickets 1, 2, 8 and 9 (the deleted one is not counted).
    expect(await ticketListFormFor(kysely, engine, lead, 5)).toBe('parts');
    expect(await ticketListFormFor(kysely, engine, lead, 4)).toBe('any-of');
    expect(await ticketListFormFor(kysely, engine, director, 7)).toBe('parts');
    expect(await ticketListFormFor(kysely, engine, director, 6)).toBe('any-of');
    expect(await ticketListFormFor(kysely, engine, ownDepartment)).toBe('parts');
    expect(await ticketListFormFor(kysely, engine, own)).toBe('any-of');
    expect(
      await ticketListFormFor(kysely, engine, {
        scope: { kind: 'all' },
        userId: 'x',
        seesUnassigned: true,
      }),
    ).toBe('any-of');
  });
});
