import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/customers-api';
import { getCustomer } from '../../api/customers-api';
import { mergeCustomers } from '../../api/search-api';
import { CustomerSelect } from '../../components/customer-select';
import { FormDialog } from '../../components/form-dialog';

type MergeDialogProps = { open: boolean; customer: Customer; onClose: () => void };

/** Picks a duplicate of this customer and merges it in (both must be the user's to change). */
export function CustomerMergeDialog({ open, customer, onClose }: MergeDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const submit = async ({ duplicateId }: { duplicateId: string }) => {
    const duplicate = await getCustomer(duplicateId);
    await mergeCustomers(customer.id, {
      duplicateId,
      version: customer.version,
      duplicateVersion: duplicate.version,
    });
    void message.success(t('search.merge.done', { name: duplicate.name }));
    await queryClient.invalidateQueries({ queryKey: ['customers'] });
  };

  return (
    <FormDialog<{ duplicateId: string }>
      open={open}
      title={t('search.merge.title', { name: customer.name })}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('search.merge.intro')}</Typography.Paragraph>
      <Form.Item
        name="duplicateId"
        label={t('search.merge.duplicate')}
        rules={[{ required: true }]}
        data-testid="merge-duplicate"
      >
        <CustomerSelect />
      </Form.Item>
    </FormDialog>
  );
}
