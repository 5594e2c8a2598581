import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Flex, Form, Spin, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  getNotificationPreferences,
  NOTIFICATION_CHANNELS,
  saveNotificationPreferences,
  type NotificationChannel,
  type NotificationKind,
} from '../api/notifications-api';
import { FormDialog } from '../components/form-dialog';

/** Every kind, in the order the dialog lists them (the record keeps the list complete). */
const KIND_ORDER: Record<NotificationKind, number> = {
  weekly_digest: 0,
  plan_due_soon: 1,
  plan_overdue: 2,
  opportunity_stale: 3,
  quality_flag: 4,
  cycle_self_review: 5,
  cycle_manager_review: 6,
  award: 7,
  badge: 8,
  job_failed: 9,
};
const KINDS = (Object.keys(KIND_ORDER) as NotificationKind[]).sort(
  (a, b) => KIND_ORDER[a] - KIND_ORDER[b],
);
type SettingsForm = { kinds: Record<NotificationKind, boolean>; channels: NotificationChannel[] };

const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

/** The user's own notification settings: each kind on or off, and the outside channels wanted. */
export function NotificationSettingsDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const preferences = useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: getNotificationPreferences,
    enabled: open,
  });

  const submit = async ({ kinds, channels }: SettingsForm) => {
    const saved = await saveNotificationPreferences({
      mutedKinds: KINDS.filter((kind) => !kinds[kind]),
      channels,
    });
    queryClient.setQueryData(PREFERENCES_KEY, saved);
    void message.success(t('notifications.settings.saved'));
  };

  const initial: SettingsForm | undefined = preferences.data && {
    kinds: Object.fromEntries(
      KINDS.map((kind) => [kind, !preferences.data.mutedKinds.includes(kind)]),
    ) as Record<NotificationKind, boolean>,
    channels: preferences.data.channels,
  };

  return (
    <FormDialog<SettingsForm>
      // The form takes its values when it mounts: mount it once they are loaded.
      key={initial ? 'loaded' : 'loading'}
      open={open}
      title={t('notifications.settings.title')}
      initialValues={initial}
      onSubmit={submit}
      onClose={onClose}
    >
      {initial ? (
        <>
          <Typography.Text strong>{t('notifications.settings.kinds')}</Typography.Text>
          <Flex vertical gap={4} style={{ margin: '8px 0 16px' }} data-testid="notification-kinds">
            {KINDS.map((kind) => (
              <Flex key={kind} justify="space-between" align="center" gap={16}>
                <Flex vertical>
                  <label htmlFor={`notification-kind-${kind}`}>
                    {t(`notifications.kinds.${kind}`)}
                  </label>
                  {kind === 'weekly_digest' && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('notifications.settings.digestHint')}
                    </Typography.Text>
                  )}
                </Flex>
                <Form.Item name={['kinds', kind]} valuePropName="checked" noStyle>
                  <Switch
                    id={`notification-kind-${kind}`}
                    size="small"
                    data-testid={`notification-kind-${kind}`}
                  />
                </Form.Item>
              </Flex>
            ))}
          </Flex>
          <Form.Item
            name="channels"
            label={t('notifications.settings.channels')}
            extra={t('notifications.settings.channelsHint')}
          >
            <Checkbox.Group
              options={NOTIFICATION_CHANNELS.map((channel) => ({
                value: channel,
                label: t(`notifications.channels.${channel}`),
              }))}
            />
          </Form.Item>
        </>
      ) : (
        <Spin />
      )}
    </FormDialog>
  );
}
