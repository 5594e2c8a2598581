import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { knownErrorCode, splitDetails, toNamePath } from './error-mapping';

describe('toNamePath', () => {
  it('turns dotted paths into antd name paths with numeric indexes', () => {
    expect(toNamePath('email')).toEqual(['email']);
    expect(toNamePath('items.0.amount')).toEqual(['items', 0, 'amount']);
  });
});

describe('splitDetails', () => {
  it('places details on known fields and returns the rest', () => {
    const result = splitDetails(
      [
        { path: 'email', message: 'taken' },
        { path: 'email', message: 'too long' },
        { path: 'items.0.amount', message: 'must be positive' },
        { path: '', message: 'whole form problem' },
      ],
      [['email'], ['name'], ['items', 0, 'amount']],
    );
    expect(result.fields).toEqual([
      { name: ['email'], errors: ['taken', 'too long'] },
      { name: ['items', 0, 'amount'], errors: ['must be positive'] },
    ]);
    expect(result.unplaced).toEqual(['whole form problem']);
  });
});

describe('knownErrorCode', () => {
  it('prefers the server code and falls back to the status', () => {
    expect(knownErrorCode(new ApiError(409, 'conflict', 'stale'))).toBe('conflict');
    expect(knownErrorCode(new ApiError(429, 'slow_down', 'x'))).toBe('too_many_requests');
    expect(knownErrorCode(new ApiError(500, 'internal', 'boom'))).toBeUndefined();
    expect(knownErrorCode(new Error('plain'))).toBeUndefined();
  });
});
