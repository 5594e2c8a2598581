import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Drawer, Empty, Flex, List, Popover, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type AppNotification,
} from '../api/notifications-api';
import { useFormat } from '../components/format';

const LIST_KEY = ['notifications'];
const PAGE_SIZE = 20;
/** The bell's count follows new notifications without a reload. */
const POLL_MS = 60_000;

/** The bell in the header: unread count, and the latest notifications in a popover (a drawer on phones). */
export function NotificationBell({ narrow }: { narrow: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const inbox = useQuery({
    queryKey: [...LIST_KEY, i18n.resolvedLanguage],
    queryFn: () => listNotifications(PAGE_SIZE),
    refetchInterval: POLL_MS,
  });
  const unread = inbox.data?.unread ?? 0;
  const button = (
    <Button
      type="text"
      data-testid="notification-bell"
      aria-label={
        unread ? t('notifications.bellWithCount', { count: unread }) : t('notifications.bell')
      }
      // The popover opens itself on click; the phone drawer is opened here.
      onClick={narrow ? () => setOpen(true) : undefined}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  const panel = (
    <NotificationPanel
      items={inbox.data?.items}
      failed={inbox.isError}
      onOpen={() => setOpen(false)}
    />
  );

  if (narrow)
    return (
      <>
        {button}
        <Drawer
          placement="right"
          size={340}
          open={open}
          onClose={() => setOpen(false)}
          title={<PanelTitle items={inbox.data?.items} unread={unread} />}
          styles={{ body: { padding: 0 } }}
        >
          {panel}
        </Drawer>
      </>
    );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      title={<PanelTitle items={inbox.data?.items} unread={unread} />}
      content={<div style={{ width: 360, maxHeight: 440, overflowY: 'auto' }}>{panel}</div>}
    >
      {button}
    </Popover>
  );
}

function PanelTitle({ items, unread }: { items: AppNotification[] | undefined; unread: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const newest = items?.[0]?.createdAt;
  const markAll = useMutation({
    mutationFn: () => markAllNotificationsRead(newest ?? new Date().toISOString()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: LIST_KEY }),
  });
  return (
    <Flex justify="space-between" align="center" gap={12}>
      <span>{t('notifications.title')}</span>
      <Button
        type="link"
        size="small"
        data-testid="notifications-mark-all"
        disabled={unread === 0 || markAll.isPending}
        onClick={() => markAll.mutate()}
      >
        {t('notifications.markAllRead')}
      </Button>
    </Flex>
  );
}

function NotificationPanel({
  items,
  failed,
  onOpen,
}: {
  items: AppNotification[] | undefined;
  failed: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: LIST_KEY }),
  });

  if (failed)
    return <Typography.Text type="danger">{t('notifications.loadFailed')}</Typography.Text>;
  if (items && items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;

  const openItem = (item: AppNotification) => {
    if (!item.readAt) markRead.mutate(item.id);
    onOpen();
    if (item.link) navigate(item.link);
  };
  return (
    <List
      data-testid="notification-list"
      loading={!items}
      dataSource={items ?? []}
      renderItem={(item) => (
        <List.Item
          key={item.id}
          onClick={() => openItem(item)}
          style={{
            cursor: 'pointer',
            paddingInline: 12,
            background: item.readAt ? undefined : token.colorPrimaryBg,
          }}
        >
          <List.Item.Meta
            title={
              <Flex gap={6} align="center">
                {!item.readAt && (
                  <Badge status="processing" aria-label={t('notifications.unread')} />
                )}
                <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
              </Flex>
            }
            description={
              <>
                <Typography.Paragraph
                  // A digest's body is a list, one line each.
                  style={{ marginBottom: 4, whiteSpace: 'pre-line' }}
                  ellipsis={{ rows: 3 }}
                >
                  {item.body}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {format.dateTime(item.createdAt)}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
