import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../api/auth-api';
import type { PasswordChange } from '../api/auth-api';
import { FormDialog } from '../components/form-dialog';

type PasswordForm = PasswordChange & { confirmPassword: string };

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ currentPassword, newPassword }: PasswordForm) => {
    await changePassword({ currentPassword, newPassword });
    void message.success(t('password.changed'));
  };

  return (
    <FormDialog<PasswordForm>
      open={open}
      title={t('password.title')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.new')} rules={[{ required: true }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
