import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listTickets } from '../../api/service-api';
import type { Ticket } from '../../api/service-api';
import { CustomerLink } from '../../components/customer-link';
import { useFormat } from '../../components/format';
import { PRIORITY_COLORS, TICKETS_KEY } from '../tickets/ticket-labels';

/** A service agent's queue: their open tickets, oldest first, and whether each has had a first response. */
export function TicketQueueCard({ assigneeId }: { assigneeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The first-response clock: how long each unanswered ticket has waited, as of opening the page.
  const [now] = useState(() => Date.now());
  const waited = (since: string) => {
    const minutes = Math.max(0, Math.round((now - Date.parse(since)) / 60_000));
    if (minutes < 60) return t('workbench.tickets.minutes', { count: minutes });
    if (minutes < 48 * 60) return t('workbench.tickets.hours', { count: Math.floor(minutes / 60) });
    return t('workbench.tickets.days', { count: Math.floor(minutes / (24 * 60)) });
  };
  const query = {
    page: 1,
    pageSize: 10,
    status: 'open',
    assigneeId,
    sort: 'createdAt',
    order: 'asc',
  } as const;
  const tickets = useQuery({
    queryKey: [...TICKETS_KEY, 'list', query],
    queryFn: () => listTickets(query),
  });
  return (
    <Card
      title={t('workbench.tickets.title')}
      data-testid="ticket-queue-card"
      extra={<Link to={`/tickets?assigneeId=${assigneeId}`}>{t('workbench.tickets.all')}</Link>}
    >
      <List<Ticket>
        loading={tickets.isPending}
        dataSource={tickets.data?.items}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('workbench.tickets.empty')}
            />
          ),
        }}
        renderItem={(ticket) => (
          <List.Item
            extra={
              <Tag color={PRIORITY_COLORS[ticket.priority]}>
                {t(`service.tickets.priorities.${ticket.priority}`)}
              </Tag>
            }
          >
            <List.Item.Meta
              title={<Link to={`/tickets/${ticket.id}`}>{ticket.title}</Link>}
              description={
                <>
                  <CustomerLink id={ticket.customerId} name={ticket.customerName} />
                  {' · '}
                  <Typography.Text type={ticket.firstResponseAt ? 'secondary' : 'warning'}>
                    {ticket.firstResponseAt
                      ? t('workbench.tickets.responded', {
                          time: format.dateTime(ticket.firstResponseAt),
                        })
                      : t('workbench.tickets.waiting', { elapsed: waited(ticket.createdAt) })}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
