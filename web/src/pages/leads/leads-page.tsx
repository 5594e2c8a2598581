import { EditOutlined, PlusOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Select, Tag } from 'antd';
import { useState } from 'react';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LEAD_SORTS, LEAD_STATUSES, listLeads } from '../../api/leads-api';
import type { Lead, LeadListQuery } from '../../api/leads-api';
import { searchCampaigns } from '../../api/record-api';
import { useCurrentUser } from '../../auth/current-user';
import { useFormat } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { UserSelect } from '../../components/people';
import { RecordSelect } from '../../components/record-select';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { DayRangeFilter, SearchFilter } from '../../components/url-filters';
import { useUrlListState } from '../../components/url-list-state';
import { LeadAssignDialog } from './lead-assign-dialog';
import { LEADS_KEY, OPEN_LEAD_STATUSES, STATUS_COLORS } from './lead-data';
import { useLeadFieldLabel } from './lead-fields';
import { LeadFormDialog } from './lead-form-dialog';

const FILTERS = [
  'q',
  'status',
  'ownerId',
  'sourceUserId',
  'campaignId',
  'createdFrom',
  'createdTo',
  'closedFrom',
  'closedTo',
  'departmentId',
] as const;

const isOpen = (lead: Lead) => OPEN_LEAD_STATUSES.includes(lead.status);

export function LeadsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const field = useLeadFieldLabel();
  const user = useCurrentUser();
  const canAssign = user.roles.some((role) => role === 'manager' || role === 'admin');
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, LEAD_SORTS);
  const query: LeadListQuery = {
    ...paging,
    ...filters,
    // Most recently changed first unless the user sorts.
    sort: paging.sort ?? 'updatedAt',
    order: paging.sort ? paging.order : 'desc',
    status: LEAD_STATUSES.find((status) => status === filters.status),
  };
  const [dialog, setDialog] = useState<{ open: boolean; lead?: Lead }>({ open: false });
  const [selected, setSelected] = useState<{ keys: Key[]; rows: Lead[] }>({ keys: [], rows: [] });
  const [assigning, setAssigning] = useState(false);

  const columns: RecordColumn<Lead>[] = [
    {
      key: 'company',
      title: field('company'),
      sortKey: 'company',
      render: (_, lead) => (
        <Link to={`/leads/${lead.id}`} data-testid={`lead-link-${lead.id}`}>
          {lead.company}
        </Link>
      ),
    },
    { key: 'contactName', title: field('contactName'), dataIndex: 'contactName' },
    { key: 'phone', title: field('phone'), dataIndex: 'phone', optional: true },
    {
      key: 'status',
      title: field('status'),
      render: (_, lead) => (
        <Tag color={STATUS_COLORS[lead.status]}>{t(`deals.leads.statuses.${lead.status}`)}</Tag>
      ),
    },
    { key: 'owner', title: field('ownerId'), render: (_, lead) => lead.ownerName ?? '' },
    {
      key: 'sourceUser',
      title: field('sourceUserId'),
      optional: true,
      defaultHidden: true,
      render: (_, lead) => lead.sourceUserName ?? '',
    },
    { key: 'industry', title: field('industry'), dataIndex: 'industry', optional: true },
    {
      key: 'region',
      title: field('region'),
      dataIndex: 'region',
      optional: true,
      defaultHidden: true,
    },
    {
      key: 'createdAt',
      title: field('createdAt'),
      sortKey: 'createdAt',
      optional: true,
      render: (_, lead) => format.date(lead.createdAt),
    },
    {
      key: 'closedAt',
      title: field('closedAt'),
      sortKey: 'closedAt',
      optional: true,
      defaultHidden: true,
      render: (_, lead) => (lead.closedAt ? format.date(lead.closedAt) : ''),
    },
    {
      key: 'actions',
      exported: false,
      title: t('common.actions'),
      fixed: 'right',
      render: (_, lead) =>
        lead.access === 'write' && isOpen(lead) ? (
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('common.edit')}
            onClick={() => setDialog({ open: true, lead })}
          />
        ) : null,
    },
  ];

  const filterBar = (
    <>
      <SearchFilter
        value={filters.q}
        placeholder={t('deals.leads.search')}
        onSearch={(q) => setFilters({ q })}
      />
      <Select<string>
        allowClear
        placeholder={field('status')}
        data-testid="filter-status"
        style={{ width: 130 }}
        value={filters.status}
        onChange={(status?: string) => setFilters({ status })}
        options={LEAD_STATUSES.map((s) => ({ value: s, label: t(`deals.leads.statuses.${s}`) }))}
      />
      <UserSelect
        allowClear
        placeholder={field('ownerId')}
        style={{ width: 150 }}
        value={filters.ownerId}
        onChange={(ownerId?: string) => setFilters({ ownerId })}
      />
      <UserSelect
        allowClear
        placeholder={field('sourceUserId')}
        style={{ width: 150 }}
        value={filters.sourceUserId}
        onChange={(sourceUserId?: string) => setFilters({ sourceUserId })}
      />
      <RecordSelect
        kind="campaigns"
        search={searchCampaigns}
        allowClear
        placeholder={field('campaignId')}
        style={{ width: 150 }}
        value={filters.campaignId}
        onChange={(campaignId?: string) => setFilters({ campaignId })}
      />
      <DayRangeFilter
        from={filters.createdFrom}
        to={filters.createdTo}
        onChange={(createdFrom, createdTo) => setFilters({ createdFrom, createdTo })}
        placeholder={[t('deals.filters.createdFrom'), t('deals.filters.to')]}
      />
      <DayRangeFilter
        from={filters.closedFrom}
        to={filters.closedTo}
        onChange={(closedFrom, closedTo) => setFilters({ closedFrom, closedTo })}
        placeholder={[t('deals.filters.closedFrom'), t('deals.filters.to')]}
      />
    </>
  );

  return (
    <>
      <PageHeading
        title={t('deals.leads.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-lead"
            onClick={() => setDialog({ open: true })}
          >
            {t('deals.leads.create')}
          </Button>
        }
      />
      <RecordTable<Lead, NonNullable<LeadListQuery['sort']>>
        testId="leads-table"
        queryKey={[...LEADS_KEY, 'list', query]}
        load={() => listLeads(query)}
        columns={columns}
        paging={paging}
        onPaging={setPaging}
        storageKey="leads"
        exportTo={{ path: '/api/v1/leads/export', query }}
        filters={filterBar}
        actions={
          canAssign &&
          selected.keys.length > 0 && (
            <Button
              icon={<UserSwitchOutlined />}
              data-testid="bulk-assign"
              onClick={() => setAssigning(true)}
            >
              {t('deals.leads.assignSelected', { count: selected.keys.length })}
            </Button>
          )
        }
        selection={
          canAssign
            ? { selected: selected.keys, onChange: (keys, rows) => setSelected({ keys, rows }) }
            : undefined
        }
      />
      <LeadFormDialog
        key={dialog.lead ? `${dialog.lead.id}@${dialog.lead.version}` : 'new'}
        open={dialog.open}
        lead={dialog.lead}
        onClose={() => setDialog({ open: false })}
      />
      <LeadAssignDialog
        open={assigning}
        leads={selected.rows.filter(isOpen)}
        onClose={() => setAssigning(false)}
        onDone={() => setSelected({ keys: [], rows: [] })}
      />
    </>
  );
}
