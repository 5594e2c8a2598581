import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

type Detail = { path: string; code: string; message: string; params?: Record<string, unknown> };
type ErrorBody = {
  error: { code: string; message: string; details: Detail[]; params?: Record<string, unknown> };
};

/** A new user with a bad e-mail, a short password and a number as name. */
const badUser = {
  name: 42,
  email: 'not-an-email',
  password: 'short',
  roles: ['sales'],
};

describeEngines('API errors by code', (use) => {
  let admin: string;
  beforeAll(async () => {
    await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
  });

  const post = async (payload: Record<string, unknown>, language?: string) => {
    const response = await use().request({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload,
      headers: language === undefined ? {} : { 'accept-language': language },
    });
    return { status: response.statusCode, body: response.json<ErrorBody>() };
  };
  const byPath = (body: ErrorBody) =>
    Object.fromEntries(
      body.error.details.map(({ path, code, params }) => [path, { code, params }]),
    );

  it('gives every schema problem a code and the values to word it', async () => {
    const { status, body } = await post(badUser);
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(byPath(body)).toEqual({
      name: { code: 'invalid_type', params: { expected: 'string' } },
      email: {
        code: 'invalid_format',
        params: expect.objectContaining({ format: 'email' }) as unknown,
      },
      password: {
        code: 'too_small',
        params: expect.objectContaining({ minimum: 8, origin: 'string' }) as unknown,
      },
    });
  });

  it('answers in English whatever language the request prefers', async () => {
    for (const language of ['zh-CN,zh;q=0.9', 'en', undefined]) {
      const { body } = await post(badUser, language);
      expect(body.error.message).toBe('Invalid body');
      expect(body.error.details.find((d) => d.path === 'password')?.message).toBe(
        'at least 8 characters',
      );
    }
  });

  it('codes a service refusal of a field', async () => {
    const { status, body } = await post(
      {
        name: 'New hire',
        email: 'new.hire@example.com',
        password: PASSWORD,
        roles: ['sales'],
        managerId: 'no-such-user',
      },
      'zh',
    );
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'validation_failed',
      message: 'manager does not exist',
      details: [{ path: 'managerId', code: 'not_found', message: 'manager does not exist' }],
    });
  });

  it('names the missing record and the stale one', async () => {
    const missing = await use().request({
      method: 'GET',
      url: '/api/v1/customers/no-such-customer',
      as: admin,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json<ErrorBody>().error).toMatchObject({
      code: 'not_found',
      message: 'Customer not found',
      params: { record: 'customer' },
    });

    const created = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: admin,
      payload: { name: 'Stale Ltd' },
    });
    const { id, version } = created.json<{ id: string; version: number }>();
    const stale = await use().request({
      method: 'PATCH',
      url: `/api/v1/customers/${id}`,
      as: admin,
      payload: { version: version + 5, name: 'Stale plc' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error).toMatchObject({
      code: 'version_conflict',
      params: { record: 'customer' },
      details: [{ path: 'version', code: 'stale_version' }],
    });
  });

  it('codes an unknown route with its method and path', async () => {
    const response = await use().request({ method: 'GET', url: '/api/v1/nowhere?x=1', as: admin });
    expect(response.statusCode).toBe(404);
    expect(response.json<ErrorBody>().error).toMatchObject({
      code: 'route_not_found',
      params: { method: 'GET', path: '/api/v1/nowhere' },
    });
  });
});
