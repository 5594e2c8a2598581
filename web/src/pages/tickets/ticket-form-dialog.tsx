import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { createTicket, updateTicket, TICKET_PRIORITIES } from '../../api/service-api';
import type { TicketFields, Ticket } from '../../api/service-api';
import { CustomerSelect } from '../../components/customer-select';
import { FormDialog } from '../../components/form-dialog';
import { UserSelect } from '../../components/people';
import { TICKETS_KEY } from './ticket-labels';

type TicketFormDialogProps = { open: boolean; ticket?: Ticket; onClose: () => void };

export function TicketFormDialog({ open, ticket, onClose }: TicketFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const submit = async (values: TicketFields) => {
    const fields: TicketFields = {
      ...values,
      title: values.title.trim(),
      description: values.description?.trim() || null,
      customerId: values.customerId ?? null,
      assigneeId: values.assigneeId ?? null,
    };
    try {
      const saved = ticket
        ? await updateTicket(ticket.id, { ...fields, version: ticket.version })
        : await createTicket(fields);
      void message.success(t('service.tickets.saved', { title: saved.title }));
    } finally {
      void queryClient.invalidateQueries({ queryKey: TICKETS_KEY });
    }
  };
  return (
    <FormDialog<TicketFields>
      open={open}
      title={t(ticket ? 'service.tickets.edit' : 'service.tickets.create')}
      initialValues={ticket ?? { priority: 'normal' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={t('service.tickets.fields.title')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} autoFocus />
      </Form.Item>
      <Form.Item name="customerId" label={t('service.tickets.fields.customer')}>
        <CustomerSelect allowClear />
      </Form.Item>
      <Form.Item name="priority" label={t('service.tickets.fields.priority')}>
        <Select
          options={TICKET_PRIORITIES.map((priority) => ({
            value: priority,
            label: t(`service.tickets.priorities.${priority}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="assigneeId" label={t('service.tickets.fields.assignee')}>
        <UserSelect allowClear roles={['service']} placeholder={t('service.tickets.unassigned')} />
      </Form.Item>
      <Form.Item name="description" label={t('service.tickets.fields.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
    </FormDialog>
  );
}
