import { request, withQuery } from './api-client';
import type { Page, Role, User } from './api-types';

export type UserSort = 'name' | 'email';

export type UserListQuery = {
  page: number;
  pageSize: number;
  q?: string;
  sort?: UserSort;
  order?: 'asc' | 'desc';
};

export type NewUser = {
  name: string;
  email: string;
  password: string;
  roles: Role[];
  departmentId?: string;
  managerId?: string;
};

export type UserChanges = Partial<
  Pick<User, 'name' | 'email' | 'roles' | 'departmentId' | 'managerId' | 'active'>
> & { version: number };

export function listUsers(query: UserListQuery): Promise<Page<User>> {
  return request<Page<User>>('GET', withQuery('/api/v1/users', query));
}

/** Largest page we ask for; the whole directory is read in pages of this size. */
const DIRECTORY_PAGE_SIZE = 100;

/** Every user, for pickers and name look-ups (managers may be on any page of the table). */
export async function listAllUsers(): Promise<User[]> {
  const users: User[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listUsers({ page, pageSize: DIRECTORY_PAGE_SIZE, sort: 'name' });
    users.push(...result.items);
    if (result.items.length === 0 || users.length >= result.total) return users;
  }
}

export function createUser(user: NewUser): Promise<User> {
  return request<User>('POST', '/api/v1/users', user);
}

export function updateUser(id: string, changes: UserChanges): Promise<User> {
  return request<User>('PATCH', `/api/v1/users/${encodeURIComponent(id)}`, changes);
}
