import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Progress, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CONTRACT_SORTS, listContracts } from '../../api/contracts-api';
import type { Contract, ContractListQuery } from '../../api/contracts-api';
import { CustomerSelect } from '../../components/customer-select';
import { useFormatters } from '../../components/formatters';
import { PageHeading } from '../../components/page-heading';
import { UserSelect } from '../../components/people';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { DayRangeFilter, SearchFilter } from '../../components/url-filters';
import { useUrlListState } from '../../components/url-list-state';
import { useFieldLabel } from '../leads/lead-fields';
import { CustomerLink } from '../../components/customer-link';
import { CONTRACTS_KEY } from './contract-data';
import { ContractFormDialog } from './contract-form-dialog';
import { collectedPercent } from './contract-balance';

const FILTERS = [
  'q',
  'ownerId',
  'customerId',
  'signedFrom',
  'signedTo',
  'endFrom',
  'endTo',
  'renewal',
  // Set by the reports' drill-downs.
  'departmentId',
  'unpaidOn',
] as const;

export function ContractsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const field = useFieldLabel('contracts');
  const navigate = useNavigate();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, CONTRACT_SORTS);
  const query: ContractListQuery = {
    ...paging,
    ...filters,
    // Most recently signed first unless the user sorts.
    sort: paging.sort ?? 'signedOn',
    order: paging.sort ? paging.order : 'desc',
    renewal:
      filters.renewal === 'true' || filters.renewal === 'false' ? filters.renewal : undefined,
  };
  const [dialog, setDialog] = useState<{ open: boolean; contract?: Contract }>({ open: false });

  const columns: RecordColumn<Contract>[] = [
    {
      key: 'number',
      title: field('number'),
      sortKey: 'number',
      render: (_, c) => (
        <Link to={`/contracts/${c.id}`} data-testid={`contract-link-${c.number}`}>
          {c.number}
        </Link>
      ),
    },
    { key: 'title', title: field('title'), dataIndex: 'title', ellipsis: true, width: 200 },
    {
      key: 'customer',
      title: field('customerId'),
      render: (_, c) => <CustomerLink id={c.customerId} name={c.customerName} />,
    },
    {
      key: 'amount',
      title: field('amountCents'),
      sortKey: 'amountCents',
      align: 'right',
      render: (_, c) => format.money(c.amountCents, c.currency),
    },
    {
      key: 'collected',
      title: t('deals.contracts.balance'),
      optional: true,
      width: 130,
      render: (_, c) => (
        <Progress
          percent={collectedPercent(c)}
          size="small"
          status={c.balanceCents <= 0 ? 'success' : 'normal'}
        />
      ),
    },
    {
      key: 'balance',
      title: field('balanceCents'),
      optional: true,
      align: 'right',
      render: (_, c) =>
        c.balanceCents < 0 ? (
          <Typography.Text type="warning">
            {t('deals.contracts.overpaid', { amount: format.money(-c.balanceCents, c.currency) })}
          </Typography.Text>
        ) : (
          format.money(c.balanceCents, c.currency)
        ),
    },
    {
      key: 'signedOn',
      title: field('signedOn'),
      sortKey: 'signedOn',
      render: (_, c) => format.date(c.signedOn),
    },
    {
      key: 'endOn',
      title: field('endOn'),
      sortKey: 'endOn',
      optional: true,
      defaultHidden: true,
      render: (_, c) => (c.endOn ? format.date(c.endOn) : ''),
    },
    {
      key: 'renewal',
      title: t('deals.contracts.renewal'),
      optional: true,
      defaultHidden: true,
      render: (_, c) =>
        c.renewalOf ? <Tag color="purple">{t('deals.contracts.renewal')}</Tag> : null,
    },
    {
      key: 'owner',
      title: field('ownerId'),
      optional: true,
      defaultHidden: true,
      render: (_, c) => c.ownerName ?? '',
    },
    {
      key: 'actions',
      exported: false,
      title: t('common.actions'),
      fixed: 'right',
      render: (_, c) =>
        c.access === 'write' ? (
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('common.edit')}
            onClick={() => setDialog({ open: true, contract: c })}
          />
        ) : null,
    },
  ];

  const filterBar = (
    <>
      <SearchFilter
        value={filters.q}
        placeholder={t('deals.contracts.search')}
        onSearch={(q) => setFilters({ q })}
      />
      <CustomerSelect
        allowClear
        placeholder={field('customerId')}
        style={{ width: 180 }}
        value={filters.customerId}
        onChange={(customerId?: string) => setFilters({ customerId })}
      />
      <UserSelect
        allowClear
        placeholder={field('ownerId')}
        style={{ width: 150 }}
        value={filters.ownerId}
        onChange={(ownerId?: string) => setFilters({ ownerId })}
      />
      <Select<string>
        allowClear
        placeholder={t('deals.contracts.renewal')}
        style={{ width: 150 }}
        value={filters.renewal}
        onChange={(renewal?: string) => setFilters({ renewal })}
        options={(['true', 'false'] as const).map((value) => ({
          value,
          label: t(`deals.contracts.renewalOptions.${value}`),
        }))}
      />
      <DayRangeFilter
        from={filters.signedFrom}
        to={filters.signedTo}
        onChange={(signedFrom, signedTo) => setFilters({ signedFrom, signedTo })}
        placeholder={[t('deals.filters.signedFrom'), t('deals.filters.to')]}
      />
      <DayRangeFilter
        from={filters.endFrom}
        to={filters.endTo}
        onChange={(endFrom, endTo) => setFilters({ endFrom, endTo })}
        placeholder={[t('dealRecords.contracts.endFrom'), t('deals.filters.to')]}
      />
    </>
  );

  return (
    <>
      <PageHeading
        title={t('deals.contracts.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-contract"
            onClick={() => setDialog({ open: true })}
          >
            {t('deals.contracts.create')}
          </Button>
        }
      />
      <RecordTable<Contract, NonNullable<ContractListQuery['sort']>>
        testId="contracts-table"
        queryKey={[...CONTRACTS_KEY, 'list', query]}
        load={() => listContracts(query)}
        columns={columns}
        paging={paging}
        onPaging={setPaging}
        storageKey="contracts"
        exportTo={{ path: '/api/v1/contracts/export', query }}
        filters={filterBar}
      />
      <ContractFormDialog
        key={dialog.contract ? `${dialog.contract.id}@${dialog.contract.version}` : 'new'}
        open={dialog.open}
        contract={dialog.contract}
        preset={{ customerId: filters.customerId }}
        onClose={() => setDialog({ open: false })}
        onCreated={(created) => void navigate(`/contracts/${created.id}`)}
      />
    </>
  );
}
