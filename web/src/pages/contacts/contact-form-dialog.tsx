import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createContact, updateContact } from '../../api/pool-contacts-api';
import type { ContactFields, Contact } from '../../api/pool-contacts-api';
import { CustomerSelect } from '../../components/customer-select';
import { ControlledField, useFieldAccess } from '../../components/controlled-field';
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
  const access = useFieldAccess('contact');
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
        ? await updateContact(contact.id, {
            ...access.writable(fields, contact),
            version: contact.version,
          })
        : await createContact({ ...access.writable(fields), customerId: values.customerId });
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
      <ControlledField
        access={access}
        field="title"
        label={t('customers.contacts.jobTitle')}
        recordId={contact?.id}
      >
        <Input maxLength={100} />
      </ControlledField>
      <ControlledField
        access={access}
        field="phone"
        label={t('customers.contacts.phone')}
        recordId={contact?.id}
      >
        <Input inputMode="tel" maxLength={40} />
      </ControlledField>
      <ControlledField
        access={access}
        field="email"
        label={t('customers.contacts.email')}
        recordId={contact?.id}
      >
        <Input inputMode="email" maxLength={254} />
      </ControlledField>
      <Form.Item name="isPrimary" label={t('customers.contacts.primary')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <ControlledField
        access={access}
        field="note"
        label={t('customers.contacts.note')}
        recordId={contact?.id}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </ControlledField>
    </FormDialog>
  );
}
