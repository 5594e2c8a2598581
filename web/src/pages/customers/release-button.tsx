import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/customers-api';
import { releaseCustomer } from '../../api/customers-api';
import { useErrorReporter } from '../../components/use-error-reporter';

/** Releases a customer to the public pool after a confirmation with an optional reason. */
export function ReleaseButton({ customer, icon }: { customer: Customer; icon?: ReactNode }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();

  const confirm = () => {
    let reason = '';
    modal.confirm({
      title: t('customers.detail.releaseTitle', { name: customer.name }),
      content: (
        <Input.TextArea
          placeholder={t('customers.detail.releaseReason')}
          maxLength={500}
          onChange={(event) => {
            reason = event.target.value;
          }}
        />
      ),
      okText: t('customers.detail.release'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await releaseCustomer(customer.id, customer.version, reason.trim() || undefined);
          void message.success(t('customers.detail.released', { name: customer.name }));
        } catch (error) {
          reportError(error);
        } finally {
          void queryClient.invalidateQueries({ queryKey: ['customers'] });
          void queryClient.invalidateQueries({ queryKey: ['pool'] });
        }
      },
    });
  };

  return (
    <Button danger icon={icon} onClick={confirm}>
      {t('customers.detail.release')}
    </Button>
  );
}
