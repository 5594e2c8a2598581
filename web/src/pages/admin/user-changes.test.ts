import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { User } from '../../api/users-api';
import { toFormValues, toNewUser, toUserChanges } from './user-changes';

const user: User = {
  id: 'u1',
  name: 'Li Lei',
  email: 'li@example.com',
  roles: ['sales', 'manager'],
  departmentId: 'd1',
  managerId: 'u0',
  active: true,
  locale: null,
  joinedOn: '2025-03-01',
  leftOn: null,
  version: 7,
  createdAt: '2025-03-01T01:00:00.000Z',
  updatedAt: '2025-03-01T01:00:00.000Z',
};

describe('toUserChanges', () => {
  it('sends only the version when nothing changed', () => {
    const values = { ...toFormValues(user), roles: ['manager' as const, 'sales' as const] };
    expect(toUserChanges(user, { ...values, name: ' Li Lei ' })).toEqual({ version: 7 });
  });

  it('sends changed fields and turns cleared pickers into null', () => {
    expect(
      toUserChanges(user, {
        ...toFormValues(user),
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

  it('sends the joining and leaving days that changed, as calendar days', () => {
    expect(
      toUserChanges(user, {
        ...toFormValues(user),
        joinedOn: dayjs('2025-04-15'),
        leftOn: dayjs('2026-10-31'),
      }),
    ).toEqual({ version: 7, joinedOn: '2025-04-15', leftOn: '2026-10-31' });
    expect(toUserChanges({ ...user, leftOn: '2026-10-31' }, toFormValues(user))).toEqual({
      version: 7,
      leftOn: null,
    });
  });
});

describe('toNewUser', () => {
  it('omits empty department and manager', () => {
    expect(
      toNewUser({ name: 'Han Meimei', email: 'han@example.com', password: 'pw', roles: ['hr'] }),
    ).toEqual({ name: 'Han Meimei', email: 'han@example.com', password: 'pw', roles: ['hr'] });
  });

  it('sends the joining day when one is chosen', () => {
    expect(
      toNewUser({
        name: 'Han Meimei',
        email: 'han@example.com',
        password: 'pw',
        roles: ['hr'],
        joinedOn: dayjs('2026-11-02'),
      }),
    ).toMatchObject({ joinedOn: '2026-11-02' });
  });
});
