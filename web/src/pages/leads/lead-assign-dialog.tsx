import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { assignLead } from '../../api/leads-api';
import type { Lead } from '../../api/leads-api';
import { FormDialog } from '../../components/form-dialog';
import { UserSelect } from '../../components/people';
import { useErrorText } from '../../components/use-error-reporter';
import { useLeadsChanged } from './lead-data';

type LeadAssignDialogProps = {
  open: boolean;
  leads: Lead[];
  onClose: () => void;
  onDone: () => void;
};

/** Gives the selected open leads to one owner, one call per lead; reports what failed and why. */
export function LeadAssignDialog({ open, leads, onClose, onDone }: LeadAssignDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const changed = useLeadsChanged();

  const submit = async ({ ownerId }: { ownerId: string }) => {
    const results = await Promise.allSettled(
      leads.map((lead) => assignLead(lead.id, lead.version, ownerId)),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    const done = results.length - failures.length;
    if (done > 0) void message.success(t('deals.leads.assigned', { count: done }));
    const [first] = failures;
    if (first) {
      void message.error(
        t('deals.leads.assignFailed', { count: failures.length, reason: errorText(first.reason) }),
      );
    }
    await changed();
    onDone();
  };

  return (
    <FormDialog<{ ownerId: string }>
      open={open}
      title={t('deals.leads.assignTitle', { count: leads.length })}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="ownerId" label={t('deals.leads.assignTo')} rules={[{ required: true }]}>
        <UserSelect data-testid="assign-owner" />
      </Form.Item>
    </FormDialog>
  );
}
