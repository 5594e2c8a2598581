import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Area } from '../api/auth-api';
import { FullPageSpin } from '../components/full-page-spin';
import { lazyPage } from '../components/lazy-page';
import { CurrentUserContext, useCurrentUser } from './current-user';
import { ME_KEY, fetchMe } from './session';

const ForbiddenPage = lazyPage(() =>
  import('../pages/status-pages').then((module) => module.ForbiddenPage),
);
const LoadFailedPage = lazyPage(() =>
  import('../pages/status-pages').then((module) => module.LoadFailedPage),
);

/** Renders its child routes for a signed-in user; otherwise sends them to /login. */
export function RequireAuth() {
  const location = useLocation();
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) return <LoadFailedPage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location }} />;
  return (
    <CurrentUserContext value={me.data}>
      <Outlet />
    </CurrentUserContext>
  );
}

/** Renders the page only for users who may open `area` (reached by its address, not the menu). */
export function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const user = useCurrentUser();
  return user.areas.includes(area) ? children : <ForbiddenPage />;
}
