import type { notificationsEn } from './notifications.en';

export const notificationsZhCN: typeof notificationsEn = {
  bell: '通知',
  bellWithCount: '通知，{{count}} 条未读',
  title: '通知',
  markAllRead: '全部标为已读',
  empty: '暂无新通知。跟进计划到期、商机停滞、数据质量提示和考核待办会显示在这里。',
  unread: '未读',
  loadFailed: '通知加载失败。',
  settings: {
    title: '通知设置',
    kinds: '接收哪些通知',
    digestHint: '每周一：考核中最能提高本周得分的事项。',
    channels: '外部渠道',
    channelsHint: '站内通知之外；仅使用组织已配置的渠道。都不选：只接收站内通知。',
    saved: '通知设置已保存。',
  },
  kinds: {
    weekly_digest: '每周提分建议',
    plan_due_soon: '跟进计划即将到期',
    plan_overdue: '跟进计划已逾期',
    opportunity_stale: '商机停滞',
    quality_flag: '我的记录被标记数据质量问题',
    cycle_self_review: '待完成自评',
    cycle_manager_review: '待完成上级评价',
    award: '获得奖项',
    badge: '获得徽章',
    job_failed: '后台任务失败（管理员）',
  },
  channels: {
    wecom: '企业微信',
    dingtalk: '钉钉',
    webhook: 'Webhook',
    email: '邮件',
  },
};
