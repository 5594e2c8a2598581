import { describe, expect, it } from 'vitest';
import type { User } from '../../api/api-types';
import { toNewUser, toUserChanges } from './user-changes';

const user: User = {
  id: 'u1',
  name: 'Li Lei',
  email: 'li@example.com',
  roles: ['sales', 'manager'],
  departmentId: 'd1',
  managerId: 'u0',
  active: true,
  locale: null,
  version: 7,
};

describe('toUserChanges', () => {
  it('sends only the version when nothing changed', () => {
    expect(toUserChanges(user, { ...user, roles: ['manager', 'sales'], name: ' Li Lei ' })).toEqual(
      { version: 7 },
    );
  });

  it('sends changed fields and turns cleared pickers into null', () => {
    expect(
      toUserChanges(user, {
        ...user,
        email: 'lei@example.com',
        roles: ['sales'],
        departmentId: undefined,
        managerId: null,
        active: false,
      }),
    ).toEqual({
      version: 7,
      email: 'lei@example.com',
      roles: ['sales'],
      departmentId: null,
      managerId: null,
      active: false,
    });
  });
});

describe('toNewUser', () => {
  it('omits empty department and manager', () => {
    expect(
      toNewUser({ name: 'Han Meimei', email: 'han@example.com', password: 'pw', roles: ['hr'] }),
    ).toEqual({ name: 'Han Meimei', email: 'han@example.com', password: 'pw', roles: ['hr'] });
  });
});
