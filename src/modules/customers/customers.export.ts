import { COMMON_HEADERS as H, type ExportColumn } from '../../platform/export/export-columns.js';
import type { CustomerOut } from './customers.schema.js';

const STATUSES = {
  potential: { en: 'Potential', 'zh-CN': '潜在' },
  intent: { en: 'Intent', 'zh-CN': '意向' },
  deal: { en: 'Deal', 'zh-CN': '成交' },
  dormant: { en: 'Dormant', 'zh-CN': '沉睡' },
  lost: { en: 'Lost', 'zh-CN': '流失' },
};
const LEVELS = {
  A: { en: 'A (key)', 'zh-CN': 'A（重点）' },
  B: { en: 'B', 'zh-CN': 'B' },
  C: { en: 'C', 'zh-CN': 'C' },
};

/** The columns of a customer export (the keys of the customers list's columns). */
export const CUSTOMER_EXPORT_COLUMNS: ExportColumn<CustomerOut>[] = [
  { key: 'name', header: { en: 'Name', 'zh-CN': '客户名称' }, value: (c) => c.name },
  { key: 'status', header: H.status, value: (c, f) => f.choice(STATUSES, c.status) },
  {
    key: 'level',
    header: { en: 'Level', 'zh-CN': '客户等级' },
    field: 'level',
    value: (c, f) => f.choice(LEVELS, c.level),
  },
  { key: 'owner', header: H.owner, value: (c, f) => f.userName(c.ownerId) },
  {
    key: 'poolEnteredAt',
    header: { en: 'In pool since', 'zh-CN': '进入公海时间' },
    value: (c, f) => f.dateTime(c.poolEnteredAt),
  },
  { key: 'industry', header: H.industry, field: 'industry', value: (c) => c.industry },
  { key: 'region', header: H.region, field: 'region', value: (c) => c.region },
  { key: 'phone', header: H.phone, field: 'phone', value: (c) => c.phone },
  { key: 'email', header: H.email, field: 'email', value: (c) => c.email },
  {
    key: 'source',
    header: { en: 'Source', 'zh-CN': '来源' },
    field: 'source',
    value: (c) => c.source,
  },
  { key: 'requirement', header: H.requirement, field: 'requirement', value: (c) => c.requirement },
  {
    key: 'address',
    header: { en: 'Address', 'zh-CN': '地址' },
    field: 'address',
    value: (c) => c.address,
  },
  {
    key: 'lastFollowUpAt',
    header: { en: 'Last follow-up', 'zh-CN': '最近跟进' },
    value: (c, f) => f.dateTime(c.lastFollowUpAt),
  },
  { key: 'createdAt', header: H.createdAt, value: (c, f) => f.dateTime(c.createdAt) },
  { key: 'updatedAt', header: H.updatedAt, value: (c, f) => f.dateTime(c.updatedAt) },
];
