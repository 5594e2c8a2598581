import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

type ErrorBody = {
  error: { code: string; message: string; details: { path: string; message: string }[] };
};

/** A new user with a bad e-mail (Zod's own check), a short password (the schema's own message) and a number as name. */
const badUser = {
  name: 42,
  email: 'not-an-email',
  password: 'short',
  roles: ['sales'],
};

describeEngines('API error messages in the request language', (use) => {
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
  const messages = (body: ErrorBody) =>
    Object.fromEntries(body.error.details.map((detail) => [detail.path, detail.message]));

  it('words schema errors in Chinese for zh-CN, with the same paths', async () => {
    const { status, body } = await post(badUser, 'zh-CN,zh;q=0.9,en;q=0.8');
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toBe('提交的内容有误');
    expect(messages(body)).toEqual({
      name: '无效输入：期望 string，实际接收 数字',
      email: '无效电子邮件',
      password: '至少 8 个字符',
    });
  });

  it('keeps the English messages for en and for no header', async () => {
    for (const language of ['en', 'en-GB,en;q=0.9', undefined]) {
      const { status, body } = await post(badUser, language);
      expect(status).toBe(400);
      expect(body.error.message).toBe('Invalid body');
      expect(messages(body)).toEqual({
        name: 'Invalid input: expected string, received number',
        email: 'Invalid email address',
        password: 'at least 8 characters',
      });
    }
  });

  it('words a service refusal of a field in Chinese, and in English otherwise', async () => {
    const user = {
      name: 'New hire',
      email: 'new.hire@example.com',
      password: PASSWORD,
      roles: ['sales'],
      managerId: 'no-such-user',
    };
    const zh = await post(user, 'zh');
    expect(zh.status).toBe(400);
    expect(zh.body.error).toEqual({
      code: 'validation_failed',
      message: '上级不存在',
      details: [{ path: 'managerId', message: '上级不存在' }],
    });
    const en = await post(user, 'en');
    expect(en.body.error.details).toEqual([
      { path: 'managerId', message: 'manager does not exist' },
    ]);
  });

  it('words a message built with a value (not found) in Chinese', async () => {
    const response = await use().request({
      method: 'GET',
      url: '/api/v1/customers/no-such-customer',
      as: admin,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json<ErrorBody>().error.message).toBe('客户不存在');
  });
});
