import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { recordAccess } from './record-access.js';

const actor = (roles: Actor['roles']): Actor => ({
  id: 'u',
  name: 'u',
  roles,
  departmentId: null,
  scopes: ['self'],
  authenticatedBy: 'session',
});
const facts = { inScope: false, sharedAccess: null, inPool: false } as const;

describe('recordAccess', () => {
  it('gives write access within scope whatever else holds', () => {
    expect(recordAccess(actor(['sales']), { ...facts, inScope: true, sharedAccess: 'read' })).toBe(
      'write',
    );
  });
  it('gives collaborators exactly what they were granted', () => {
    expect(recordAccess(actor(['sales']), { ...facts, sharedAccess: 'read' })).toBe('read');
    expect(recordAccess(actor(['service']), { ...facts, sharedAccess: 'write' })).toBe('write');
  });
  it('lets pool users read pooled customers, and nobody else', () => {
    expect(recordAccess(actor(['sales']), { ...facts, inPool: true })).toBe('read');
    expect(recordAccess(actor(['service']), { ...facts, inPool: true })).toBeNull();
  });
  it("lets whoever sees a customer's opportunity, contract, ticket or plan read it, never change it", () => {
    expect(recordAccess(actor(['service']), { ...facts, parentOfVisible: true })).toBe('read');
    expect(
      recordAccess(actor(['sales']), { ...facts, parentOfVisible: true, sharedAccess: 'write' }),
    ).toBe('write');
    expect(recordAccess(actor(['sales']), { ...facts, parentOfVisible: false })).toBeNull();
  });
  it('gives nothing outside scope', () => {
    expect(recordAccess(actor(['manager']), facts)).toBeNull();
  });
});
