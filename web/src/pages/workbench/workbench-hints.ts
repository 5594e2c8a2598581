import { useQuery } from '@tanstack/react-query';
import { request } from '../../api/api-client';
import type { WorkbenchHint } from '../../api/scorecard-api';

/** The next steps that would raise my score, largest first, as the server counts them. */
export function useWorkbenchHints(ownerId: string) {
  const query = useQuery({
    queryKey: ['workbench', 'hints', ownerId],
    queryFn: async () =>
      (await request<{ items: WorkbenchHint[] }>('GET', '/api/v1/workbench/hints')).items,
  });
  return { isPending: query.isPending, error: query.error, hints: query.data ?? [] };
}
