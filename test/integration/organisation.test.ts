import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

describeEngines('organisation admin', (use) => {
  let org: Org;
  let admin: string;
  let rep: string;
  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep = await use().login('rep1@example.com', PASSWORD);
  });

  it('creates, lists, filters and updates users, with history of every change', async () => {
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: {
        name: '新同事 New',
        email: 'New@Example.com',
        password: 'long enough pw',
        roles: ['sales', 'marketing'],
        departmentId: org.departments.east.id,
        managerId: org.users.lead.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email: 'new@example.com',
      roles: ['marketing', 'sales'],
      active: true,
      version: 1,
    });

    const list = await use().request({
      method: 'GET',
      url: `/api/v1/users?departmentId=${org.departments.east.id}&sort=name&order=desc&pageSize=2`,
      as: rep,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(4);
    expect(list.json().items.map((u: { name: string }) => u.name)).toEqual(['新同事 New', 'rep2']);

    const search = await use().request({
      method: 'GET',
      url: '/api/v1/users?q=NEW&role=marketing',
      as: admin,
    });
    expect(search.json().items.map((u: { id: string }) => u.id)).toEqual([user.id]);

    const updated = await use().request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      as: admin,
      payload: { version: 1, name: 'Renamed', roles: ['sales'] },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Renamed', roles: ['sales'], version: 2 });

    const history = await use().request({
      method: 'GET',
      url: `/api/v1/users/${user.id}/history`,
      as: admin,
    });
    const rows = history.json().items as {
      action: string;
      field: string;
      oldValue: string | null;
      newValue: string | null;
    }[];
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'update',
        field: 'name',
        oldValue: '新同事 New',
        newValue: 'Renamed',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'update',
        field: 'roles',
        oldValue: '["marketing","sales"]',
        newValue: '["sales"]',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'create',
        field: 'email',
        oldValue: null,
        newValue: 'new@example.com',
      }),
    );
    expect(rows.some((r) => r.field === 'passwordHash')).toBe(false);
  });

  it('answers a stale version with 409 and leaves the record as it was', async () => {
    const stale = await use().request({
      method: 'PATCH',
      url: `/api/v1/users/${org.users.rep3.id}`,
      as: admin,
      payload: { version: 1, name: 'First' },
    });
    expect(stale.statusCode).toBe(200);
    const second = await use().request({
      method: 'PATCH',
      url: `/api/v1/users/${org.users.rep3.id}`,
      as: admin,
      payload: { version: 1, name: 'Second' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'version_conflict',
      params: { record: 'user' },
    });
    const now = await use().request({
      method: 'GET',
      url: `/api/v1/users/${org.users.rep3.id}`,
      as: admin,
    });
    expect(now.json().name).toBe('First');
  });

  it('refuses duplicate e-mails, unknown departments and management loops with field errors', async () => {
    const dup = await use().request({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: {
        name: 'X',
        email: 'rep1@example.com',
        password: 'long enough pw',
        roles: ['sales'],
      },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({
      code: 'email_in_use',
      details: [{ path: 'email', code: 'already_used', message: 'already used' }],
    });

    const noDept = await use().request({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: {
        name: 'X',
        email: 'x@example.com',
        password: 'long enough pw',
        roles: ['sales'],
        departmentId: 'nope',
      },
    });
    expect(noDept.statusCode).toBe(400);
    expect(noDept.json().error.details[0].path).toBe('departmentId');

    const director = (
      await use().request({
        method: 'GET',
        url: `/api/v1/users/${org.users.director.id}`,
        as: admin,
      })
    ).json();
    const loop = await use().request({
      method: 'PATCH',
      url: `/api/v1/users/${director.id}`,
      as: admin,
      payload: { version: director.version, managerId: org.users.rep1.id },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.details[0].path).toBe('managerId');
  });

  it('manages the department tree and refuses to put a department under its own child', async () => {
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/departments',
      as: admin,
      payload: { name: 'Sales West', parentId: org.departments.sales.id },
    });
    expect(created.statusCode).toBe(201);
    const west = created.json();
    const sales = (await use().request({ method: 'GET', url: '/api/v1/departments', as: admin }))
      .json()
      .items.find((d: { id: string }) => d.id === org.departments.sales.id);
    const loop = await use().request({
      method: 'PATCH',
      url: `/api/v1/departments/${sales.id}`,
      as: admin,
      payload: { version: sales.version, parentId: west.id },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.details[0].path).toBe('parentId');

    const renamed = await use().request({
      method: 'PATCH',
      url: `/api/v1/departments/${west.id}`,
      as: admin,
      payload: { version: 1, name: '华西 West' },
    });
    expect(renamed.json()).toMatchObject({ name: '华西 West', version: 2 });
    const notEmpty = await use().request({
      method: 'DELETE',
      url: `/api/v1/departments/${org.departments.east.id}?version=1`,
      as: admin,
    });
    expect(notEmpty.statusCode).toBe(422);
    const removed = await use().request({
      method: 'DELETE',
      url: `/api/v1/departments/${west.id}?version=2`,
      as: admin,
    });
    expect(removed.statusCode).toBe(204);
    const after = (
      await use().request({ method: 'GET', url: '/api/v1/departments', as: admin })
    ).json();
    expect(after.items.some((d: { id: string }) => d.id === west.id)).toBe(false);
  });

  it('lets only admins change people, departments and role scopes (403 otherwise)', async () => {
    expect(
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/departments',
          as: rep,
          payload: { name: 'Mine' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await use().request({
          method: 'PATCH',
          url: `/api/v1/users/${org.users.rep1.id}`,
          as: rep,
          payload: { version: 1, roles: ['admin'] },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await use().request({
          method: 'PUT',
          url: '/api/v1/roles/sales',
          as: rep,
          payload: { dataScope: 'all' },
        })
      ).statusCode,
    ).toBe(403);
    const roles = await use().request({ method: 'GET', url: '/api/v1/roles', as: rep });
    expect(roles.json().items).toContainEqual(
      expect.objectContaining({ key: 'sales', dataScope: 'self' }),
    );
  });
});
