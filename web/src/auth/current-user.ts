import { createContext, useContext } from 'react';
import type { SignedInUser } from '../api/auth-api';

export const CurrentUserContext = createContext<SignedInUser | null>(null);

/** The signed-in user; only valid below the auth guard. */
export function useCurrentUser(): SignedInUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is only available below RequireAuth');
  return user;
}
