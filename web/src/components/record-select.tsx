import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import type { Page } from '../api/api-client';
import type { NamedRecord } from '../api/record-api';

type RecordSelectProps = Omit<
  SelectProps<string>,
  'options' | 'loading' | 'showSearch' | 'filterOption'
> & {
  /** Distinguishes the cache of this kind of record, e.g. 'customers'. */
  kind: string;
  search: (q: string) => Promise<Page<NamedRecord>>;
  /** The record already chosen, so its name shows before any search. */
  selected?: NamedRecord;
};

const DEBOUNCE_MS = 250;

/** A picker that searches records on the server as you type (customers, campaigns, contracts). */
export function RecordSelect({ kind, search, selected, ...props }: RecordSelectProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['record-select', kind, q],
    queryFn: () => search(q),
    placeholderData: keepPreviousData,
  });
  const records = found.data?.items ?? [];
  const options = [
    ...(selected && !records.some((record) => record.id === selected.id) ? [selected] : []),
    ...records,
  ].map((record) => ({ value: record.id, label: record.name }));
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.isFetching}
      options={options}
    />
  );
}
