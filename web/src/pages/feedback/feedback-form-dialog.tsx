import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { createFeedback, updateFeedback } from '../../api/service-api';
import type { FeedbackFields, Feedback } from '../../api/service-api';
import { CustomerSelect } from '../../components/customer-select';
import { FormDialog } from '../../components/form-dialog';

export const FEEDBACK_KEY = ['feedback'] as const;

type FeedbackFormDialogProps = { open: boolean; feedback?: Feedback; onClose: () => void };

/** Reporting feedback, or rewording it before a decision. */
export function FeedbackFormDialog({ open, feedback, onClose }: FeedbackFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const submit = async ({ title, content, customerId }: FeedbackFields) => {
    try {
      const saved = feedback
        ? await updateFeedback(feedback.id, {
            title: title.trim(),
            content: content.trim(),
            version: feedback.version,
          })
        : await createFeedback({
            title: title.trim(),
            content: content.trim(),
            customerId: customerId ?? null,
          });
      void message.success(t('service.feedback.saved', { title: saved.title }));
    } finally {
      void queryClient.invalidateQueries({ queryKey: FEEDBACK_KEY });
    }
  };
  return (
    <FormDialog<FeedbackFields>
      open={open}
      title={t(feedback ? 'service.feedback.edit' : 'service.feedback.create')}
      initialValues={feedback}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={t('service.feedback.fields.title')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} autoFocus />
      </Form.Item>
      {!feedback && (
        <Form.Item name="customerId" label={t('service.feedback.fields.customer')}>
          <CustomerSelect allowClear />
        </Form.Item>
      )}
      <Form.Item
        name="content"
        label={t('service.feedback.fields.content')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
    </FormDialog>
  );
}
