import { Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultItem } from '../../api/appraisal-api';
import { FormDialog } from '../../components/form-dialog';
import { useMetricText } from '../appraisal/appraisal-data';

type AdjustValues = { score: number; reason: string };

type AdjustDialogProps = {
  item: ResultItem | null;
  onSubmit: (item: ResultItem, values: AdjustValues) => Promise<unknown>;
  onClose: () => void;
};

/** A manager's adjustment of one item score: a new score and a written reason, both kept. */
export function AdjustDialog({ item, onSubmit, onClose }: AdjustDialogProps) {
  const { t } = useTranslation();
  const text = useMetricText();
  const name = item ? text.name(item.metric) : '';
  return (
    <FormDialog<AdjustValues>
      key={item?.metric ?? 'none'}
      open={item !== null}
      title={t('team.adjust.title', { metric: name })}
      initialValues={{ score: item?.adjustedScore ?? item?.score ?? undefined }}
      onSubmit={(values) => (item ? onSubmit(item, values) : Promise.resolve())}
      onClose={onClose}
    >
      {item?.score !== null && item?.score !== undefined && (
        <Typography.Paragraph type="secondary">
          {t('team.adjust.computed', { score: text.score(item.score) })}
        </Typography.Paragraph>
      )}
      <Form.Item name="score" label={t('team.adjust.score')} rules={[{ required: true }]}>
        <InputNumber
          min={0}
          max={item?.cap ?? 120}
          step={1}
          style={{ width: '100%' }}
          data-testid="adjust-score"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('team.adjust.reason')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="adjust-reason" />
      </Form.Item>
    </FormDialog>
  );
}
