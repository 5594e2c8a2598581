import { beforeAll, expect, it } from 'vitest';
import { call, changesOf, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { addRoleUsers } from '../support/role-users-fixture.js';

type Feedback = { id: string; version: number; status: string };

describeEngines('product feedback', (use) => {
  let org: Org;
  let roles: Awaited<ReturnType<typeof addRoleUsers>>;
  const as: Record<'agent1' | 'agent2' | 'pm' | 'admin' | 'rep1', string> = {
    agent1: '',
    agent2: '',
    pm: '',
    admin: '',
    rep1: '',
  };

  const report = (who = as.agent1, payload: object = {}): Promise<Feedback> =>
    call(use(), who, 'POST', '/api/v1/feedback', 201, {
      title: 'Bulk export',
      content: 'Customers ask to export all invoices at once',
      ...payload,
    });
  const decide = (id: string, version: number, status: string, expected = 200, who = as.pm) =>
    call(use(), who, 'POST', `/api/v1/feedback/${id}/decision`, expected, {
      version,
      status,
      note: 'roadmap Q3',
    });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    roles = await addRoleUsers(use().db, org);
    for (const key of Object.keys(as) as (keyof typeof as)[])
      as[key] = await use().login(`${key}@example.com`, PASSWORD);
  });

  it('goes new → reviewing → adopted, recording the decider, and logs each step', async () => {
    const ticket = await call(use(), as.agent1, 'POST', '/api/v1/tickets', 201, {
      title: 'Export request',
    });
    const item = await report(as.agent1, { ticketId: ticket.id });
    expect(item).toMatchObject({
      status: 'new',
      reporterId: roles.agent1.id,
      ticketId: ticket.id,
      decidedBy: null,
    });
    const reviewing = await call(use(), as.pm, 'POST', `/api/v1/feedback/${item.id}/review`, 200, {
      version: item.version,
    });
    expect(reviewing).toMatchObject({ status: 'reviewing', access: 'read' });
    const adopted = await decide(item.id, reviewing.version, 'adopted');
    expect(adopted).toMatchObject({
      status: 'adopted',
      decidedBy: roles.pm.id,
      decisionNote: 'roadmap Q3',
    });
    expect(adopted.decidedAt).toEqual(expect.any(String));
    const history = await historyOf(use(), as.agent1, `/api/v1/feedback/${item.id}`);
    expect(changesOf(history, 'status')).toEqual([
      [null, 'new'],
      ['new', 'reviewing'],
      ['reviewing', 'adopted'],
    ]);
    expect(changesOf(history, 'decidedBy')).toEqual([[null, roles.pm.id]]);
  });

  it('lets product decide straight from new, and treats a decision as final (422)', async () => {
    const item = await report();
    const rejected = await decide(item.id, item.version, 'rejected');
    expect(rejected.status).toBe('rejected');
    const again = await decide(item.id, rejected.version, 'adopted', 422);
    expect(again.error).toMatchObject({
      code: 'feedback_decided',
      params: { status: 'rejected' },
    });
    await call(use(), as.pm, 'POST', `/api/v1/feedback/${item.id}/review`, 422, {
      version: rejected.version,
    });
    await call(use(), as.agent1, 'PATCH', `/api/v1/feedback/${item.id}`, 422, {
      version: rejected.version,
      title: 'Changed my mind',
    });
    const reviewing = await report();
    const moved = await call(use(), as.pm, 'POST', `/api/v1/feedback/${reviewing.id}/review`, 200, {
      version: reviewing.version,
    });
    await call(use(), as.pm, 'POST', `/api/v1/feedback/${reviewing.id}/review`, 422, {
      version: moved.version,
    });
  });

  it('refuses deciders without the product role (403), even an admin or the reporter', async () => {
    const item = await report();
    for (const who of [as.agent1, as.admin, as.rep1]) {
      const refused = await decide(item.id, item.version, 'adopted', 403, who);
      expect(refused.error.code).toBe('forbidden');
    }
    expect((await call(use(), as.agent1, 'GET', `/api/v1/feedback/${item.id}`, 200)).status).toBe(
      'new',
    );
  });

  it('shows feedback to the reporter scope, product and admin; a stale edit gets 409', async () => {
    const item = await report(as.agent1);
    await call(use(), as.agent2, 'GET', `/api/v1/feedback/${item.id}`, 404);
    await call(use(), as.pm, 'GET', `/api/v1/feedback/${item.id}`, 200);
    expect((await call(use(), as.admin, 'GET', `/api/v1/feedback/${item.id}`, 200)).access).toBe(
      'write',
    );
    const pmList = await call(
      use(),
      as.pm,
      'GET',
      `/api/v1/feedback?reporterId=${roles.agent1.id}&pageSize=200`,
      200,
    );
    expect((pmList.items as { id: string }[]).map((f) => f.id)).toContain(item.id);
    expect((await call(use(), as.agent2, 'GET', '/api/v1/feedback?pageSize=200', 200)).total).toBe(
      0,
    );
    await call(use(), as.pm, 'PATCH', `/api/v1/feedback/${item.id}`, 403, {
      version: item.version,
      title: 'Reworded',
    });
    await call(use(), as.agent1, 'PATCH', `/api/v1/feedback/${item.id}`, 200, {
      version: item.version,
      title: 'Reworded',
    });
    await call(use(), as.agent1, 'PATCH', `/api/v1/feedback/${item.id}`, 409, {
      version: item.version,
      title: 'Again',
    });
    const hiddenTicket = await call(use(), as.agent2, 'POST', '/api/v1/tickets', 201, {
      title: 'Mine',
    });
    await call(use(), as.agent1, 'POST', '/api/v1/feedback', 404, {
      title: 't',
      content: 'c',
      ticketId: hiddenTicket.id,
    });
  });
});
