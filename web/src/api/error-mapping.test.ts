import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import {
  detailText,
  errorText,
  knownErrorCode,
  splitDetails,
  toNamePath,
  type Translate,
} from './error-mapping';

/** Shows which key was looked up with which values, so the wording logic can be checked. */
const t: Translate = (key, values) =>
  values && Object.keys(values).length > 0 ? `${key} ${JSON.stringify(values)}` : key;

describe('toNamePath', () => {
  it('turns dotted paths into antd name paths with numeric indexes', () => {
    expect(toNamePath('email')).toEqual(['email']);
    expect(toNamePath('items.0.amount')).toEqual(['items', 0, 'amount']);
  });
});

describe('splitDetails', () => {
  it('places worded details on known fields and returns the rest', () => {
    const result = splitDetails(
      [
        { path: 'email', code: 'already_used', message: 'taken' },
        { path: 'email', code: 'too_big', message: 'too long', params: { origin: 'string' } },
        // A code this build does not know (a newer server).
        { path: 'items.0.amount', code: 'no_such_code', message: 'must be positive' } as never,
        { path: '', code: 'nothing_to_change', message: 'whole form problem' },
      ],
      [['email'], ['name'], ['items', 0, 'amount']],
      t,
    );
    expect(result.fields).toEqual([
      {
        name: ['email'],
        errors: ['errors.fields.already_used', 'errors.fields.too_big_string {"origin":"string"}'],
      },
      { name: ['items', 0, 'amount'], errors: ['errors.fields.invalid'] },
    ]);
    expect(result.unplaced).toEqual(['errors.fields.nothing_to_change']);
  });
});

describe('knownErrorCode', () => {
  it('prefers the server code and falls back to the status', () => {
    expect(knownErrorCode(new ApiError(422, 'pool_cooldown', 'x'))).toBe('pool_cooldown');
    expect(knownErrorCode(new ApiError(409, 'conflict', 'stale'))).toBe('version_conflict');
    expect(knownErrorCode(new ApiError(429, 'slow_down', 'x'))).toBe('too_many_requests');
    expect(knownErrorCode(new ApiError(502, 'bad_gateway', 'boom'))).toBeUndefined();
    expect(knownErrorCode(new Error('plain'))).toBeUndefined();
  });
});

describe('errorText', () => {
  it('words the code with its parameters: records, statuses, money and waits in words', () => {
    expect(
      errorText(
        new ApiError(404, 'not_found', 'Customer not found', [], { record: 'customer' }),
        t,
      ),
    ).toBe('errors.codes.not_found {"record":"errors.records.customer"}');
    expect(
      errorText(new ApiError(422, 'contract_overpaid', 'x', [], { balanceCents: 123_456 }), t),
    ).toBe(
      'errors.codes.contract_overpaid {"record":"errors.records.record","balanceCents":123456,"balance":"¥1234.56"}',
    );
    expect(
      errorText(new ApiError(422, 'lead_closed', 'x', [], { status: 'converted' }), t),
    ).toContain('"status":"errors.statuses.converted"');
    expect(
      errorText(new ApiError(429, 'login_throttled', 'x', [], { retryAfterSeconds: 900 }), t),
    ).toContain('"minutes":15');
    expect(errorText(new Error('plain'), t)).toBe('errors.fallback');
  });

  it('words an unknown code by its status, without the parameters of a code it does not know', () => {
    expect(errorText(new ApiError(409, 'odd', 'x', [], { record: 'customer' }), t)).toBe(
      'errors.codes.version_conflict {"record":"errors.records.record"}',
    );
  });
});

describe('detailText', () => {
  it('narrows by what was measured and formats', () => {
    expect(
      detailText(
        {
          path: 'password',
          code: 'too_small',
          message: 'x',
          params: { minimum: 8, origin: 'string' },
        },
        t,
      ),
    ).toBe('errors.fields.too_small_string {"minimum":8,"origin":"string"}');
    expect(
      detailText(
        { path: 'email', code: 'invalid_format', message: 'x', params: { format: 'email' } },
        t,
      ),
    ).toBe('errors.fields.invalid_format_email {"format":"email"}');
    expect(detailText({ path: 'x', message: 'no code' } as never, t)).toBe('errors.fields.invalid');
  });
});
