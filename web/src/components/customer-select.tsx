import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCustomer, listCustomers } from '../api/customers-api';

type CustomerSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch'> & {
  value?: string | null;
};

/** Search-as-you-type customer picker (name, phone or e-mail). */
export function CustomerSelect({ value, ...props }: CustomerSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const found = useQuery({
    queryKey: ['customers', 'pick', q],
    queryFn: () =>
      listCustomers({ page: 1, pageSize: 20, q: q || undefined, sort: 'updatedAt', order: 'desc' }),
  });
  // The chosen customer may not be among the results: read it so its name shows.
  const chosen = useQuery({
    queryKey: ['customers', 'one', value],
    queryFn: () => getCustomer(value ?? ''),
    enabled: Boolean(value) && !found.data?.items.some((customer) => customer.id === value),
  });
  const options = (found.data?.items ?? []).map((customer) => ({
    value: customer.id,
    label: customer.name,
  }));
  if (chosen.data && !options.some((option) => option.value === chosen.data.id)) {
    options.unshift({ value: chosen.data.id, label: chosen.data.name });
  }
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      loading={found.isFetching}
      options={options}
      notFoundContent={found.isFetching ? t('app.loading') : t('records.noMatch')}
      placeholder={t('records.pickCustomer')}
      {...props}
    />
  );
}
