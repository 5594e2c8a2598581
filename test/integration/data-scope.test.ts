import { beforeAll, expect, it } from 'vitest';
import type { DataScope } from '../../src/db/tables/organisation.table.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

/**
 * The fixture: Company ─ Sales ─ Sales East.
 * director (manager, Sales) ← lead (manager, Sales East) ← rep1, rep2 (Sales East); rep3 (Sales) ← director.
 * Each sales person owns one customer; the lead and director own none.
 */
describeEngines('data scopes', (use) => {
  let org: Org;
  let admin: string;
  const customerOf: Record<string, string> = {};

  const visibleNames = async (cookie: string) => {
    const response = await use().request({
      method: 'GET',
      url: '/api/v1/customers?pageSize=50&sort=name',
      as: cookie,
    });
    expect(response.statusCode).toBe(200);
    return (response.json().items as { name: string }[]).map((c) => c.name);
  };

  const setScope = async (role: string, dataScope: DataScope) => {
    const response = await use().request({
      method: 'PUT',
      url: `/api/v1/roles/${role}`,
      as: admin,
      payload: { dataScope },
    });
    expect(response.statusCode).toBe(200);
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    for (const rep of ['rep1', 'rep2', 'rep3'] as const) {
      const cookie = await use().login(`${rep}@example.com`, PASSWORD);
      const created = await use().request({
        method: 'POST',
        url: '/api/v1/customers',
        as: cookie,
        payload: { name: `${rep} customer` },
      });
      expect(created.statusCode).toBe(201);
      customerOf[rep] = created.json().id;
    }
  });

  it("self: a rep sees only their own customers and gets 404 for a colleague's", async () => {
    const rep1 = await use().login('rep1@example.com', PASSWORD);
    expect(await visibleNames(rep1)).toEqual(['rep1 customer']);
    const colleague = await use().request({
      method: 'GET',
      url: `/api/v1/customers/${customerOf.rep2}`,
      as: rep1,
    });
    expect(colleague.statusCode).toBe(404);
    expect(colleague.json().error.code).toBe('not_found');
    const update = await use().request({
      method: 'PATCH',
      url: `/api/v1/customers/${customerOf.rep2}`,
      as: rep1,
      payload: { version: 1, name: 'mine now' },
    });
    expect(update.statusCode).toBe(404);
  });

  it("pages a manager's list in order, each page with the scope's total, and past the end none", async () => {
    const director = await use().login('director@example.com', PASSWORD);
    const pageOf = async (page: number, order: 'asc' | 'desc', filter = '') => {
      const response = await use().request({
        method: 'GET',
        url: `/api/v1/customers?pageSize=2&page=${page}&sort=name&order=${order}${filter}`,
        as: director,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: { name: string }[]; total: number };
      return { names: body.items.map((c) => c.name), total: body.total };
    };
    expect(await pageOf(1, 'asc')).toEqual({
      names: ['rep1 customer', 'rep2 customer'],
      total: 3,
    });
    expect(await pageOf(2, 'asc')).toEqual({ names: ['rep3 customer'], total: 3 });
    expect(await pageOf(3, 'asc')).toEqual({ names: [], total: 3 });
    expect(await pageOf(1, 'asc', '&status=lost')).toEqual({ names: [], total: 0 });
    expect(await pageOf(2, 'asc', '&status=lost')).toEqual({ names: [], total: 0 });
    expect(await pageOf(1, 'desc')).toEqual({
      names: ['rep3 customer', 'rep2 customer'],
      total: 3,
    });
  });

  it("pages a manager's activity list by date both ways; both hold what others wrote on their people's records", async () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const director = await use().login('director@example.com', PASSWORD);
    const rep1 = await use().login('rep1@example.com', PASSWORD);
    // The administrator, in nobody's scope, writes on rep1's customer: rep1 and the director see it
    // as written on a record of their scope, not by its author. The director's scope holds most
    // of the company (listed by date order on SQLite), rep1's one person (listed by index).
    const authors = [
      ['rep1', rep1],
      ['rep2', await use().login('rep2@example.com', PASSWORD)],
      ['rep3', await use().login('rep3@example.com', PASSWORD)],
      ['admin', admin],
    ] as const;
    for (const [i, [name, cookie]] of authors.entries()) {
      const response = await use().request({
        method: 'POST',
        url: '/api/v1/activities',
        as: cookie,
        payload: {
          type: 'call',
          recordType: 'customer',
          recordId: customerOf[name === 'admin' ? 'rep1' : name],
          content: `${name} called about the renewal, answer due next week`,
          occurredAt: hoursAgo(10 - i),
        },
      });
      expect(response.statusCode).toBe(201);
    }
    const pageOf = async (cookie: string, page: number, order: 'asc' | 'desc') => {
      const response = await use().request({
        method: 'GET',
        url: `/api/v1/activities?pageSize=3&page=${page}&sort=occurredAt&order=${order}`,
        as: cookie,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: { content: string }[]; total: number };
      return { authors: body.items.map((a) => a.content.split(' ')[0]), total: body.total };
    };
    expect(await pageOf(director, 1, 'asc')).toEqual({
      authors: ['rep1', 'rep2', 'rep3'],
      total: 4,
    });
    expect(await pageOf(director, 2, 'asc')).toEqual({ authors: ['admin'], total: 4 });
    expect(await pageOf(director, 3, 'asc')).toEqual({ authors: [], total: 4 });
    expect(await pageOf(director, 1, 'desc')).toEqual({
      authors: ['admin', 'rep3', 'rep2'],
      total: 4,
    });
    expect(await pageOf(rep1, 1, 'desc')).toEqual({ authors: ['admin', 'rep1'], total: 2 });
  });

  it("self and reports: a manager sees their reports' records transitively", async () => {
    const director = await use().login('director@example.com', PASSWORD);
    expect(await visibleNames(director)).toEqual([
      'rep1 customer',
      'rep2 customer',
      'rep3 customer',
    ]);
    const lead = await use().login('lead@example.com', PASSWORD);
    expect(await visibleNames(lead)).toEqual(['rep1 customer', 'rep2 customer']);
    const detail = await use().request({
      method: 'GET',
      url: `/api/v1/customers/${customerOf.rep1}`,
      as: director,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().access).toBe('write');
  });

  it('own department excludes sub-departments; department and below includes them', async () => {
    const director = await use().login('director@example.com', PASSWORD);
    await setScope('manager', 'department');
    expect(await visibleNames(director)).toEqual(['rep3 customer']);
    await setScope('manager', 'department_tree');
    expect(await visibleNames(director)).toEqual([
      'rep1 customer',
      'rep2 customer',
      'rep3 customer',
    ]);
    const lead = await use().login('lead@example.com', PASSWORD);
    expect(await visibleNames(lead)).toEqual(['rep1 customer', 'rep2 customer']);
    await setScope('manager', 'self_and_reports');
  });

  it('all: an admin sees every customer', async () => {
    expect(await visibleNames(admin)).toEqual(['rep1 customer', 'rep2 customer', 'rep3 customer']);
  });

  it('several roles give the widest of their scopes', async () => {
    const rep3 = (
      await use().request({ method: 'GET', url: `/api/v1/users/${org.users.rep3.id}`, as: admin })
    ).json();
    const patch = await use().request({
      method: 'PATCH',
      url: `/api/v1/users/${rep3.id}`,
      as: admin,
      payload: { version: rep3.version, roles: ['sales', 'executive'] },
    });
    expect(patch.statusCode).toBe(200);
    const cookie = await use().login('rep3@example.com', PASSWORD);
    expect(await visibleNames(cookie)).toEqual(['rep1 customer', 'rep2 customer', 'rep3 customer']);
  });
});
