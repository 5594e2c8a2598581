import { App, Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { disqualifyLead } from '../../api/leads-api';
import type { Lead } from '../../api/leads-api';
import { useConflictReload } from '../../components/conflict-reload';
import { FormDialog } from '../../components/form-dialog';
import { LEADS_KEY, useLeadsChanged } from './lead-data';

type DisqualifyForm = { reason: string; qualityRating: number };

export function LeadDisqualifyDialog({
  open,
  lead,
  onClose,
}: {
  open: boolean;
  lead: Lead;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changed = useLeadsChanged();
  const conflictReload = useConflictReload();

  const submit = async ({ reason, qualityRating }: DisqualifyForm) => {
    await conflictReload([LEADS_KEY], () =>
      disqualifyLead(lead.id, lead.version, reason.trim(), qualityRating),
    );
    void message.success(t('deals.leads.disqualified', { name: lead.company }));
    await changed();
  };

  return (
    <FormDialog<DisqualifyForm>
      open={open}
      title={t('deals.leads.disqualifyTitle', { name: lead.company })}
      initialValues={{ qualityRating: 1 }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('deals.leads.fields.disqualifyReason')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={3} autoFocus />
      </Form.Item>
      <Form.Item
        name="qualityRating"
        label={t('deals.leads.fields.qualityRating')}
        extra={t('deals.leads.ratingHelp')}
        rules={[{ required: true }]}
      >
        <Rate />
      </Form.Item>
    </FormDialog>
  );
}
