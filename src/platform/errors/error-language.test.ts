import type { FastifySchemaValidationError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { localiseIssue, valueAt } from './localise-issue.js';
import { chineseFor, translateMessage } from './messages.zh-CN.js';
import { requestLanguage } from './request-language.js';

describe('requestLanguage', () => {
  it('is zh-CN when Chinese is the most preferred language', () => {
    expect(requestLanguage('zh-CN')).toBe('zh-CN');
    expect(requestLanguage('zh')).toBe('zh-CN');
    expect(requestLanguage('zh-Hans-CN,en;q=0.8')).toBe('zh-CN');
    expect(requestLanguage('en;q=0.5, zh-TW;q=0.9')).toBe('zh-CN');
    expect(requestLanguage(['fr;q=0.1', 'ZH-cn'])).toBe('zh-CN');
  });

  it('is en otherwise, and without a header', () => {
    expect(requestLanguage(undefined)).toBe('en');
    expect(requestLanguage('')).toBe('en');
    expect(requestLanguage('en')).toBe('en');
    expect(requestLanguage('en-US,zh-CN;q=0.5')).toBe('en');
    expect(requestLanguage('zh-CN;q=0, fr')).toBe('en');
    expect(requestLanguage('zhx')).toBe('en');
  });
});

describe('translateMessage', () => {
  it('translates exact messages', () => {
    expect(translateMessage('at least 8 characters')).toBe('至少 8 个字符');
    expect(translateMessage('manager does not exist')).toBe('上级不存在');
  });

  it('translates messages built with a value, naming known records and statuses', () => {
    expect(translateMessage('Customer not found')).toBe('客户不存在');
    expect(translateMessage('Payment plan was changed by someone else; reload and try again')).toBe(
      '回款计划已被他人修改，请刷新后重试',
    );
    expect(translateMessage('unknown metric "win_rate"')).toBe('未知指标“win_rate”');
    expect(translateMessage('A cycle in "draft" cannot move to "published"')).toBe(
      '处于“草稿”的考核周期不能变为“已发布”',
    );
    expect(translateMessage('You can read this opportunity but not change it')).toBe(
      '你可以查看该商机，但不能修改',
    );
  });

  it('keeps unknown values inside a pattern as they are', () => {
    expect(translateMessage('Gizmo not found')).toBe('Gizmo不存在');
    expect(translateMessage('not allowed from limbo')).toBe('不能从“limbo”变更');
  });

  it('falls back to the English message, never to nothing', () => {
    expect(chineseFor('something nobody wrote down')).toBeUndefined();
    expect(translateMessage('something nobody wrote down')).toBe('something nobody wrote down');
    expect(translateMessage('')).toBe('');
  });
});

const issue = (
  keyword: string,
  params: Record<string, unknown>,
  message: string,
  instancePath = '/field',
): FastifySchemaValidationError => ({
  keyword,
  params,
  message,
  instancePath,
  schemaPath: `#${instancePath}/${keyword}`,
});

describe('localiseIssue', () => {
  it("rebuilds Zod's own issues in Zod's Chinese locale", () => {
    expect(
      localiseIssue(
        issue(
          'too_small',
          { origin: 'string', minimum: 1, inclusive: true },
          'Too small: expected string to have >=1 characters',
        ),
        '',
      ),
    ).toMatch(/^数值过小/);
    expect(
      localiseIssue(
        issue('invalid_format', { format: 'email', origin: 'string' }, 'Invalid email address'),
        'x',
      ),
    ).toBe('无效电子邮件');
    expect(
      localiseIssue(
        issue('invalid_value', { values: ['a', 'b'] }, 'Invalid option: expected one of "a"|"b"'),
        'c',
      ),
    ).toMatch(/^无效选项/);
  });

  it("uses the project's table for a schema's own message", () => {
    expect(
      localiseIssue(
        issue(
          'too_small',
          { origin: 'string', minimum: 8, inclusive: true },
          'at least 8 characters',
        ),
        'short',
      ),
    ).toBe('至少 8 个字符');
  });

  it('leaves a custom message missing from the table in English', () => {
    expect(
      localiseIssue(
        issue('too_small', { origin: 'string', minimum: 8, inclusive: true }, 'please write more'),
        'short',
      ),
    ).toBe('please write more');
    expect(localiseIssue(issue('custom', {}, 'an unlisted refinement'), 1)).toBe(
      'an unlisted refinement',
    );
  });
});

describe('valueAt', () => {
  it('walks an instance path, and is undefined off the end', () => {
    const body = { items: [{ name: 'a' }] };
    expect(valueAt(body, '/items/0/name')).toBe('a');
    expect(valueAt(body, '')).toBe(body);
    expect(valueAt(body, '/items/3/name')).toBeUndefined();
    expect(valueAt(null, '/x')).toBeUndefined();
  });
});
