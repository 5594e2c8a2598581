import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export type ListPaging<S extends string> = {
  page: number;
  pageSize: number;
  sort?: S;
  order?: 'asc' | 'desc';
};

const positive = (raw: string | null, fallback: number) => {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/**
 * A list's filters, sorting and page kept in the URL, so a filtered list can be linked to (the
 * workbench links to pre-filtered lists), bookmarked and restored with the back button. Changing a
 * filter goes back to page 1.
 */
export function useUrlListState<F extends string, S extends string>(
  filterKeys: readonly F[],
  sorts: readonly S[],
) {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(() => {
    const values: Partial<Record<F, string>> = {};
    for (const key of filterKeys) {
      const value = params.get(key);
      if (value) values[key] = value;
    }
    return values;
  }, [params, filterKeys]);

  const paging = useMemo((): ListPaging<S> => {
    const order = params.get('order');
    return {
      page: positive(params.get('page'), 1),
      pageSize: positive(params.get('pageSize'), 20),
      sort: sorts.find((sort) => sort === params.get('sort')),
      order: order === 'asc' || order === 'desc' ? order : undefined,
    };
  }, [params, sorts]);

  const write = useCallback(
    (changes: Record<string, string | number | undefined>, resetPage: boolean) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (resetPage) next.delete('page');
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      }),
    [setParams],
  );

  const setFilters = useCallback(
    (changes: Partial<Record<F, string | undefined>>) => write(changes, true),
    [write],
  );
  const clearFilters = useCallback(
    () => write(Object.fromEntries(filterKeys.map((key) => [key, undefined])), true),
    [write, filterKeys],
  );
  const setPaging = useCallback(
    (changes: Partial<ListPaging<S>>) =>
      write(
        {
          page: changes.page,
          pageSize: changes.pageSize,
          sort: changes.sort,
          order: changes.sort ? changes.order : undefined,
        },
        false,
      ),
    [write],
  );

  return { filters, paging, setFilters, clearFilters, setPaging };
}
