import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ReportFilters } from '../../api/reports-api';

const KEYS = ['from', 'to', 'departmentId', 'ownerId'] as const;

/** The report filters (period, department, person) kept in the URL, shared by every tab. */
export function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const values: ReportFilters = {};
    for (const key of KEYS) {
      const value = params.get(key);
      if (value) values[key] = value;
    }
    // CRM adoption's buckets: months unless weeks are asked for.
    if (params.get('bucket') === 'week') values.bucket = 'week';
    return values;
  }, [params]);
  const setFilters = (
    changes: Partial<Record<(typeof KEYS)[number] | 'bucket', string | undefined>>,
  ) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  return { filters, setFilters };
}
