import { useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  createCustomer,
  updateCustomer,
  CUSTOMER_LEVELS,
  CUSTOMER_STATUSES,
} from '../../api/customers-api';
import type { CustomerFields, NewCustomer, Customer } from '../../api/customers-api';
import { useDuplicateCheck } from '../../components/duplicate-check';
import { FormDialog } from '../../components/form-dialog';

type CustomerFormValues = NewCustomer;

const TEXT_FIELDS = [
  'phone',
  'email',
  'industry',
  'source',
  'region',
  'address',
  'requirement',
] as const;

/** Empty inputs clear a field (null); on edit only changed fields are sent. */
function toFields(values: CustomerFormValues): CustomerFields & Pick<NewCustomer, 'status'> {
  const fields: CustomerFields & Pick<NewCustomer, 'status'> = {
    name: values.name.trim(),
    level: values.level ?? null,
    status: values.status,
  };
  for (const key of TEXT_FIELDS) fields[key] = values[key]?.trim() || null;
  return fields;
}

function changedFields(customer: Customer, values: CustomerFormValues) {
  const { status: _status, ...fields } = toFields(values);
  return Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => customer[key as keyof Customer] !== value),
  );
}

type CustomerFormDialogProps = { open: boolean; customer?: Customer; onClose: () => void };

export function CustomerFormDialog({ open, customer, onClose }: CustomerFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const checkDuplicates = useDuplicateCheck();

  const submit = async (values: CustomerFormValues): Promise<boolean> => {
    try {
      if (customer) {
        const saved = await updateCustomer(customer.id, {
          ...changedFields(customer, values),
          version: customer.version,
        });
        void message.success(t('customers.updated', { name: saved.name }));
        return true;
      } else {
        const fields = toFields(values);
        const save = await checkDuplicates({
          entity: 'customer',
          name: fields.name,
          phone: fields.phone ?? undefined,
          email: fields.email ?? undefined,
        });
        if (!save) return false;
        const created = await createCustomer(fields);
        void message.success(t('customers.created', { name: created.name }));
        return true;
      }
    } finally {
      void queryClient.invalidateQueries({ queryKey: ['customers'] });
    }
  };

  return (
    <FormDialog<CustomerFormValues>
      open={open}
      title={t(customer ? 'customers.edit' : 'customers.create')}
      initialValues={customer ?? { status: 'potential' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('customers.fields.name')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} autoFocus data-testid="customer-name" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label={t('customers.fields.phone')}>
            <Input inputMode="tel" maxLength={40} data-testid="customer-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={t('customers.fields.email')}>
            <Input inputMode="email" maxLength={254} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="industry" label={t('customers.fields.industry')}>
            <Input maxLength={100} data-testid="customer-industry" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="region" label={t('customers.fields.region')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="level" label={t('customers.fields.level')}>
            <Select
              allowClear
              options={CUSTOMER_LEVELS.map((level) => ({
                value: level,
                label: t(`customers.levels.${level}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="source" label={t('customers.fields.source')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      {!customer && (
        <Form.Item name="status" label={t('customers.fields.status')}>
          <Select
            options={CUSTOMER_STATUSES.map((status) => ({
              value: status,
              label: t(`customers.statuses.${status}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="address" label={t('customers.fields.address')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="requirement" label={t('customers.fields.requirement')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
