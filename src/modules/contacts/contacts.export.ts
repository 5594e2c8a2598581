import { COMMON_HEADERS as H, type ExportColumn } from '../../platform/export/export-columns.js';
import type { ContactOut } from './contacts.schema.js';

/** The columns of a contact export (the keys of the contacts list's columns). */
export const CONTACT_EXPORT_COLUMNS: ExportColumn<ContactOut>[] = [
  { key: 'name', header: { en: 'Name', 'zh-CN': '姓名' }, value: (c) => c.name },
  { key: 'customer', header: H.customer, value: (c) => c.customerName ?? null },
  {
    key: 'title',
    header: { en: 'Title', 'zh-CN': '职务' },
    field: 'title',
    value: (c) => c.title,
  },
  { key: 'phone', header: H.phone, field: 'phone', value: (c) => c.phone },
  { key: 'email', header: H.email, field: 'email', value: (c) => c.email },
  {
    key: 'isPrimary',
    header: { en: 'Primary contact', 'zh-CN': '首要联系人' },
    value: (c, f) => f.choice(YES_NO, String(c.isPrimary)),
  },
  { key: 'note', header: { en: 'Note', 'zh-CN': '备注' }, field: 'note', value: (c) => c.note },
  { key: 'createdAt', header: H.createdAt, value: (c, f) => f.dateTime(c.createdAt) },
  { key: 'updatedAt', header: H.updatedAt, value: (c, f) => f.dateTime(c.updatedAt) },
];

const YES_NO = { true: { en: 'Yes', 'zh-CN': '是' }, false: { en: 'No', 'zh-CN': '否' } };
