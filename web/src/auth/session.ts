import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-client';
import type { User } from '../api/api-types';
import { getMe } from '../api/auth-api';
import { applyProfileLanguage } from '../i18n/i18n';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<User | null> {
  try {
    const user = await getMe();
    applyProfileLanguage(user.locale);
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function startSession(queryClient: QueryClient, user: User): void {
  applyProfileLanguage(user.locale);
  queryClient.setQueryData(ME_KEY, user);
}

/** Forget everything cached for the previous user; the auth guard then shows the login page. */
export function endSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData(ME_KEY, null);
}
