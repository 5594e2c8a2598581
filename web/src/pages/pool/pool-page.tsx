import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/api-client';
import type { Customer } from '../../api/customers-api';
import { CUSTOMER_LEVELS, CUSTOMER_STATUSES } from '../../api/customers-api';
import { claimCustomer, listPool } from '../../api/pool-contacts-api';
import type { PoolQuery } from '../../api/pool-contacts-api';
import { EnumFilter, SearchFilter } from '../../components/list-filters';
import { PageHeading } from '../../components/page-heading';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { useUrlListState } from '../../components/url-list-state';
import { useErrorReporter, useErrorText } from '../../components/use-error-reporter';
import { useCustomerColumns } from '../customers/customer-columns';

const FILTERS = ['q', 'status', 'level', 'industry', 'region'] as const;
const SORTS = ['name', 'poolEnteredAt', 'createdAt', 'lastFollowUpAt', 'level'] as const;
type PoolSort = (typeof SORTS)[number];

/** A claim refused by the pool's rules (the cap, the cool-down), as opposed to any other failure. */
const isClaimRefusal = (error: unknown): boolean =>
  error instanceof ApiError &&
  (error.code === 'pool_claim_cap_reached' || error.code === 'pool_cooldown');

/** 公海: customers without an owner, to be claimed. */
export function PoolPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useErrorReporter();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, SORTS);
  const [claiming, setClaiming] = useState<string | null>(null);
  const query: PoolQuery = {
    ...paging,
    ...filters,
    status: CUSTOMER_STATUSES.find((status) => status === filters.status),
    level: CUSTOMER_LEVELS.find((level) => level === filters.level),
  };

  const claim = async (customer: Customer) => {
    setClaiming(customer.id);
    try {
      await claimCustomer(customer.id, customer.version);
      void message.success(t('customers.pool.claimed', { name: customer.name }));
      navigate(`/customers/${customer.id}`);
    } catch (error) {
      if (isClaimRefusal(error)) void message.warning(errorText(error));
      else reportError(error);
    } finally {
      setClaiming(null);
      void queryClient.invalidateQueries({ queryKey: ['pool'] });
      void queryClient.invalidateQueries({ queryKey: ['customers'] });
    }
  };

  const columns: RecordColumn<Customer>[] = [
    ...useCustomerColumns('pool'),
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, customer) => (
        <Button
          type="link"
          size="small"
          loading={claiming === customer.id}
          data-testid={`claim-${customer.id}`}
          onClick={() => void claim(customer)}
        >
          {t('customers.pool.claim')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeading title={t('customers.pool.title')} />
      <Alert type="info" showIcon title={t('customers.pool.intro')} style={{ marginBottom: 16 }} />
      <RecordTable<Customer, PoolSort>
        testId="pool-table"
        queryKey={['pool', 'list', query]}
        load={() => listPool(query)}
        columns={columns}
        paging={paging}
        onPaging={setPaging}
        storageKey="pool"
        filters={
          <>
            <SearchFilter
              value={filters.q}
              placeholder={t('customers.search')}
              width={200}
              onSearch={(q) => setFilters({ q })}
            />
            <EnumFilter
              value={filters.status}
              values={CUSTOMER_STATUSES}
              label={(status) => t(`customers.statuses.${status}`)}
              placeholder={t('customers.fields.status')}
              width={140}
              onChange={(status) => setFilters({ status })}
            />
            <EnumFilter
              value={filters.level}
              values={CUSTOMER_LEVELS}
              label={(level) => t(`customers.levels.${level}`)}
              placeholder={t('customers.fields.level')}
              width={140}
              onChange={(level) => setFilters({ level })}
            />
            <Input
              allowClear
              defaultValue={filters.industry}
              placeholder={t('customers.fields.industry')}
              style={{ width: 140 }}
              onPressEnter={(event) =>
                setFilters({ industry: event.currentTarget.value.trim() || undefined })
              }
            />
          </>
        }
      />
    </>
  );
}
