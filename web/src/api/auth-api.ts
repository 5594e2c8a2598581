import { request } from './api-client';
import type { User } from './api-types';

export type Credentials = { email: string; password: string };
export type PasswordChange = { currentPassword: string; newPassword: string };

export async function login(credentials: Credentials): Promise<User> {
  const { user } = await request<{ user: User }>('POST', '/api/v1/auth/login', credentials);
  return user;
}

export function logout(): Promise<void> {
  return request<void>('POST', '/api/v1/auth/logout');
}

/** The signed-in user, or null: a public endpoint, so that asking never produces a 401. */
export async function getSession(): Promise<User | null> {
  const { user } = await request<{ user: User | null }>('GET', '/api/v1/auth/session');
  return user;
}

export function changePassword(change: PasswordChange): Promise<void> {
  return request<void>('POST', '/api/v1/auth/password', change);
}
