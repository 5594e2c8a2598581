import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { createLead, updateLead } from '../../api/leads-api';
import type { Lead, LeadChanges, LeadFields } from '../../api/leads-api';
import { searchCampaigns } from '../../api/record-api';
import { useConflictReload } from '../../components/conflict-reload';
import { ControlledField, useFieldAccess } from '../../components/controlled-field';
import { useDuplicateCheck } from '../../components/duplicate-check';
import { FormDialog } from '../../components/form-dialog';
import { RecordSelect } from '../../components/record-select';
import { LEADS_KEY, OPEN_LEAD_STATUSES, useLeadsChanged } from './lead-data';

type LeadForm = LeadFields & { status?: LeadChanges['status'] };

type LeadFormDialogProps = { open: boolean; lead?: Lead; onClose: () => void };

/** Empty inputs are sent as null, so clearing a field clears it on the server. */
const orNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

export function LeadFormDialog({ open, lead, onClose }: LeadFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changed = useLeadsChanged();
  const conflictReload = useConflictReload();

  const checkDuplicates = useDuplicateCheck();
  const access = useFieldAccess('lead');

  const submit = async (values: LeadForm) => {
    const fields: LeadFields = {
      company: values.company.trim(),
      contactName: orNull(values.contactName),
      phone: orNull(values.phone),
      email: orNull(values.email),
      industry: orNull(values.industry),
      region: orNull(values.region),
      requirement: orNull(values.requirement),
      campaignId: values.campaignId ?? null,
    };
    if (lead) {
      await conflictReload([LEADS_KEY], () =>
        updateLead(lead.id, {
          ...access.writable(fields, lead),
          status: values.status,
          version: lead.version,
        }),
      );
      void message.success(t('deals.leads.saved', { name: fields.company }));
    } else {
      const save = await checkDuplicates({
        entity: 'lead',
        name: fields.company,
        phone: fields.phone ?? undefined,
        email: fields.email ?? undefined,
      });
      if (!save) return false;
      const created = await createLead(access.writable(fields));
      void message.success(t('deals.leads.created', { name: created.company }));
    }
    await changed();
    return true;
  };

  return (
    <FormDialog<LeadForm>
      open={open}
      title={lead ? t('deals.leads.edit') : t('deals.leads.create')}
      initialValues={lead ?? {}}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="company"
        label={t('deals.leads.fields.company')}
        rules={[{ required: true }]}
      >
        <Input autoFocus data-testid="lead-company" />
      </Form.Item>
      <ControlledField
        access={access}
        field="contactName"
        label={t('deals.leads.fields.contactName')}
        recordId={lead?.id}
      >
        <Input data-testid="lead-contact-name" />
      </ControlledField>
      <ControlledField
        access={access}
        field="phone"
        label={t('deals.leads.fields.phone')}
        recordId={lead?.id}
      >
        <Input data-testid="lead-phone" inputMode="tel" />
      </ControlledField>
      <ControlledField
        access={access}
        field="email"
        label={t('deals.leads.fields.email')}
        recordId={lead?.id}
      >
        <Input inputMode="email" />
      </ControlledField>
      <ControlledField
        access={access}
        field="industry"
        label={t('deals.leads.fields.industry')}
        recordId={lead?.id}
      >
        <Input data-testid="lead-industry" />
      </ControlledField>
      <ControlledField
        access={access}
        field="region"
        label={t('deals.leads.fields.region')}
        recordId={lead?.id}
      >
        <Input />
      </ControlledField>
      <Form.Item name="campaignId" label={t('deals.leads.fields.campaignId')}>
        <RecordSelect kind="campaigns" search={searchCampaigns} allowClear />
      </Form.Item>
      <ControlledField
        access={access}
        field="requirement"
        label={t('deals.leads.fields.requirement')}
        recordId={lead?.id}
      >
        <Input.TextArea rows={3} />
      </ControlledField>
      {lead && (
        <Form.Item name="status" label={t('deals.leads.fields.status')}>
          <Select
            options={OPEN_LEAD_STATUSES.map((status) => ({
              value: status,
              label: t(`deals.leads.statuses.${status}`),
            }))}
          />
        </Form.Item>
      )}
    </FormDialog>
  );
}
