import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  const email = 'zhang.wei@example.com';
  it('accepts a long, uncommon password unrelated to the e-mail', () => {
    expect(passwordProblem('correct horse battery', email)).toBeNull();
  });
  it('refuses short ones, counting characters rather than UTF-16 units', () => {
    expect(passwordProblem('abc1234', email)).toBe('too_short');
    expect(passwordProblem('密码密码密码密码', email)).toBeNull();
  });
  it('refuses the commonest passwords in any case', () => {
    expect(passwordProblem('12345678', email)).toBe('too_common');
    expect(passwordProblem('PassWord', email)).toBe('too_common');
  });
  it('refuses one containing the e-mail name', () => {
    expect(passwordProblem('Zhang.Wei2026!', email)).toBe('contains_email_name');
    expect(passwordProblem('ab-long-password', 'ab@example.com')).toBeNull();
  });
});
