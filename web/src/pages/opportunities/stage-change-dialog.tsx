import { App, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { moveOpportunity } from '../../api/opportunities-api';
import type { Opportunity, Stage } from '../../api/opportunities-api';
import { useConflictReload } from '../../components/conflict-reload';
import { FormDialog } from '../../components/form-dialog';
import { OPPORTUNITIES_KEY, useOpportunitiesChanged, useStageName } from './stage-data';

type MoveForm = { effectiveAt: Dayjs; reason?: string };

export type StageMoveTarget = { opportunity: Opportunity; stage: Stage };

/** Asks when a stage change happened (and why, for won or lost) before moving the opportunity. */
export function StageChangeDialog({
  target,
  onClose,
}: {
  target?: StageMoveTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const stageName = useStageName();
  const changed = useOpportunitiesChanged();
  const conflictReload = useConflictReload();
  const closing = target?.stage.kind === 'won' || target?.stage.kind === 'lost';

  const submit = async ({ effectiveAt, reason }: MoveForm) => {
    if (!target) return;
    const { opportunity, stage } = target;
    await conflictReload([OPPORTUNITIES_KEY], () =>
      moveOpportunity(opportunity.id, {
        version: opportunity.version,
        stageId: stage.id,
        effectiveAt: effectiveAt.toISOString(),
        reason: reason?.trim() || undefined,
      }),
    );
    void message.success(
      t('deals.opportunities.moved', { name: opportunity.name, stage: stageName(stage.id) }),
    );
    await changed();
  };

  return (
    <FormDialog<MoveForm>
      open={target !== undefined}
      title={
        target &&
        t('deals.opportunities.moveTitle', {
          name: target.opportunity.name,
          stage: stageName(target.stage.id),
        })
      }
      initialValues={{ effectiveAt: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
    >
      <div data-testid="stage-change-dialog">
        <Form.Item
          name="effectiveAt"
          label={t('deals.opportunities.effectiveAt')}
          extra={t('deals.opportunities.effectiveHelp')}
          rules={[{ required: true }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
            data-testid="stage-effective-at"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={
            target?.stage.kind === 'won'
              ? t('deals.opportunities.reasonWon')
              : target?.stage.kind === 'lost'
                ? t('deals.opportunities.reasonLost')
                : t('deals.opportunities.reason')
          }
          rules={[{ required: closing, whitespace: true }]}
        >
          <Input.TextArea rows={3} data-testid="stage-reason" autoFocus={closing} />
        </Form.Item>
      </div>
    </FormDialog>
  );
}
