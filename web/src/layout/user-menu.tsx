import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Avatar, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout } from '../api/auth-api';
import { useCurrentUser } from '../auth/current-user';
import { ChangePasswordDialog } from './change-password-dialog';
import { NotificationSettingsDialog } from './notification-settings-dialog';

export function UserMenu({ showName }: { showName: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [changingPassword, setChangingPassword] = useState(false);
  const [editingNotifications, setEditingNotifications] = useState(false);
  const signOut = useMutation({
    mutationFn: logout,
    // A full load of /login drops everything the previous user had in memory, and the next person
    // to sign in starts on the workbench rather than on this page.
    onSettled: () => window.location.assign('/login'),
  });

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          items: [
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: <span data-testid="change-password">{t('userMenu.changePassword')}</span>,
              onClick: () => setChangingPassword(true),
            },
            {
              key: 'notifications',
              icon: <BellOutlined />,
              label: (
                <span data-testid="notification-settings">
                  {t('userMenu.notificationSettings')}
                </span>
              ),
              onClick: () => setEditingNotifications(true),
            },
            { type: 'divider' },
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              label: <span data-testid="logout">{t('userMenu.logout')}</span>,
              disabled: signOut.isPending,
              onClick: () => signOut.mutate(),
            },
          ],
        }}
      >
        <Button
          type="text"
          data-testid="user-menu"
          aria-label={t('userMenu.label', { name: user.name })}
          style={{ height: 40, paddingInline: 8 }}
        >
          <Avatar size="small" style={{ backgroundColor: '#1f5fbf' }}>
            {user.name.slice(0, 1).toUpperCase()}
          </Avatar>
          {showName && <span data-testid="current-user-name">{user.name}</span>}
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <NotificationSettingsDialog
        open={editingNotifications}
        onClose={() => setEditingNotifications(false)}
      />
    </>
  );
}
