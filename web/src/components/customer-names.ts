import { useQueries } from '@tanstack/react-query';
import { getCustomer } from '../api/customers-api';

/**
 * Names of the given customers (plans, tickets and feedback carry only the id), read one by one
 * and cached; ids still loading or unreadable are absent from the map.
 */
export function useCustomerNames(ids: readonly (string | null | undefined)[]): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['customers', 'one', id],
      queryFn: () => getCustomer(id),
      retry: false,
      staleTime: 60_000,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    const id = unique[index];
    if (id && result.data) names.set(id, result.data.name);
  });
  return names;
}
