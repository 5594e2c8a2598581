import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listFeedback, FEEDBACK_STATUSES } from '../../api/service-api';
import type { FeedbackListQuery, Feedback } from '../../api/service-api';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { EnumFilter, SearchFilter } from '../../components/list-filters';
import { PageHeading } from '../../components/page-heading';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { useUrlListState } from '../../components/url-list-state';
import { FEEDBACK_KEY, FeedbackFormDialog } from './feedback-form-dialog';
import { FEEDBACK_STATUS_COLORS } from './feedback-labels';

const FILTERS = [
  'q',
  'status',
  'customerId',
  // Set by the service report's drill-downs.
  'reporterId',
  'departmentId',
  'decidedFrom',
  'decidedTo',
] as const;
const SORTS = ['createdAt', 'updatedAt', 'decidedAt', 'status'] as const;
type FeedbackSort = (typeof SORTS)[number];

export function FeedbackPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, SORTS);
  const sorted = {
    ...paging,
    sort: paging.sort ?? 'createdAt',
    order: paging.order ?? 'desc',
  } as const;
  const query: FeedbackListQuery = {
    ...sorted,
    ...filters,
    status: FEEDBACK_STATUSES.find((status) => status === filters.status),
  };
  const queryKey = [...FEEDBACK_KEY, 'list', query];
  const load = () => listFeedback(query);
  const [creating, setCreating] = useState(false);

  const columns: RecordColumn<Feedback>[] = [
    {
      key: 'title',
      title: t('service.feedback.fields.title'),
      render: (_, item) => <Link to={`/feedback/${item.id}`}>{item.title}</Link>,
    },
    {
      key: 'status',
      title: t('service.feedback.fields.status'),
      sortKey: 'status',
      render: (_, item) => (
        <Tag color={FEEDBACK_STATUS_COLORS[item.status]}>
          {t(`service.feedback.statuses.${item.status}`)}
        </Tag>
      ),
    },
    {
      key: 'reporter',
      title: t('service.feedback.fields.reporter'),
      render: (_, item) => item.reporterName ?? '…',
    },
    {
      key: 'customer',
      title: t('service.feedback.fields.customer'),
      optional: true,
      render: (_, item) => <CustomerLink id={item.customerId} name={item.customerName} />,
    },
    {
      key: 'createdAt',
      title: t('records.createdAt'),
      sortKey: 'createdAt',
      render: (_, item) => format.dateTime(item.createdAt),
    },
    {
      key: 'decidedAt',
      title: t('service.feedback.fields.decidedAt'),
      sortKey: 'decidedAt',
      optional: true,
      render: (_, item) => (item.decidedAt ? format.dateTime(item.decidedAt) : '—'),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('service.feedback.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('service.feedback.create')}
          </Button>
        }
      />
      <RecordTable<Feedback, FeedbackSort>
        testId="feedback-table"
        queryKey={queryKey}
        load={load}
        columns={columns}
        paging={sorted}
        onPaging={setPaging}
        storageKey="feedback"
        filters={
          <>
            <SearchFilter
              value={filters.q}
              placeholder={t('service.feedback.search')}
              width={200}
              onSearch={(q) => setFilters({ q })}
            />
            <EnumFilter
              value={filters.status}
              values={FEEDBACK_STATUSES}
              label={(status) => t(`service.feedback.statuses.${status}`)}
              placeholder={t('service.feedback.fields.status')}
              width={140}
              onChange={(status) => setFilters({ status })}
            />
          </>
        }
      />
      <FeedbackFormDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
