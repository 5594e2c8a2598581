import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getLead, listLeads, type Lead } from '../../api/leads-api';
import { mergeLeads } from '../../api/search-api';
import { FormDialog } from '../../components/form-dialog';
import { RecordSelect } from '../../components/record-select';
import { useLeadsChanged } from './lead-data';

const searchOpenLeads = async (q: string) => {
  const page = await listLeads({ page: 1, pageSize: 20, q: q || undefined });
  return {
    ...page,
    items: page.items.map((lead) => ({ id: lead.id, name: lead.company })),
  };
};

type LeadMergeDialogProps = { open: boolean; lead: Lead; onClose: () => void };

/** Picks a duplicate open lead and merges it into this one (both must be the user's to change). */
export function LeadMergeDialog({ open, lead, onClose }: LeadMergeDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changed = useLeadsChanged();

  const submit = async ({ duplicateId }: { duplicateId: string }) => {
    const duplicate = await getLead(duplicateId);
    await mergeLeads(lead.id, {
      duplicateId,
      version: lead.version,
      duplicateVersion: duplicate.version,
    });
    void message.success(t('search.merge.leadDone', { name: duplicate.company }));
    await changed();
  };

  return (
    <FormDialog<{ duplicateId: string }>
      open={open}
      title={t('search.merge.title', { name: lead.company })}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('search.merge.leadIntro')}</Typography.Paragraph>
      <Form.Item
        name="duplicateId"
        label={t('search.merge.leadDuplicate')}
        rules={[{ required: true }]}
      >
        <RecordSelect kind="leads-merge" search={searchOpenLeads} />
      </Form.Item>
    </FormDialog>
  );
}
