import type { notificationsEn } from './notifications.en';

export const notificationsZhCN: typeof notificationsEn = {
  bell: '通知',
  bellWithCount: '通知，{{count}} 条未读',
  title: '通知',
  markAllRead: '全部标为已读',
  empty: '暂无新通知。跟进计划到期、商机停滞、数据质量提示和考核待办会显示在这里。',
  unread: '未读',
  loadFailed: '通知加载失败。',
};
