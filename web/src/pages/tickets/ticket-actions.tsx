import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Rate, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeTicketStatus, rateTicket, resolveTicket } from '../../api/service-api';
import type { Ticket } from '../../api/service-api';
import { FormDialog } from '../../components/form-dialog';
import { useErrorReporter } from '../../components/use-error-reporter';
import { TICKETS_KEY } from './ticket-labels';

/** Resolve, park, close, reopen and rate, as the ticket's status allows. */
export function TicketActions({ ticket, onEdit }: { ticket: Ticket; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      void message.success(done);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      void queryClient.invalidateQueries({ queryKey: TICKETS_KEY });
    }
  };
  const setStatus = (status: 'open' | 'pending' | 'closed') =>
    run(
      () => changeTicketStatus(ticket.id, ticket.version, status),
      t('service.tickets.statusChanged', { status: t(`service.tickets.statuses.${status}`) }),
    );
  const finished = ticket.status === 'resolved' || ticket.status === 'closed';

  return (
    <Space wrap>
      {!finished && (
        <Button
          type="primary"
          loading={busy}
          onClick={() =>
            void run(() => resolveTicket(ticket.id, ticket.version), t('service.tickets.resolved'))
          }
        >
          {t('service.tickets.resolve')}
        </Button>
      )}
      {ticket.status === 'open' && (
        <Button disabled={busy} onClick={() => void setStatus('pending')}>
          {t('service.tickets.pending')}
        </Button>
      )}
      {finished ? (
        <Button disabled={busy} onClick={() => void setStatus('open')}>
          {t('service.tickets.reopen')}
        </Button>
      ) : (
        <Button disabled={busy} onClick={() => void setStatus('closed')}>
          {t('service.tickets.close')}
        </Button>
      )}
      {finished && ticket.rating === null && (
        <Button onClick={() => setRating(true)}>{t('service.tickets.rate')}</Button>
      )}
      <Button onClick={onEdit}>{t('common.edit')}</Button>
      <FormDialog<{ rating: number; comment?: string }>
        open={rating}
        title={t('service.tickets.rateTitle')}
        onSubmit={async ({ rating: stars, comment }) => {
          await rateTicket(ticket.id, stars, comment?.trim() || undefined);
          void message.success(t('service.tickets.rated'));
          void queryClient.invalidateQueries({ queryKey: TICKETS_KEY });
        }}
        onClose={() => setRating(false)}
      >
        <Form.Item
          name="rating"
          label={t('service.tickets.fields.rating')}
          rules={[{ required: true }]}
        >
          <Rate />
        </Form.Item>
        <Form.Item name="comment" label={t('service.tickets.ratingComment')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </FormDialog>
    </Space>
  );
}
