import { useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError } from '../api/api-client';

/**
 * Runs a save; when the server answers 409 (someone changed the record meanwhile) the given
 * queries are reloaded before the error is passed on, so the message "the latest version has been
 * loaded" is true and the next try sends the new version.
 */
export function useConflictReload(): <T>(keys: QueryKey[], save: () => Promise<T>) => Promise<T> {
  const queryClient = useQueryClient();
  return useCallback(
    async <T>(keys: QueryKey[], save: () => Promise<T>) => {
      try {
        return await save();
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        }
        throw error;
      }
    },
    [queryClient],
  );
}
