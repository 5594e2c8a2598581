import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { mayDelete, recordAccess, shareRefusal } from './record-access.js';

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

describe('shareRefusal', () => {
  const until = '2026-12-01T10:10:00.000Z';
  const ownWrite = { access: 'write', until } as const;
  it('lets those whose scope covers the owner grant anything', () => {
    expect(shareRefusal({ inScope: true, ownShare: null }, { access: 'write', until: null })).toBe(
      null,
    );
  });
  it('refuses a collaborator without an unexpired write share', () => {
    expect(shareRefusal({ inScope: false, ownShare: null }, { access: 'read', until })).toBe(
      'share_needs_write_access',
    );
    expect(
      shareRefusal(
        { inScope: false, ownShare: { access: 'read', until: null } },
        {
          access: 'read',
          until: null,
        },
      ),
    ).toBe('share_needs_write_access');
  });
  it('never lets a share outlive the sharer’s own', () => {
    const sharer = { inScope: false, ownShare: ownWrite };
    expect(shareRefusal(sharer, { access: 'write', until: null })).toBe(
      'share_outlives_own_access',
    );
    expect(shareRefusal(sharer, { access: 'read', until: '2026-12-01T10:10:00.001Z' })).toBe(
      'share_outlives_own_access',
    );
    expect(shareRefusal(sharer, { access: 'write', until })).toBeNull();
    expect(
      shareRefusal(
        { inScope: false, ownShare: { access: 'write', until: null } },
        {
          access: 'write',
          until: null,
        },
      ),
    ).toBeNull();
  });
});

describe('mayDelete', () => {
  it('is for the scope that covers the owner only', () => {
    expect(mayDelete({ inScope: true })).toBe(true);
    expect(mayDelete({ inScope: false })).toBe(false);
  });
});
