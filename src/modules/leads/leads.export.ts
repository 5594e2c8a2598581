import { COMMON_HEADERS as H, type ExportColumn } from '../../platform/export/export-columns.js';
import type { LeadOut } from './leads.schema.js';

const STATUSES = {
  new: { en: 'New', 'zh-CN': '新线索' },
  working: { en: 'Working', 'zh-CN': '跟进中' },
  converted: { en: 'Converted', 'zh-CN': '已转化' },
  disqualified: { en: 'Disqualified', 'zh-CN': '已作废' },
};

/** The columns of a lead export (the keys of the leads list's columns). */
export const LEAD_EXPORT_COLUMNS: ExportColumn<LeadOut>[] = [
  { key: 'company', header: { en: 'Company', 'zh-CN': '公司' }, value: (l) => l.company },
  {
    key: 'contactName',
    header: { en: 'Contact', 'zh-CN': '联系人' },
    field: 'contactName',
    value: (l) => l.contactName,
  },
  { key: 'phone', header: H.phone, field: 'phone', value: (l) => l.phone },
  { key: 'email', header: H.email, field: 'email', value: (l) => l.email },
  { key: 'status', header: H.status, value: (l, f) => f.choice(STATUSES, l.status) },
  { key: 'owner', header: H.owner, value: (l, f) => f.userName(l.ownerId) },
  {
    key: 'sourceUser',
    header: { en: 'Brought in by', 'zh-CN': '线索来源人' },
    value: (l, f) => f.userName(l.sourceUserId),
  },
  { key: 'industry', header: H.industry, field: 'industry', value: (l) => l.industry },
  { key: 'region', header: H.region, field: 'region', value: (l) => l.region },
  { key: 'requirement', header: H.requirement, field: 'requirement', value: (l) => l.requirement },
  {
    key: 'disqualifyReason',
    header: { en: 'Reason', 'zh-CN': '原因' },
    value: (l) => l.disqualifyReason,
  },
  { key: 'createdAt', header: H.createdAt, value: (l, f) => f.dateTime(l.createdAt) },
  {
    key: 'closedAt',
    header: { en: 'Closed', 'zh-CN': '关闭时间' },
    value: (l, f) => f.dateTime(l.closedAt),
  },
];
