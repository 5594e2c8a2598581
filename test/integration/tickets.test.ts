import { beforeAll, expect, it } from 'vitest';
import { call, changesOf, createCustomer, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { addRoleUsers } from '../support/role-users-fixture.js';

type Ticket = {
  id: string;
  version: number;
  status: string;
  assigneeId: string | null;
  firstResponseAt: string | null;
  rating: number | null;
};

describeEngines('service tickets', (use) => {
  let org: Org;
  let agents: Awaited<ReturnType<typeof addRoleUsers>>;
  const as: Record<'rep1' | 'rep2' | 'agent1' | 'agent2' | 'lead', string> = {
    rep1: '',
    rep2: '',
    agent1: '',
    agent2: '',
    lead: '',
  };
  let customerId: string;

  const open = (who: string, payload: object = {}): Promise<Ticket> =>
    call(use(), who, 'POST', '/api/v1/tickets', 201, {
      title: 'Printer driver fails',
      customerId,
      ...payload,
    });
  const get = (id: string, who = as.agent1): Promise<Ticket> =>
    call(use(), who, 'GET', `/api/v1/tickets/${id}`, 200);
  const resolve = async (id: string, who = as.agent1) =>
    call(use(), who, 'POST', `/api/v1/tickets/${id}/resolve`, 200, {
      version: (await get(id, who)).version,
    });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    agents = await addRoleUsers(use().db, org);
    for (const key of Object.keys(as) as (keyof typeof as)[])
      as[key] = await use().login(`${key}@example.com`, PASSWORD);
    customerId = (await createCustomer(use(), as.rep1, { name: 'Ticket Customer' })).id;
  });

  it('walks a ticket through its lifecycle with history of every change', async () => {
    const ticket = await open(as.rep1, { assigneeId: agents.agent1.id, priority: 'high' });
    expect(ticket).toMatchObject({
      status: 'open',
      assigneeId: agents.agent1.id,
      createdBy: org.users.rep1.id,
      priority: 'high',
    });
    const pending = await call(
      use(),
      as.agent1,
      'POST',
      `/api/v1/tickets/${ticket.id}/status`,
      200,
      { version: ticket.version, status: 'pending' },
    );
    const resolved = await call(
      use(),
      as.agent1,
      'POST',
      `/api/v1/tickets/${ticket.id}/resolve`,
      200,
      { version: pending.version },
    );
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: agents.agent1.id });
    expect(resolved.resolvedAt).toEqual(expect.any(String));
    const reopened = await call(
      use(),
      as.agent1,
      'POST',
      `/api/v1/tickets/${ticket.id}/status`,
      200,
      { version: resolved.version, status: 'open' },
    );
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });
    const illegal = await call(
      use(),
      as.agent1,
      'POST',
      `/api/v1/tickets/${ticket.id}/status`,
      422,
      { version: reopened.version, status: 'closed' },
    );
    expect(illegal.error).toMatchObject({
      code: 'ticket_transition_not_allowed',
      params: { from: 'open', to: 'closed' },
    });
    const again = await call(
      use(),
      as.agent1,
      'POST',
      `/api/v1/tickets/${ticket.id}/resolve`,
      200,
      { version: reopened.version },
    );
    const closed = await call(
      use(),
      as.agent1,
      'POST',
      `/api/v1/tickets/${ticket.id}/status`,
      200,
      { version: again.version, status: 'closed' },
    );
    expect(closed.status).toBe('closed');
    await call(use(), as.agent1, 'POST', `/api/v1/tickets/${ticket.id}/replies`, 422, {
      body: 'anyone there?',
    });
    const history = await historyOf(use(), as.agent1, `/api/v1/tickets/${ticket.id}`);
    expect(changesOf(history, 'status')).toEqual([
      [null, 'open'],
      ['open', 'pending'],
      ['pending', 'resolved'],
      ['resolved', 'open'],
      ['open', 'resolved'],
      ['resolved', 'closed'],
    ]);
    await call(
      use(),
      as.agent1,
      'DELETE',
      `/api/v1/tickets/${ticket.id}?version=${closed.version}`,
      204,
    );
    await call(use(), as.agent1, 'GET', `/api/v1/tickets/${ticket.id}`, 404);
  });

  it('sets the first response time once, from the first agent reply', async () => {
    const ticket = await open(as.rep1, { assigneeId: agents.agent1.id });
    await call(use(), as.rep1, 'POST', `/api/v1/tickets/${ticket.id}/replies`, 201, {
      body: 'More detail from sales',
    });
    expect((await get(ticket.id)).firstResponseAt).toBeNull();
    const first = await call(
      use(),
      as.agent1,
      'POST',
      `/api/v1/tickets/${ticket.id}/replies`,
      201,
      { body: 'Looking into it' },
    );
    expect((await get(ticket.id)).firstResponseAt).toBe(first.createdAt);
    await new Promise((done) => setTimeout(done, 5));
    await call(use(), as.agent1, 'POST', `/api/v1/tickets/${ticket.id}/replies`, 201, {
      body: 'Fixed the driver',
    });
    expect((await get(ticket.id)).firstResponseAt).toBe(first.createdAt);
    const replies = await call(use(), as.rep1, 'GET', `/api/v1/tickets/${ticket.id}/replies`, 200);
    expect((replies.items as { body: string }[]).map((r) => r.body)).toEqual([
      'More detail from sales',
      'Looking into it',
      'Fixed the driver',
    ]);
    expect(
      changesOf(
        await historyOf(use(), as.agent1, `/api/v1/tickets/${ticket.id}`),
        'firstResponseAt',
      ),
    ).toEqual([[null, first.createdAt]]);
  });

  it('takes a rating only on a resolved or closed ticket, and only once', async () => {
    const ticket = await open(as.agent1, { customerId: null });
    expect(ticket.assigneeId).toBe(agents.agent1.id);
    const early = await call(use(), as.agent1, 'POST', `/api/v1/tickets/${ticket.id}/rating`, 422, {
      rating: 5,
    });
    expect(early.error.code).toBe('ticket_not_rateable');
    await resolve(ticket.id);
    const rated = await call(use(), as.agent1, 'POST', `/api/v1/tickets/${ticket.id}/rating`, 200, {
      rating: 4,
      comment: 'quick',
    });
    expect(rated).toMatchObject({ rating: 4, ratingComment: 'quick' });
    const twice = await call(use(), as.agent1, 'POST', `/api/v1/tickets/${ticket.id}/rating`, 409, {
      rating: 1,
    });
    expect(twice.error.code).toBe('ticket_already_rated');
    expect((await get(ticket.id)).rating).toBe(4);
    await call(use(), as.agent1, 'POST', `/api/v1/tickets/${ticket.id}/rating`, 400, { rating: 6 });
    expect(
      changesOf(await historyOf(use(), as.agent1, `/api/v1/tickets/${ticket.id}`), 'rating'),
    ).toEqual([[null, '4']]);
  });

  it('shows a ticket to its assignee scope, its creator and the unassigned queue only', async () => {
    const assigned = await open(as.rep1, { assigneeId: agents.agent1.id });
    const queued = await open(as.rep1);
    expect(queued.assigneeId).toBeNull();
    await get(assigned.id, as.rep1);
    await call(use(), as.agent2, 'GET', `/api/v1/tickets/${assigned.id}`, 404);
    await get(queued.id, as.agent2);
    await call(use(), as.rep2, 'GET', `/api/v1/tickets/${queued.id}`, 404);
    const rep2List = await call(use(), as.rep2, 'GET', '/api/v1/tickets?pageSize=200', 200);
    expect(rep2List.total).toBe(0);
    const queue = await call(
      use(),
      as.agent2,
      'GET',
      '/api/v1/tickets?unassigned=true&pageSize=200',
      200,
    );
    expect((queue.items as { id: string }[]).map((t) => t.id)).toContain(queued.id);
    const badAssignee = await call(use(), as.rep1, 'POST', '/api/v1/tickets', 400, {
      title: 'x',
      assigneeId: org.users.rep2.id,
    });
    expect(badAssignee.error.details[0].path).toBe('assigneeId');
    const hidden = (await createCustomer(use(), as.rep2, { name: 'Hidden' })).id;
    await call(use(), as.rep1, 'POST', '/api/v1/tickets', 404, { title: 'x', customerId: hidden });
  });

  it('refuses a stale ticket update with 409', async () => {
    const ticket = await open(as.agent1, { customerId: null });
    await call(use(), as.agent1, 'PATCH', `/api/v1/tickets/${ticket.id}`, 200, {
      version: ticket.version,
      priority: 'urgent',
    });
    await call(use(), as.agent1, 'PATCH', `/api/v1/tickets/${ticket.id}`, 409, {
      version: ticket.version,
      priority: 'low',
    });
  });
});
