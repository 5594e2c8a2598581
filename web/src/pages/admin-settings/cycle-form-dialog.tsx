import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Segmented } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { createCycle } from '../../api/appraisal-api';
import type { Cycle } from '../../api/appraisal-api';
import { FormDialog } from '../../components/form-dialog';
import { APPRAISAL_KEY } from '../appraisal/appraisal-data';

type CycleFormValues = { name: string; kind: 'month' | 'quarter'; anchor: Dayjs };

type CycleFormDialogProps = {
  open: boolean;
  onCreated: (cycle: Cycle) => void;
  onClose: () => void;
};

/** Creates a draft cycle for a month or a quarter. */
export function CycleFormDialog({ open, onCreated, onClose }: CycleFormDialogProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CycleFormValues>();
  const kind = Form.useWatch('kind', form) ?? 'month';
  const today = dayjs();
  const period = today.format(i18n.language === 'zh-CN' ? 'YYYY年M月' : 'MMMM YYYY');

  const submit = async (values: CycleFormValues) => {
    const cycle = await createCycle({
      name: values.name.trim(),
      kind: values.kind,
      anchorDay: values.anchor.format('YYYY-MM-DD'),
    });
    void message.success(t('adminSettings.cycles.created', { name: cycle.name }));
    void queryClient.invalidateQueries({ queryKey: APPRAISAL_KEY });
    onCreated(cycle);
  };

  return (
    <FormDialog<CycleFormValues>
      open={open}
      title={t('adminSettings.cycles.create')}
      initialValues={{
        name: t('adminSettings.cycles.defaultName', { period }),
        kind: 'month',
        anchor: today,
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('adminSettings.cycles.name')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} autoComplete="off" data-testid="cycle-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('adminSettings.cycles.kind')}>
        <Segmented
          options={[
            { value: 'month', label: t('adminSettings.cycles.kinds.month') },
            { value: 'quarter', label: t('adminSettings.cycles.kinds.quarter') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="anchor"
        label={t('adminSettings.cycles.anchor')}
        rules={[{ required: true }]}
      >
        <DatePicker
          picker={kind}
          allowClear={false}
          style={{ width: '100%' }}
          data-testid="cycle-anchor"
        />
      </Form.Item>
    </FormDialog>
  );
}
