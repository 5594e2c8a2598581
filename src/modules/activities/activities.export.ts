import { COMMON_HEADERS as H, type ExportColumn } from '../../platform/export/export-columns.js';
import type { ActivityOut } from './activities.schema.js';

const TYPES = {
  call: { en: 'Call', 'zh-CN': '电话' },
  visit: { en: 'Visit', 'zh-CN': '拜访' },
  meeting: { en: 'Meeting', 'zh-CN': '会议' },
  email: { en: 'Email', 'zh-CN': '邮件' },
  message: { en: 'Message', 'zh-CN': '消息' },
  note: { en: 'Note', 'zh-CN': '备注' },
};
const RECORDS = {
  customer: { en: 'Customer', 'zh-CN': '客户' },
  lead: { en: 'Lead', 'zh-CN': '线索' },
  opportunity: { en: 'Opportunity', 'zh-CN': '商机' },
};
const YES_NO = { true: { en: 'Yes', 'zh-CN': '是' }, false: { en: 'No', 'zh-CN': '否' } };

/** The columns of an activity (follow-up) export. */
export const ACTIVITY_EXPORT_COLUMNS: ExportColumn<ActivityOut>[] = [
  {
    key: 'occurredAt',
    header: { en: 'Happened', 'zh-CN': '发生时间' },
    value: (a, f) => f.dateTime(a.occurredAt),
  },
  {
    key: 'type',
    header: { en: 'Type', 'zh-CN': '方式' },
    value: (a, f) => f.choice(TYPES, a.type),
  },
  {
    key: 'record',
    header: { en: 'On', 'zh-CN': '对象' },
    value: (a, f) => f.choice(RECORDS, a.recordType),
  },
  { key: 'content', header: { en: 'Content', 'zh-CN': '内容' }, value: (a) => a.content },
  {
    key: 'author',
    header: { en: 'By', 'zh-CN': '记录人' },
    value: (a, f) => f.userName(a.actorId),
  },
  { key: 'owner', header: H.owner, value: (a, f) => f.userName(a.ownerId) },
  {
    key: 'recordedAt',
    header: { en: 'Recorded', 'zh-CN': '录入时间' },
    value: (a, f) => f.dateTime(a.recordedAt),
  },
  {
    key: 'timely',
    header: { en: 'Recorded in time', 'zh-CN': '及时录入' },
    value: (a, f) => f.choice(YES_NO, String(a.timely)),
  },
  {
    key: 'valid',
    header: { en: 'Counts in metrics', 'zh-CN': '计入指标' },
    value: (a, f) => f.choice(YES_NO, String(a.valid)),
  },
];
