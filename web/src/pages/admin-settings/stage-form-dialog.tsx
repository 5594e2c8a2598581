import { Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage, StageFields } from '../../api/admin-settings-api';
import { OPPORTUNITY_STATUSES } from '../../api/opportunities-api';
import { FormDialog } from '../../components/form-dialog';

type StageFormDialogProps = {
  open: boolean;
  /** The stage being edited; absent when adding one. */
  stage?: Stage;
  /** Where a new stage goes: after the last one. */
  nextSortOrder: number;
  onSubmit: (values: StageFields) => Promise<unknown>;
  onClose: () => void;
};

/** Adds or edits a pipeline stage: names in both languages, order, win probability and kind. */
export function StageFormDialog({
  open,
  stage,
  nextSortOrder,
  onSubmit,
  onClose,
}: StageFormDialogProps) {
  const { t, i18n } = useTranslation();
  const name = stage ? (i18n.language === 'zh-CN' ? stage.nameZh : stage.nameEn) : '';
  return (
    <FormDialog<StageFields>
      open={open}
      title={
        stage ? t('adminSettings.stages.editTitle', { name }) : t('adminSettings.stages.create')
      }
      initialValues={
        stage ?? {
          sortOrder: nextSortOrder,
          winProbability: 50,
          kind: 'open' satisfies Stage['kind'],
        }
      }
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="nameZh"
        label={t('adminSettings.stages.nameZh')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} autoComplete="off" data-testid="stage-name-zh" />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('adminSettings.stages.nameEn')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} autoComplete="off" data-testid="stage-name-en" />
      </Form.Item>
      <Form.Item
        name="sortOrder"
        label={t('adminSettings.stages.order')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="winProbability"
        label={t('adminSettings.stages.winProbability')}
        rules={[{ required: true }]}
      >
        <InputNumber
          min={0}
          max={100}
          precision={0}
          suffix="%"
          style={{ width: '100%' }}
          data-testid="stage-probability"
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('adminSettings.stages.kind')}
        rules={[{ required: true }]}
        extra={stage ? t('adminSettings.stages.kindHint') : undefined}
      >
        <Select
          options={OPPORTUNITY_STATUSES.map((kind) => ({
            value: kind,
            label: t(`adminSettings.stages.kinds.${kind}`),
          }))}
        />
      </Form.Item>
      {!stage && (
        <Typography.Text type="secondary">{t('adminSettings.stages.kindHint')}</Typography.Text>
      )}
    </FormDialog>
  );
}
