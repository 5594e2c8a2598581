import { PlusOutlined } from '@ant-design/icons';
import { Button, Rate, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listTickets, TICKET_PRIORITIES, TICKET_STATUSES } from '../../api/service-api';
import type { TicketListQuery, Ticket } from '../../api/service-api';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { EnumFilter, SearchFilter } from '../../components/list-filters';
import { PageHeading } from '../../components/page-heading';
import { UserSelect } from '../../components/people';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { useUrlListState } from '../../components/url-list-state';
import { PRIORITY_COLORS, TICKET_STATUS_COLORS, TICKETS_KEY } from './ticket-labels';
import { TicketFormDialog } from './ticket-form-dialog';

const FILTERS = [
  'q',
  'status',
  'priority',
  'assigneeId',
  'customerId',
  // Set by the service report's drill-downs.
  'departmentId',
  'createdFrom',
  'createdTo',
  'resolvedFrom',
  'resolvedTo',
  'rated',
] as const;
const SORTS = ['createdAt', 'updatedAt', 'priority', 'status', 'resolvedAt'] as const;
type TicketSort = (typeof SORTS)[number];

export function TicketsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, SORTS);
  // Newest first unless the user sorts otherwise.
  const sorted = {
    ...paging,
    sort: paging.sort ?? 'createdAt',
    order: paging.order ?? 'desc',
  } as const;
  const query: TicketListQuery = {
    ...sorted,
    ...filters,
    status: TICKET_STATUSES.find((status) => status === filters.status),
    priority: TICKET_PRIORITIES.find((priority) => priority === filters.priority),
    rated: filters.rated === 'true' || filters.rated === 'false' ? filters.rated : undefined,
  };
  const queryKey = [...TICKETS_KEY, 'list', query];
  const load = () => listTickets(query);
  const [creating, setCreating] = useState(false);
  const time = (value: string | null) => (value ? format.dateTime(value) : '—');

  const columns: RecordColumn<Ticket>[] = [
    {
      key: 'title',
      title: t('service.tickets.fields.title'),
      render: (_, ticket) => <Link to={`/tickets/${ticket.id}`}>{ticket.title}</Link>,
    },
    {
      key: 'customer',
      title: t('service.tickets.fields.customer'),
      render: (_, ticket) => <CustomerLink id={ticket.customerId} name={ticket.customerName} />,
    },
    {
      key: 'priority',
      title: t('service.tickets.fields.priority'),
      sortKey: 'priority',
      render: (_, ticket) => (
        <Tag color={PRIORITY_COLORS[ticket.priority]}>
          {t(`service.tickets.priorities.${ticket.priority}`)}
        </Tag>
      ),
    },
    {
      key: 'status',
      title: t('service.tickets.fields.status'),
      sortKey: 'status',
      render: (_, ticket) => (
        <Tag color={TICKET_STATUS_COLORS[ticket.status]}>
          {t(`service.tickets.statuses.${ticket.status}`)}
        </Tag>
      ),
    },
    {
      key: 'assignee',
      title: t('service.tickets.fields.assignee'),
      render: (_, ticket) =>
        ticket.assigneeId ? (ticket.assigneeName ?? '…') : t('service.tickets.unassigned'),
    },
    {
      key: 'createdAt',
      title: t('records.createdAt'),
      sortKey: 'createdAt',
      render: (_, ticket) => format.dateTime(ticket.createdAt),
    },
    {
      key: 'firstResponseAt',
      title: t('service.tickets.fields.firstResponseAt'),
      optional: true,
      render: (_, ticket) => time(ticket.firstResponseAt),
    },
    {
      key: 'resolvedAt',
      title: t('service.tickets.fields.resolvedAt'),
      sortKey: 'resolvedAt',
      optional: true,
      render: (_, ticket) => time(ticket.resolvedAt),
    },
    {
      key: 'rating',
      title: t('service.tickets.fields.rating'),
      optional: true,
      render: (_, ticket) =>
        ticket.rating === null ? (
          '—'
        ) : (
          <Rate disabled value={ticket.rating} style={{ fontSize: 12 }} />
        ),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('service.tickets.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('service.tickets.create')}
          </Button>
        }
      />
      <RecordTable<Ticket, TicketSort>
        testId="tickets-table"
        queryKey={queryKey}
        load={load}
        columns={columns}
        paging={sorted}
        onPaging={setPaging}
        storageKey="tickets"
        exportTo={{ path: '/api/v1/tickets/export', query }}
        filters={
          <>
            <SearchFilter
              value={filters.q}
              placeholder={t('service.tickets.search')}
              width={200}
              onSearch={(q) => setFilters({ q })}
            />
            <EnumFilter
              value={filters.status}
              values={TICKET_STATUSES}
              label={(s) => t(`service.tickets.statuses.${s}`)}
              placeholder={t(`service.tickets.fields.status`)}
              onChange={(status) => setFilters({ status })}
            />
            <EnumFilter
              value={filters.priority}
              values={TICKET_PRIORITIES}
              label={(p) => t(`service.tickets.priorities.${p}`)}
              placeholder={t(`service.tickets.fields.priority`)}
              onChange={(priority) => setFilters({ priority })}
            />
            <UserSelect
              allowClear
              roles={['service']}
              value={filters.assigneeId}
              placeholder={t('service.tickets.fields.assignee')}
              style={{ width: 160 }}
              onChange={(assigneeId?: string) => setFilters({ assigneeId })}
            />
          </>
        }
      />
      <TicketFormDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
