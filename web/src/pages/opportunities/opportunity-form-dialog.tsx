import { App, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { updateOpportunity } from '../../api/opportunities-api';
import type { Opportunity, OpportunityChanges } from '../../api/opportunities-api';
import { useConflictReload } from '../../components/conflict-reload';
import { FormDialog } from '../../components/form-dialog';
import { UserSelect } from '../../components/people';
import { YuanInput } from '../../components/yuan-input';
import { centsToYuan, yuanToCents } from '../contracts/money-input';
import { OPPORTUNITIES_KEY, useOpportunitiesChanged } from './stage-data';

type OpportunityForm = {
  name: string;
  amountCents: number;
  expectedCloseOn?: Dayjs | null;
  ownerId: string;
};

type OpportunityFormDialogProps = {
  open: boolean;
  opportunity: Opportunity;
  /** Managers and admins may hand the opportunity to another owner. */
  canReassign: boolean;
  onClose: () => void;
};

/** Edits name, amount (in yuan) and expected close; managers also reassign the owner. */
export function OpportunityFormDialog({
  open,
  opportunity,
  canReassign,
  onClose,
}: OpportunityFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changed = useOpportunitiesChanged();
  const conflictReload = useConflictReload();

  const submit = async (values: OpportunityForm) => {
    const changes: OpportunityChanges = {
      version: opportunity.version,
      name: values.name.trim(),
      amountCents: yuanToCents(values.amountCents),
      expectedCloseOn: values.expectedCloseOn ? values.expectedCloseOn.format('YYYY-MM-DD') : null,
      ...(canReassign && values.ownerId !== opportunity.ownerId ? { ownerId: values.ownerId } : {}),
    };
    await conflictReload([OPPORTUNITIES_KEY], () => updateOpportunity(opportunity.id, changes));
    void message.success(t('deals.opportunities.saved', { name: changes.name }));
    await changed();
  };

  return (
    <FormDialog<OpportunityForm>
      open={open}
      title={t('deals.opportunities.edit')}
      initialValues={{
        name: opportunity.name,
        amountCents: centsToYuan(opportunity.amountCents),
        expectedCloseOn: opportunity.expectedCloseOn ? dayjs(opportunity.expectedCloseOn) : null,
        ownerId: opportunity.ownerId,
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('deals.opportunities.fields.name')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input autoFocus data-testid="opportunity-name" />
      </Form.Item>
      <Form.Item
        name="amountCents"
        label={t('deals.opportunities.fields.amountYuan')}
        rules={[{ required: true }]}
      >
        <YuanInput />
      </Form.Item>
      <Form.Item name="expectedCloseOn" label={t('deals.opportunities.fields.expectedCloseOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {canReassign && (
        <Form.Item
          name="ownerId"
          label={t('deals.opportunities.fields.ownerId')}
          extra={t('dealRecords.opportunity.reassignHelp')}
          rules={[{ required: true }]}
        >
          <UserSelect roles={['sales', 'manager']} data-testid="opportunity-owner" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
