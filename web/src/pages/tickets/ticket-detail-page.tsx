import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Rate, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { getTicket } from '../../api/service-api';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { FullPageSpin } from '../../components/full-page-spin';
import { HistoryTable } from '../../components/history-table';
import { PageHeading } from '../../components/page-heading';
import { DetailLayout, DetailLoadFailed } from '../../components/record-detail';
import { TicketActions } from './ticket-actions';
import { TicketFormDialog } from './ticket-form-dialog';
import { PRIORITY_COLORS, TICKET_STATUS_COLORS, TICKETS_KEY } from './ticket-labels';
import { TicketReplies } from './ticket-replies';

export function TicketDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const ticket = useQuery({ queryKey: [...TICKETS_KEY, 'one', id], queryFn: () => getTicket(id) });
  const [editing, setEditing] = useState(false);

  if (ticket.isPending) return <FullPageSpin />;
  if (ticket.isError) return <DetailLoadFailed error={ticket.error} backTo="/tickets" />;
  const record = ticket.data;
  const time = (value: string | null) => (value ? format.dateTime(value) : '—');
  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            {record.title}
            <Tag color={TICKET_STATUS_COLORS[record.status]}>
              {t(`service.tickets.statuses.${record.status}`)}
            </Tag>
          </Space>
        }
        extra={
          record.access === 'write' && (
            <TicketActions ticket={record} onEdit={() => setEditing(true)} />
          )
        }
      />
      <DetailLayout
        side={
          <Card>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('service.tickets.fields.customer')}>
                <CustomerLink id={record.customerId} name={record.customerName} />
              </Descriptions.Item>
              <Descriptions.Item label={t('service.tickets.fields.priority')}>
                <Tag color={PRIORITY_COLORS[record.priority]}>
                  {t(`service.tickets.priorities.${record.priority}`)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('service.tickets.fields.assignee')}>
                {record.assigneeId ? (record.assigneeName ?? '…') : t('service.tickets.unassigned')}
              </Descriptions.Item>
              <Descriptions.Item label={t('records.createdAt')}>
                {time(record.createdAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('service.tickets.fields.firstResponseAt')}>
                {time(record.firstResponseAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('service.tickets.fields.resolvedAt')}>
                {time(record.resolvedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('service.tickets.fields.rating')}>
                {record.rating === null ? (
                  t('service.tickets.notRated')
                ) : (
                  <Space direction="vertical" size={0}>
                    <Rate disabled value={record.rating} />
                    {record.ratingComment}
                  </Space>
                )}
              </Descriptions.Item>
            </Descriptions>
            {record.description && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>
                {record.description}
              </Typography.Paragraph>
            )}
          </Card>
        }
        tabs={[
          {
            key: 'replies',
            label: t('service.tickets.replies'),
            children: <TicketReplies ticketId={id} writable={record.access === 'write'} />,
          },
          {
            key: 'history',
            label: t('records.history.title'),
            children: <HistoryTable collection="tickets" id={id} />,
          },
        ]}
      />
      <TicketFormDialog
        key={`${record.id}@${record.version}`}
        open={editing}
        ticket={record}
        onClose={() => setEditing(false)}
      />
    </>
  );
}
