import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Flex, Form, Grid, Input, Radio, Switch } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createActivity, ACTIVITY_TYPES } from '../../api/activities-api';
import type { ActivityType } from '../../api/activities-api';
import { CustomerSelect } from '../../components/customer-select';
import { useErrorReporter } from '../../components/use-error-reporter';
import { captureVerdict, type CaptureVerdict } from './capture-verdict';
import type { CapturePreset } from './quick-capture-events';

type CaptureForm = {
  recordId: string;
  type: ActivityType;
  content: string;
  occurredAt: Dayjs;
  withNext: boolean;
  nextFollowUp?: { dueAt?: Dayjs; note?: string };
};

/** Query keys whose data a new activity changes. */
const AFFECTED = [['plans'], ['scorecard'], ['customers'], ['timeline'], ['workbench']];

type QuickCaptureDrawerProps = { open: boolean; preset: CapturePreset; onClose: () => void };

/** Log a call or visit, with the next follow-up, in a few keystrokes; Ctrl/Cmd+Enter saves. */
export function QuickCaptureDrawer({ open, preset, onClose }: QuickCaptureDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useErrorReporter();
  const narrow = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<CaptureForm>();
  const withNext = Form.useWatch('withNext', form);
  const [saving, setSaving] = useState(false);

  /** "Logged" only when it counts; otherwise what will not count, and why, long enough to read. */
  const showVerdict = ({ kind, reasons }: CaptureVerdict) => {
    if (kind === 'counts') {
      void message.success(t('capture.saved'));
      return;
    }
    const text = t(`capture.${kind}`, {
      reasons: reasons
        .map((reason) => t(`capture.reasons.${reason}`))
        .join(t('capture.reasonSeparator')),
    });
    void message.open({
      type: kind === 'excluded' ? 'warning' : 'info',
      content: <span data-testid="capture-verdict">{text}</span>,
      duration: 10,
    });
  };

  const save = async (values: CaptureForm) => {
    setSaving(true);
    try {
      const due = values.withNext ? values.nextFollowUp?.dueAt : undefined;
      const created = await createActivity({
        type: values.type,
        recordType: 'customer',
        recordId: values.recordId,
        content: values.content,
        occurredAt: values.occurredAt.toISOString(),
        planId: preset.planId,
        nextFollowUp: due
          ? { dueAt: due.toISOString(), note: values.nextFollowUp?.note || undefined }
          : undefined,
      });
      showVerdict(captureVerdict(created));
      for (const queryKey of AFFECTED) void queryClient.invalidateQueries({ queryKey });
      onClose();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('capture.title')}
      placement={narrow ? 'bottom' : 'right'}
      size={narrow ? '100%' : 440}
      destroyOnHidden
      data-testid="quick-capture-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            data-testid="capture-save"
            onClick={() => form.submit()}
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<CaptureForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          recordId: preset.customerId,
          type: 'call',
          occurredAt: dayjs(),
          withNext: true,
          nextFollowUp: { dueAt: dayjs().add(1, 'day').hour(10).minute(0).second(0) },
        }}
        onFinish={(values) => void save(values)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit();
        }}
      >
        <Form.Item
          name="recordId"
          label={t('records.customer')}
          rules={[{ required: true, message: t('capture.customerRequired') }]}
        >
          <CustomerSelect data-testid="capture-customer" autoFocus={!preset.customerId} />
        </Form.Item>
        <Form.Item name="type" label={t('capture.type')}>
          <Radio.Group
            optionType="button"
            size="small"
            data-testid="capture-type"
            options={ACTIVITY_TYPES.map((type) => ({
              value: type,
              label: t(`records.activityTypes.${type}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('capture.content')}
          rules={[{ required: true, whitespace: true, message: t('capture.contentRequired') }]}
        >
          <Input.TextArea
            data-testid="capture-content"
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={5000}
            placeholder={t('capture.contentHint')}
            autoFocus={Boolean(preset.customerId)}
          />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('capture.occurredAt')} rules={[{ required: true }]}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            allowClear={false}
          />
        </Form.Item>
        <Form.Item name="withNext" label={t('capture.withNext')} valuePropName="checked">
          <Switch data-testid="capture-with-next" />
        </Form.Item>
        {withNext && (
          <>
            <Form.Item
              name={['nextFollowUp', 'dueAt']}
              label={t('capture.nextDue')}
              rules={[{ required: true, message: t('capture.nextDueRequired') }]}
            >
              <DatePicker
                data-testid="capture-next-due"
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                // A plan due more than 24 hours ago is refused (its window is over).
                disabledDate={(day) => day.isBefore(dayjs().subtract(1, 'day'), 'day')}
              />
            </Form.Item>
            <Form.Item name={['nextFollowUp', 'note']} label={t('capture.nextNote')}>
              <Input
                data-testid="capture-next-note"
                maxLength={1000}
                placeholder={t('capture.nextNoteHint')}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
