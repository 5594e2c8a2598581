import { describe, expect, it } from 'vitest';
import { centsField, pastTimestampField, phoneField } from './field-schemas.js';

describe('phoneField', () => {
  it.each([
    '13800138000',
    '138 0013 8000',
    '+86 138-0013-8000',
    '010-12345678',
    '+44 20 7946 0958',
    '0044 20 7946 0958',
  ])('accepts %s', (phone) => expect(phoneField.safeParse(phone).success).toBe(true));
  it.each(['12345', '1380013800', '23800138000', 'call me', '+0 123'])('rejects %s', (phone) => {
    expect(phoneField.safeParse(phone).success).toBe(false);
  });
});

describe('centsField', () => {
  it('takes whole non-negative cents only', () => {
    expect(centsField.safeParse(0).success).toBe(true);
    expect(centsField.safeParse(12.5).success).toBe(false);
    expect(centsField.safeParse(-1).success).toBe(false);
  });
});

describe('pastTimestampField', () => {
  it('refuses a moment in the future and accepts one in the past', () => {
    expect(
      pastTimestampField.safeParse(new Date(Date.now() + 3600_000).toISOString()).success,
    ).toBe(false);
    expect(pastTimestampField.safeParse('2026-01-01T08:00:00+08:00').success).toBe(true);
  });
});
