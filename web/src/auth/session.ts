import type { QueryClient } from '@tanstack/react-query';
import { getSession, type SignedInUser } from '../api/auth-api';
import { applyProfileLanguage } from '../i18n/i18n';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<SignedInUser | null> {
  const user = await getSession();
  if (user) applyProfileLanguage(user.locale);
  return user;
}

export function startSession(queryClient: QueryClient, user: SignedInUser): void {
  applyProfileLanguage(user.locale);
  queryClient.setQueryData(ME_KEY, user);
}

/** Forget everything cached for the previous user; the auth guard then shows the login page. */
export function endSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData(ME_KEY, null);
}
