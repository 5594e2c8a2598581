import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('HSTS and SQLITE_SYNCHRONOUS', () => {
  it('default to auto and normal, and refuse other values with the name', () => {
    expect(loadConfig({}).hsts).toBe('auto');
    expect(loadConfig({ HSTS: 'on' }).hsts).toBe('on');
    expect(() => loadConfig({ HSTS: 'yes' })).toThrow(/HSTS/);
    expect(loadConfig({}).sqliteSynchronous).toBe('normal');
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'full' }).sqliteSynchronous).toBe('full');
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'off' })).toThrow(/SQLITE_SYNCHRONOUS/);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told to', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });
  it('takes true or a list of proxy addresses and CIDRs', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toBe(
      '127.0.0.1,10.0.0.0/8',
    );
  });
  it('refuses anything else with the variable’s name', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });
});
