import { describe, expect, it } from 'vitest';
import { isForeignOrigin } from './origin-check.js';

describe('isForeignOrigin', () => {
  const host = 'crm.example.com';
  it('accepts the same host, and requests that name no origin', () => {
    expect(isForeignOrigin({ origin: 'https://crm.example.com' }, host)).toBe(false);
    expect(isForeignOrigin({ referer: 'https://crm.example.com/customers/1' }, host)).toBe(false);
    expect(isForeignOrigin({}, host)).toBe(false);
  });
  it('refuses another host, another port, a null or malformed origin', () => {
    expect(isForeignOrigin({ origin: 'https://evil.example' }, host)).toBe(true);
    expect(isForeignOrigin({ origin: 'https://crm.example.com:8443' }, host)).toBe(true);
    expect(isForeignOrigin({ origin: 'null' }, host)).toBe(true);
    expect(isForeignOrigin({ referer: 'https://evil.example/page' }, host)).toBe(true);
  });
  it('believes Origin over Referer when both are sent', () => {
    expect(
      isForeignOrigin(
        { origin: 'https://evil.example', referer: 'https://crm.example.com/' },
        host,
      ),
    ).toBe(true);
  });
});
