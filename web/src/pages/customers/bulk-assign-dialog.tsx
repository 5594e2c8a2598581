import { useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/customers-api';
import { assignCustomer } from '../../api/customers-api';
import { FormDialog } from '../../components/form-dialog';
import { UserSelect } from '../../components/people';

type BulkAssignProps = {
  open: boolean;
  customers: Customer[];
  onAssigned: () => void;
  onClose: () => void;
};

/** Managers give the selected customers to someone in their scope, one versioned call each. */
export function BulkAssignDialog({ open, customers, onAssigned, onClose }: BulkAssignProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const submit = async ({ ownerId }: { ownerId: string }) => {
    const results = await Promise.allSettled(
      customers.map((customer) => assignCustomer(customer.id, customer.version, ownerId)),
    );
    const failed = results.filter((result) => result.status === 'rejected').length;
    void queryClient.invalidateQueries({ queryKey: ['customers'] });
    onAssigned();
    if (failed === 0)
      void message.success(t('customers.bulk.assigned', { count: customers.length }));
    else
      void message.warning(t('customers.bulk.partly', { done: customers.length - failed, failed }));
  };

  return (
    <FormDialog<{ ownerId: string }>
      open={open}
      title={t('customers.bulk.assignTitle', { count: customers.length })}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="ownerId" label={t('customers.bulk.newOwner')} rules={[{ required: true }]}>
        <UserSelect roles={['sales', 'manager']} data-testid="bulk-owner" />
      </Form.Item>
    </FormDialog>
  );
}
