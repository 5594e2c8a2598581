import { api, type BodyOf, type ItemOf, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';

export type User = ItemOf<'/api/v1/users'>;
export type Role = User['roles'][number];
export type Locale = NonNullable<User['locale']>;
export const ROLES = enumValues['get /api/v1/users response.items.roles'];

export type UserListQuery = QueryOf<'/api/v1/users', 'get'>;
export type UserSort = NonNullable<UserListQuery['sort']>;
export type NewUser = BodyOf<'/api/v1/users', 'post'>;
export type UserChanges = BodyOf<'/api/v1/users/{id}', 'patch'>;

export const listUsers = (query: UserListQuery) => api.get('/api/v1/users', { query });

/** Largest page we ask for; the whole directory is read in pages of this size. */
const DIRECTORY_PAGE_SIZE = 100;

/** Every user, for pickers and name look-ups (managers may be on any page of the table). */
export async function listAllUsers(): Promise<User[]> {
  const users: User[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listUsers({ page, pageSize: DIRECTORY_PAGE_SIZE, sort: 'name' });
    users.push(...result.items);
    if (result.items.length < DIRECTORY_PAGE_SIZE) return users;
  }
}

export const createUser = (body: NewUser) => api.post('/api/v1/users', { body });

export const updateUser = (id: string, body: UserChanges) =>
  api.patch('/api/v1/users/{id}', { path: { id }, body });
