import { ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Grid, Input, Popconfirm, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CYCLE_STATUSES, moveCycle, recomputeCycle } from '../../api/appraisal-api';
import type { Cycle, CycleStatus } from '../../api/appraisal-api';
import { FormDialog } from '../../components/form-dialog';
import { useErrorReporter } from '../../components/use-error-reporter';
import { APPRAISAL_KEY } from '../appraisal/appraisal-data';

const nextOf = (status: CycleStatus): CycleStatus | undefined =>
  CYCLE_STATUSES[CYCLE_STATUSES.indexOf(status) + 1];

/** Scores are frozen from manager review on: recomputing then needs a reason. */
const frozen = (status: CycleStatus) =>
  CYCLE_STATUSES.indexOf(status) >= CYCLE_STATUSES.indexOf('manager_review');

/** HR and admins move a cycle one step forward, and recompute it (with a reason once frozen). */
export function CycleSteps({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const [moving, setMoving] = useState(false);
  const [recomputing, setRecomputing] = useState(false);
  const next = nextOf(cycle.status);
  // Manager review freezes the numbers: before the period has ended, only on purpose.
  // The page's clock: read once when it opens, not on every render.
  const [openedAt] = useState(() => Date.now());
  const early = next === 'manager_review' && openedAt < Date.parse(cycle.periodEnd);
  const refresh = () => queryClient.invalidateQueries({ queryKey: APPRAISAL_KEY });

  const move = async (status: CycleStatus, force: boolean) => {
    setMoving(true);
    try {
      const moved = await moveCycle(cycle, status, force);
      void message.success(
        t('team.steps.moved', { name: moved.name, status: t(`appraisal.status.${status}`) }),
      );
    } catch (error) {
      reportError(error);
    } finally {
      setMoving(false);
      void refresh();
    }
  };

  const recompute = async ({ reason }: { reason?: string }) => {
    try {
      await recomputeCycle(cycle, reason?.trim());
      void message.success(t('team.steps.recomputed'));
    } finally {
      void refresh();
    }
  };

  return (
    <Flex vertical gap={16} data-testid="cycle-steps">
      <Steps
        size="small"
        orientation={screens.lg ? 'horizontal' : 'vertical'}
        current={CYCLE_STATUSES.indexOf(cycle.status)}
        items={CYCLE_STATUSES.map((status) => ({ title: t(`appraisal.status.${status}`) }))}
      />
      <Flex gap={8} wrap justify="end">
        {cycle.status !== 'draft' && (
          <Button icon={<ReloadOutlined />} onClick={() => setRecomputing(true)}>
            {t('team.steps.recompute')}
          </Button>
        )}
        {next ? (
          <Popconfirm
            title={t('team.steps.confirm', {
              name: cycle.name,
              status: t(`appraisal.status.${next}`),
            })}
            description={
              early ? (
                <Typography.Text type="warning" data-testid="early-review-warning">
                  {t('team.steps.earlyReview', { lastDay: cycle.lastDay })}
                </Typography.Text>
              ) : undefined
            }
            okText={early ? t('team.steps.freezeNow') : t('common.save')}
            okButtonProps={early ? { danger: true } : {}}
            cancelText={t('common.cancel')}
            onConfirm={() => move(next, early)}
          >
            <Button
              type="primary"
              icon={<RightOutlined />}
              loading={moving}
              data-testid={`move-to-${next}`}
            >
              {t('team.steps.moveTo', { status: t(`appraisal.status.${next}`) })}
            </Button>
          </Popconfirm>
        ) : (
          <Typography.Text type="secondary">{t('team.steps.finished')}</Typography.Text>
        )}
      </Flex>
      <FormDialog<{ reason?: string }>
        open={recomputing}
        title={t('team.steps.recomputeTitle', { name: cycle.name })}
        onSubmit={recompute}
        onClose={() => setRecomputing(false)}
      >
        {frozen(cycle.status) && (
          <Typography.Paragraph type="secondary">
            {t('team.steps.recomputeHint')}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="reason"
          label={t('team.steps.reason')}
          rules={frozen(cycle.status) ? [{ required: true, whitespace: true }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
