import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useErrorReporter } from '../../components/use-error-reporter';

type CommentFormProps = {
  label: string;
  placeholder?: string;
  submitText: string;
  /** Whether a comment must be written (manager and self reviews) or may be left empty. */
  required: boolean;
  initialValue?: string | null;
  testId: string;
  onSubmit: (comment: string) => Promise<unknown>;
};

type CommentValues = { comment?: string };

/** A text area with one submit button; server errors on `comment` land under the field. */
export function CommentForm({
  label,
  placeholder,
  submitText,
  required,
  initialValue,
  testId,
  onSubmit,
}: CommentFormProps) {
  const [form] = Form.useForm<CommentValues>();
  const reportError = useErrorReporter();
  const [saving, setSaving] = useState(false);

  const finish = async ({ comment }: CommentValues) => {
    setSaving(true);
    try {
      await onSubmit(comment?.trim() ?? '');
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<CommentValues>
      form={form}
      layout="vertical"
      initialValues={{ comment: initialValue ?? '' }}
      onFinish={(values) => void finish(values)}
      data-testid={testId}
    >
      <Form.Item
        name="comment"
        label={label}
        rules={required ? [{ required: true, whitespace: true }] : []}
      >
        <Input.TextArea rows={3} maxLength={5000} placeholder={placeholder} />
      </Form.Item>
      <Flex justify="end">
        <Button type="primary" htmlType="submit" loading={saving} data-testid={`${testId}-submit`}>
          {submitText}
        </Button>
      </Flex>
    </Form>
  );
}
