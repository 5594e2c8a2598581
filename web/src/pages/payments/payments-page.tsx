import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PAYMENT_SORTS, listPayments, searchContracts } from '../../api/contracts-api';
import type { Payment, PaymentListQuery } from '../../api/contracts-api';
import { CustomerSelect } from '../../components/customer-select';
import { useFormatters } from '../../components/formatters';
import { PageHeading } from '../../components/page-heading';
import { UserSelect, useUserNames } from '../../components/people';
import { RecordSelect } from '../../components/record-select';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { DayRangeFilter } from '../../components/url-filters';
import { useUrlListState } from '../../components/url-list-state';
import { PAYMENTS_KEY } from '../contracts/contract-data';
import { CustomerLink } from '../../components/customer-link';

const FILTERS = [
  'contractId',
  'customerId',
  'ownerId',
  'departmentId',
  'receivedFrom',
  'receivedTo',
] as const;

/** 回款: every payment the user may see, filtered by contract, customer, owner and day received. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const names = useUserNames();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, PAYMENT_SORTS);
  const query: PaymentListQuery = {
    ...paging,
    ...filters,
    // Most recently received first unless the user sorts.
    sort: paging.sort ?? 'receivedOn',
    order: paging.sort ? paging.order : 'desc',
  };
  const queryKey = [...PAYMENTS_KEY, 'list', query];
  const load = () => listPayments(query);

  const columns: RecordColumn<Payment>[] = [
    {
      key: 'receivedOn',
      title: t('deals.payments.fields.receivedOn'),
      sortKey: 'receivedOn',
      render: (_, p) => format.date(p.receivedOn),
    },
    {
      key: 'amount',
      title: t('dealRecords.payments.amount'),
      sortKey: 'amountCents',
      align: 'right',
      render: (_, p) => format.money(p.amountCents, p.currency),
    },
    {
      key: 'contract',
      title: t('deals.payments.fields.contractId'),
      ellipsis: true,
      width: 260,
      render: (_, p) => (
        <Link to={`/contracts/${p.contractId}`}>
          {p.contractNumber ? `${p.contractNumber} ${p.contractTitle ?? ''}` : '…'}
        </Link>
      ),
    },
    {
      key: 'customer',
      title: t('deals.contracts.fields.customerId'),
      render: (_, p) => <CustomerLink id={p.customerId} name={p.customerName} />,
    },
    {
      key: 'method',
      title: t('deals.payments.fields.method'),
      optional: true,
      dataIndex: 'method',
    },
    {
      key: 'owner',
      title: t('deals.payments.fields.ownerId'),
      optional: true,
      defaultHidden: true,
      render: (_, p) => names.get(p.ownerId) ?? '',
    },
    {
      key: 'recordedAt',
      title: t('deals.payments.fields.recordedAt'),
      sortKey: 'recordedAt',
      optional: true,
      render: (_, p) => (
        <>
          {format.dateTime(p.recordedAt)}{' '}
          <Tag color={p.timely ? 'default' : 'warning'}>
            {p.timely ? t('deals.payments.onTime') : t('deals.payments.late')}
          </Tag>
        </>
      ),
    },
  ];

  const filterBar = (
    <>
      <RecordSelect
        kind="contracts"
        search={(q) => searchContracts(q)}
        allowClear
        placeholder={t('deals.payments.fields.contractId')}
        style={{ width: 220 }}
        value={filters.contractId}
        onChange={(contractId?: string) => setFilters({ contractId })}
      />
      <CustomerSelect
        allowClear
        placeholder={t('deals.contracts.fields.customerId')}
        style={{ width: 180 }}
        value={filters.customerId}
        onChange={(customerId?: string) => setFilters({ customerId })}
      />
      <UserSelect
        allowClear
        placeholder={t('deals.payments.fields.ownerId')}
        style={{ width: 150 }}
        value={filters.ownerId}
        onChange={(ownerId?: string) => setFilters({ ownerId })}
      />
      <DayRangeFilter
        from={filters.receivedFrom}
        to={filters.receivedTo}
        onChange={(receivedFrom, receivedTo) => setFilters({ receivedFrom, receivedTo })}
        placeholder={[t('deals.filters.receivedFrom'), t('deals.filters.to')]}
      />
    </>
  );

  return (
    <>
      <PageHeading title={t('deals.payments.title')} />
      <RecordTable<Payment, NonNullable<PaymentListQuery['sort']>>
        testId="all-payments-table"
        queryKey={queryKey}
        load={load}
        columns={columns}
        paging={paging}
        onPaging={setPaging}
        storageKey="payments"
        exportTo={{ path: '/api/v1/payments/export', query }}
        filters={filterBar}
      />
    </>
  );
}
