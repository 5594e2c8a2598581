import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

describeEngines('password policy wherever a password is set', (use) => {
  let org: Org;
  let admin: string, rep1: string;
  const refusal = (response: { statusCode: number; json: () => unknown }) => ({
    status: response.statusCode,
    detail: (response.json() as { error: { details: object[] } }).error.details[0],
  });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
  });

  it('refuses common passwords and the e-mail name when an admin creates a user', async () => {
    const create = (email: string, password: string) =>
      use().request({
        method: 'POST',
        url: '/api/v1/users',
        as: admin,
        payload: {
          name: 'New',
          email,
          password,
          roles: ['sales'],
          departmentId: org.departments.east.id,
        },
      });
    expect(refusal(await create('new.hire@example.com', '12345678'))).toEqual({
      status: 400,
      detail: expect.objectContaining({ path: 'password', code: 'too_common' }),
    });
    expect(refusal(await create('new.hire@example.com', 'New.Hire-2026'))).toEqual({
      status: 400,
      detail: expect.objectContaining({ path: 'password', code: 'contains_email_name' }),
    });
    expect((await create('new.hire@example.com', 'blue kettle morning')).statusCode).toBe(201);
  });

  it('refuses them on an admin reset and on changing one’s own password', async () => {
    const { version } = (
      await use().request({ method: 'GET', url: `/api/v1/users/${org.users.rep2.id}`, as: admin })
    ).json();
    const reset = await use().request({
      method: 'PATCH',
      url: `/api/v1/users/${org.users.rep2.id}`,
      as: admin,
      payload: { version, password: 'password' },
    });
    expect(refusal(reset)).toEqual({
      status: 400,
      detail: expect.objectContaining({ path: 'password', code: 'too_common' }),
    });
    const own = await use().request({
      method: 'POST',
      url: '/api/v1/auth/password',
      as: rep1,
      payload: { currentPassword: PASSWORD, newPassword: 'my rep1 password' },
    });
    expect(refusal(own)).toEqual({
      status: 400,
      detail: expect.objectContaining({ path: 'newPassword', code: 'contains_email_name' }),
    });
    expect((await use().login('rep1@example.com', PASSWORD)).startsWith('ys_session=')).toBe(true);
  });
});
