import { describe, expect, it } from 'vitest';
import { duplicateKeys, duplicateMatch, emailDuplicateKey, hasAnyKey } from './duplicate-match.js';

describe('duplicateKeys', () => {
  it('normalises name and phone as Q2 does, and e-mails by case', () => {
    expect(
      duplicateKeys({
        name: '北京星河科技有限公司',
        phone: '+86 138-0013-8000',
        email: ' Hello@XingHe.cn ',
      }),
    ).toEqual({ name: '北京星河科技', phone: '13800138000', email: 'hello@xinghe.cn' });
  });

  it('has no key for empty or placeholder values', () => {
    const keys = duplicateKeys({ name: '无', phone: '11111111111', email: 'n/a' });
    expect(keys).toEqual({ name: null, phone: null, email: null });
    expect(hasAnyKey(keys)).toBe(false);
    expect(emailDuplicateKey('')).toBeNull();
    expect(emailDuplicateKey(undefined)).toBeNull();
    expect(hasAnyKey(duplicateKeys({ email: 'a@b.c' }))).toBe(true);
  });
});

describe('duplicateMatch', () => {
  const entered = duplicateKeys({
    name: 'Acme Co., Ltd.',
    phone: '138 0013 8000',
    email: 'a@acme.com',
  });

  it('names the strongest evidence: phone, then e-mail, then name', () => {
    expect(
      duplicateMatch(
        entered,
        duplicateKeys({ name: 'ACME', phone: '13800138000', email: 'a@acme.com' }),
      ),
    ).toBe('phone');
    expect(duplicateMatch(entered, duplicateKeys({ name: 'ACME', email: 'A@Acme.com' }))).toBe(
      'email',
    );
    expect(duplicateMatch(entered, duplicateKeys({ name: 'acme inc' }))).toBe('name');
  });

  it('never matches on a key the entered record does not have', () => {
    expect(
      duplicateMatch(duplicateKeys({ name: 'Other' }), duplicateKeys({ name: 'Acme' })),
    ).toBeNull();
    expect(duplicateMatch(duplicateKeys({}), duplicateKeys({}))).toBeNull();
  });
});
