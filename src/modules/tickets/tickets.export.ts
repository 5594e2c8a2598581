import { COMMON_HEADERS as H, type ExportColumn } from '../../platform/export/export-columns.js';
import type { TicketOut } from './tickets.schema.js';

const STATUSES = {
  open: { en: 'Open', 'zh-CN': '待处理' },
  pending: { en: 'Pending', 'zh-CN': '挂起' },
  resolved: { en: 'Resolved', 'zh-CN': '已解决' },
  closed: { en: 'Closed', 'zh-CN': '已关闭' },
};
const PRIORITIES = {
  low: { en: 'Low', 'zh-CN': '低' },
  normal: { en: 'Normal', 'zh-CN': '普通' },
  high: { en: 'High', 'zh-CN': '高' },
  urgent: { en: 'Urgent', 'zh-CN': '紧急' },
};

/** The columns of a ticket export (the keys of the tickets list's columns). */
export const TICKET_EXPORT_COLUMNS: ExportColumn<TicketOut>[] = [
  { key: 'title', header: { en: 'Title', 'zh-CN': '标题' }, value: (t) => t.title },
  { key: 'customer', header: H.customer, value: (t) => t.customerName ?? null },
  {
    key: 'priority',
    header: { en: 'Priority', 'zh-CN': '优先级' },
    value: (t, f) => f.choice(PRIORITIES, t.priority),
  },
  { key: 'status', header: H.status, value: (t, f) => f.choice(STATUSES, t.status) },
  {
    key: 'assignee',
    header: { en: 'Assignee', 'zh-CN': '处理人' },
    value: (t, f) => f.userName(t.assigneeId),
  },
  { key: 'createdAt', header: H.createdAt, value: (t, f) => f.dateTime(t.createdAt) },
  {
    key: 'firstResponseAt',
    header: { en: 'First response', 'zh-CN': '首次响应' },
    value: (t, f) => f.dateTime(t.firstResponseAt),
  },
  {
    key: 'resolvedAt',
    header: { en: 'Resolved', 'zh-CN': '解决时间' },
    value: (t, f) => f.dateTime(t.resolvedAt),
  },
  { key: 'rating', header: { en: 'Rating', 'zh-CN': '满意度' }, value: (t) => t.rating },
  {
    key: 'description',
    header: { en: 'Description', 'zh-CN': '问题描述' },
    value: (t) => t.description,
  },
];
