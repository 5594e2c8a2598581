import { createContext, useContext } from 'react';
import type { User } from '../api/users-api';

export const CurrentUserContext = createContext<User | null>(null);

/** The signed-in user; only valid below the auth guard. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is only available below RequireAuth');
  return user;
}
