import { Segmented, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import {
  OPPORTUNITY_SORTS,
  OPPORTUNITY_STATUSES,
  listOpportunities,
} from '../../api/opportunities-api';
import type { Opportunity, OpportunityListQuery } from '../../api/opportunities-api';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { UserSelect } from '../../components/people';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { DayRangeFilter, SearchFilter } from '../../components/url-filters';
import { useUrlListState } from '../../components/url-list-state';
import { useFieldLabel } from '../leads/lead-fields';
import { PipelineBoard } from './pipeline-board';
import { OPPORTUNITIES_KEY, STATUS_COLORS, useStageName, useStages } from './stage-data';

const FILTERS = [
  'q',
  'status',
  'stageId',
  'ownerId',
  'expectedCloseFrom',
  'expectedCloseTo',
  // Set by the reports' drill-downs.
  'departmentId',
  'createdFrom',
  'createdTo',
  'reachedStageId',
  'leftStageId',
  'leftFrom',
  'leftTo',
  'closedFrom',
  'closedTo',
  'closeReason',
  'customerSource',
  'customerIndustry',
] as const;

/** Opportunities as a list or as the pipeline board (?view=board). */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const board = params.get('view') === 'board';
  return (
    <>
      <PageHeading
        title={t('deals.opportunities.title')}
        extra={
          <Segmented<string>
            data-testid="opportunities-view"
            value={board ? 'board' : 'list'}
            onChange={(view) => setParams(view === 'board' ? { view } : {})}
            options={[
              { value: 'list', label: t('deals.opportunities.list') },
              { value: 'board', label: t('deals.opportunities.board') },
            ]}
          />
        }
      />
      {board ? <PipelineBoard /> : <OpportunityList />}
    </>
  );
}

function OpportunityList() {
  const { t } = useTranslation();
  const format = useFormat();
  const field = useFieldLabel('opportunities');
  const stages = useStages();
  const stageName = useStageName();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, OPPORTUNITY_SORTS);
  const query: OpportunityListQuery = {
    ...paging,
    ...filters,
    // Most recently changed first unless the user sorts.
    sort: paging.sort ?? 'updatedAt',
    order: paging.sort ? paging.order : 'desc',
    status: OPPORTUNITY_STATUSES.find((status) => status === filters.status),
  };
  const columns: RecordColumn<Opportunity>[] = [
    {
      key: 'name',
      title: field('name'),
      sortKey: 'name',
      render: (_, o) => <Link to={`/opportunities/${o.id}`}>{o.name}</Link>,
    },
    {
      key: 'customer',
      title: field('customerId'),
      render: (_, o) => <CustomerLink id={o.customerId} name={o.customerName} />,
    },
    {
      key: 'amount',
      title: field('amountCents'),
      sortKey: 'amountCents',
      align: 'right',
      render: (_, o) => format.money(o.amountCents, o.currency),
    },
    { key: 'stage', title: field('stageId'), render: (_, o) => stageName(o.stageId) },
    {
      key: 'status',
      title: field('status'),
      render: (_, o) => (
        <Tag color={STATUS_COLORS[o.status]}>{t(`deals.opportunities.statuses.${o.status}`)}</Tag>
      ),
    },
    { key: 'owner', title: field('ownerId'), render: (_, o) => o.ownerName ?? '' },
    {
      key: 'expectedCloseOn',
      title: field('expectedCloseOn'),
      sortKey: 'expectedCloseOn',
      optional: true,
      render: (_, o) => (o.expectedCloseOn ? format.date(o.expectedCloseOn) : ''),
    },
    {
      key: 'updatedAt',
      title: field('updatedAt'),
      sortKey: 'updatedAt',
      optional: true,
      defaultHidden: true,
      render: (_, o) => format.dateTime(o.updatedAt),
    },
  ];
  const filterBar = (
    <>
      <SearchFilter
        value={filters.q}
        placeholder={t('deals.opportunities.search')}
        onSearch={(q) => setFilters({ q })}
      />
      <Select<string>
        allowClear
        placeholder={field('status')}
        style={{ width: 120 }}
        value={filters.status}
        onChange={(status?: string) => setFilters({ status })}
        options={OPPORTUNITY_STATUSES.map((s) => ({
          value: s,
          label: t(`deals.opportunities.statuses.${s}`),
        }))}
      />
      <Select<string>
        allowClear
        placeholder={field('stageId')}
        style={{ width: 140 }}
        value={filters.stageId}
        onChange={(stageId?: string) => setFilters({ stageId })}
        options={(stages.data ?? []).map((s) => ({ value: s.id, label: stageName(s.id) }))}
      />
      <UserSelect
        allowClear
        placeholder={field('ownerId')}
        style={{ width: 150 }}
        value={filters.ownerId}
        onChange={(ownerId?: string) => setFilters({ ownerId })}
      />
      <DayRangeFilter
        from={filters.expectedCloseFrom}
        to={filters.expectedCloseTo}
        onChange={(expectedCloseFrom, expectedCloseTo) =>
          setFilters({ expectedCloseFrom, expectedCloseTo })
        }
        placeholder={[t('deals.filters.expectedFrom'), t('deals.filters.to')]}
      />
    </>
  );
  return (
    <RecordTable<Opportunity, NonNullable<OpportunityListQuery['sort']>>
      testId="opportunities-table"
      queryKey={[...OPPORTUNITIES_KEY, 'list', query]}
      load={() => listOpportunities(query)}
      columns={columns}
      paging={paging}
      onPaging={setPaging}
      storageKey="opportunities"
      exportTo={{ path: '/api/v1/opportunities/export', query }}
      filters={filterBar}
    />
  );
}
