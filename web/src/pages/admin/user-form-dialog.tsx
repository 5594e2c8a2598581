import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/users-api';
import { createUser, updateUser, ROLES } from '../../api/users-api';
import { FormDialog } from '../../components/form-dialog';
import { USERS_KEY, useUserDirectory } from './admin-data';
import { DepartmentSelect } from './department-select';
import { toFormValues, toNewUser, toUserChanges } from './user-changes';
import type { UserFormValues } from './user-changes';

type UserFormDialogProps = {
  open: boolean;
  /** The user being edited; absent when creating. */
  user?: User;
  onClose: () => void;
};

export function UserFormDialog({ open, user, onClose }: UserFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const directory = useUserDirectory();

  const managerOptions = (directory.data ?? [])
    .filter(
      (candidate) =>
        candidate.id !== user?.id && (candidate.active || candidate.id === user?.managerId),
    )
    .map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${candidate.email})` }));

  const submit = async (values: UserFormValues) => {
    try {
      const saved = user
        ? await updateUser(user.id, toUserChanges(user, values))
        : await createUser(toNewUser(values));
      void message.success(t(user ? 'users.updated' : 'users.created', { name: saved.name }));
    } finally {
      // Also after a conflict: the table and this dialog then show the latest version.
      void queryClient.invalidateQueries({ queryKey: USERS_KEY });
    }
  };

  return (
    <FormDialog<UserFormValues>
      open={open}
      title={t(user ? 'users.edit' : 'users.create')}
      initialValues={user ? toFormValues(user) : { roles: [], active: true }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('users.name')} rules={[{ required: true, whitespace: true }]}>
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('users.email')}
        rules={[{ required: true }, { type: 'email' }]}
      >
        <Input autoComplete="off" inputMode="email" />
      </Form.Item>
      {!user && (
        <Form.Item name="password" label={t('users.password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </Form.Item>
      <Form.Item name="departmentId" label={t('users.department')}>
        <DepartmentSelect placeholder={t('common.none')} />
      </Form.Item>
      <Form.Item name="managerId" label={t('users.manager')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={directory.isPending}
          placeholder={t('common.none')}
          options={managerOptions}
        />
      </Form.Item>
      <Form.Item name="joinedOn" label={t('users.joinedOn')} extra={t('users.joinedOnHint')}>
        <DatePicker data-testid="user-joined-on" />
      </Form.Item>
      {user && (
        <Form.Item name="leftOn" label={t('users.leftOn')}>
          <DatePicker data-testid="user-left-on" />
        </Form.Item>
      )}
      {user && (
        <Form.Item name="active" label={t('users.status')} valuePropName="checked">
          <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
