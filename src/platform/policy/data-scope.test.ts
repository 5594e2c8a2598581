import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { ownerScopeOf } from './data-scope.js';

const actor = (over: Partial<Actor>): Actor => ({
  id: 'u1',
  name: 'A',
  roles: ['sales'],
  departmentId: 'd1',
  scopes: ['self'],
  authenticatedBy: 'session',
  ...over,
});

describe('ownerScopeOf', () => {
  it('gives a self-scoped actor only their own records', () => {
    expect(ownerScopeOf(actor({}))).toEqual({
      kind: 'owners',
      actorId: 'u1',
      includeReports: false,
      department: null,
      departmentTree: null,
    });
  });

  it('combines several roles into the union of their scopes', () => {
    expect(ownerScopeOf(actor({ scopes: ['self', 'self_and_reports', 'department'] }))).toEqual({
      kind: 'owners',
      actorId: 'u1',
      includeReports: true,
      department: 'd1',
      departmentTree: null,
    });
  });

  it('lets "all" win over any narrower scope', () => {
    expect(ownerScopeOf(actor({ scopes: ['self', 'all'] }))).toEqual({ kind: 'all' });
  });

  it('falls back to own records when a department scope has no department', () => {
    const scope = ownerScopeOf(actor({ departmentId: null, scopes: ['department_tree'] }));
    expect(scope).toMatchObject({ kind: 'owners', actorId: 'u1', departmentTree: null });
  });
});
