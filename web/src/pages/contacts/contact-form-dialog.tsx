import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createContact, updateContact } from '../../api/pool-contacts-api';
import type { ContactFields, Contact } from '../../api/pool-contacts-api';
import { CustomerSelect } from '../../components/customer-select';
import { useDuplicateCheck } from '../../components/duplicate-check';
import { FormDialog } from '../../components/form-dialog';

type ContactForm = ContactFields & { customerId: string };

type ContactFormDialogProps = {
  open: boolean;
  contact?: Contact;
  /** Fixed customer when adding from a customer's page. */
  customerId?: string;
  onClose: () => void;
};

const clean = (value: string | null | undefined) => value?.trim() || null;

export function ContactFormDialog({ open, contact, customerId, onClose }: ContactFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const checkDuplicates = useDuplicateCheck();
  const submit = async (values: ContactForm): Promise<boolean> => {
    const fields: ContactFields = {
      name: values.name.trim(),
      title: clean(values.title),
      phone: clean(values.phone),
      email: clean(values.email),
      isPrimary: values.isPrimary ?? false,
      note: clean(values.note),
    };
    if (
      !contact &&
      !(await checkDuplicates({
        entity: 'contact',
        name: fields.name,
        phone: fields.phone ?? undefined,
        email: fields.email ?? undefined,
        customerId: values.customerId,
      }))
    )
      return false;
    try {
      const saved = contact
        ? await updateContact(contact.id, { ...fields, version: contact.version })
        : await createContact({ ...fields, customerId: values.customerId });
      void message.success(t('customers.contacts.saved', { name: saved.name }));
      return true;
    } finally {
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
    }
  };
  return (
    <FormDialog<ContactForm>
      open={open}
      title={t(contact ? 'customers.contacts.edit' : 'customers.contacts.create')}
      initialValues={contact ?? { customerId, isPrimary: false }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="customerId" label={t('records.customer')} rules={[{ required: true }]}>
        <CustomerSelect disabled={Boolean(contact || customerId)} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('customers.contacts.name')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} autoFocus />
      </Form.Item>
      <Form.Item name="title" label={t('customers.contacts.jobTitle')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="phone" label={t('customers.contacts.phone')}>
        <Input inputMode="tel" maxLength={40} />
      </Form.Item>
      <Form.Item name="email" label={t('customers.contacts.email')}>
        <Input inputMode="email" maxLength={254} />
      </Form.Item>
      <Form.Item name="isPrimary" label={t('customers.contacts.primary')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="note" label={t('customers.contacts.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
