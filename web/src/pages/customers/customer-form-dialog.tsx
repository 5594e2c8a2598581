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
import { ControlledField, useFieldAccess } from '../../components/controlled-field';
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
  const access = useFieldAccess('customer');

  const submit = async (values: CustomerFormValues): Promise<boolean> => {
    try {
      if (customer) {
        const saved = await updateCustomer(customer.id, {
          ...access.writable(changedFields(customer, values), customer),
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
        const created = await createCustomer(access.writable(fields));
        void message.success(t('customers.created', { name: created.name }));
        return true;
      }
    } finally {
      void queryClient.invalidateQueries({ queryKey: ['customers'] });
    }
  };

  const controlled = (field: (typeof TEXT_FIELDS)[number] | 'level') => ({
    access,
    field,
    label: t(`customers.fields.${field}`),
    recordId: customer?.id,
  });

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
          <ControlledField {...controlled('phone')}>
            <Input inputMode="tel" maxLength={40} data-testid="customer-phone" />
          </ControlledField>
        </Col>
        <Col xs={24} sm={12}>
          <ControlledField {...controlled('email')}>
            <Input inputMode="email" maxLength={254} />
          </ControlledField>
        </Col>
        <Col xs={24} sm={12}>
          <ControlledField {...controlled('industry')}>
            <Input maxLength={100} data-testid="customer-industry" />
          </ControlledField>
        </Col>
        <Col xs={24} sm={12}>
          <ControlledField {...controlled('region')}>
            <Input maxLength={100} />
          </ControlledField>
        </Col>
        <Col xs={24} sm={12}>
          <ControlledField {...controlled('level')}>
            <Select
              allowClear
              options={CUSTOMER_LEVELS.map((level) => ({
                value: level,
                label: t(`customers.levels.${level}`),
              }))}
            />
          </ControlledField>
        </Col>
        <Col xs={24} sm={12}>
          <ControlledField {...controlled('source')}>
            <Input maxLength={100} />
          </ControlledField>
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
      <ControlledField {...controlled('address')}>
        <Input maxLength={500} />
      </ControlledField>
      <ControlledField {...controlled('requirement')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </ControlledField>
    </FormDialog>
  );
}
