import { invalidField } from '../errors/app-error.js';

export const MIN_PASSWORD_LENGTH = 8;

/**
 * Passwords that guessing tools try first (the head of the public breach lists, plus the
 * obvious Chinese-keyboard ones); compared after lower-casing.
 */
const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '0123456789',
  '87654321',
  '11111111',
  '00000000',
  '88888888',
  '66666666',
  '12341234',
  '11223344',
  '12344321',
  '147258369',
  '123123123',
  '1q2w3e4r',
  '1qaz2wsx',
  'qwertyui',
  'qwertyuiop',
  'asdfghjk',
  'asdfghjkl',
  'zxcvbnm1',
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'iloveyou',
  'iloveyou1',
  'woaini1314',
  'woaini520',
  'admin123',
  'admin1234',
  'administrator',
  'welcome1',
  'welcome123',
  'letmein1',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'starwars',
  'trustno1',
  'whatever',
  'computer',
  'internet',
  'changeme',
  'abc12345',
  'abcd1234',
  'a1234567',
  'aa123456',
  'qq123456',
  'zhang123',
  'wang1234',
  'yardstick',
  'yardstick1',
  'yardstick123',
]);

/** Refuses a password that breaks the policy, naming the field it came in. */
export function assertPasswordAllowed(path: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem)
    throw invalidField(path, problem, PASSWORD_PROBLEMS[problem], { minimum: MIN_PASSWORD_LENGTH });
}

export type PasswordProblem = 'too_short' | 'too_common' | 'contains_email_name';

/**
 * Why a new password is refused, or null: at least MIN_PASSWORD_LENGTH characters, not one of
 * the commonest passwords, and not containing the name part of the user's e-mail (≥ 3 letters).
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'too_common';
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 3 && lowered.includes(name)) return 'contains_email_name';
  return null;
}

export const PASSWORD_PROBLEMS: Record<PasswordProblem, string> = {
  too_short: `at least ${MIN_PASSWORD_LENGTH} characters`,
  too_common: 'this password is too common; choose another',
  contains_email_name: 'the password must not contain your e-mail name',
};
