import { Form, Modal } from 'antd';
import type { FormProps } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from './use-error-reporter';

type FormDialogProps<V> = {
  open: boolean;
  title: ReactNode;
  initialValues?: FormProps<V>['initialValues'];
  /**
   * Saves the values; the dialog closes when it resolves (unless to `false`: the user chose not
   * to save after all, and goes on editing) and shows the error when it rejects.
   */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
};

/** A modal form: Enter or OK submits, server validation errors land on the fields. */
export function FormDialog<V extends object>({
  open,
  title,
  initialValues,
  onSubmit,
  onClose,
  children,
}: FormDialogProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const reportError = useErrorReporter();
  const [submitting, setSubmitting] = useState(false);

  const finish = async (values: V) => {
    setSubmitting(true);
    try {
      if ((await onSubmit(values)) !== false) onClose();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void finish(values)}
          preserve={false}
        >
          {dialog}
        </Form>
      )}
    >
      {children}
    </Modal>
  );
}
