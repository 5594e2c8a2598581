import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerStatus } from '../../api/customers-api';
import { changeCustomerStatus, CUSTOMER_STATUSES } from '../../api/customers-api';
import { FormDialog } from '../../components/form-dialog';

type StatusForm = { status: CustomerStatus; effectiveAt: Dayjs };

/** A status change asks when it really happened (default now, never in the future). */
export function StatusChangeDialog({
  customer,
  open,
  onClose,
}: {
  customer: Customer;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const submit = async ({ status, effectiveAt }: StatusForm) => {
    try {
      await changeCustomerStatus(customer.id, {
        version: customer.version,
        status,
        effectiveAt: effectiveAt.toISOString(),
      });
      void message.success(
        t('customers.detail.statusChanged', { status: t(`customers.statuses.${status}`) }),
      );
    } finally {
      void queryClient.invalidateQueries({ queryKey: ['customers'] });
    }
  };
  return (
    <FormDialog<StatusForm>
      open={open}
      title={t('customers.detail.statusTitle', { name: customer.name })}
      initialValues={{ status: customer.status, effectiveAt: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="status" label={t('customers.detail.newStatus')} rules={[{ required: true }]}>
        <Select
          options={CUSTOMER_STATUSES.map((status) => ({
            value: status,
            label: t(`customers.statuses.${status}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="effectiveAt"
        label={t('customers.detail.effectiveAt')}
        extra={t('customers.detail.effectiveHint')}
        rules={[{ required: true }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          allowClear={false}
        />
      </Form.Item>
    </FormDialog>
  );
}
