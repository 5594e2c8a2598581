export const notificationsEn = {
  bell: 'Notifications',
  bellWithCount: 'Notifications, {{count}} unread',
  title: 'Notifications',
  markAllRead: 'Mark all read',
  empty: 'Nothing new. Reminders of due plans, stale deals, flags and review steps appear here.',
  unread: 'Unread',
  loadFailed: 'Notifications could not be loaded.',
};
