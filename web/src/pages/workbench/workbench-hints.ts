import { useQuery } from '@tanstack/react-query';
import { listWorkbenchHints } from '../../api/appraisal-api';

/** The next steps that would raise my score, largest first, as the server counts them. */
export function useWorkbenchHints(ownerId: string) {
  const query = useQuery({
    queryKey: ['workbench', 'hints', ownerId],
    queryFn: listWorkbenchHints,
  });
  return { isPending: query.isPending, error: query.error, hints: query.data ?? [] };
}
