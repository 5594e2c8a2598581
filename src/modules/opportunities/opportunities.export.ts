import {
  COMMON_HEADERS as H,
  type ExportColumn,
  type Words,
} from '../../platform/export/export-columns.js';
import type { OpportunityOut } from './opportunities.schema.js';

const STATUSES = {
  open: { en: 'Open', 'zh-CN': '进行中' },
  won: { en: 'Won', 'zh-CN': '赢单' },
  lost: { en: 'Lost', 'zh-CN': '输单' },
};

/** An opportunity with the name of its stage in both languages (stages are the org's own). */
export type ExportedOpportunity = OpportunityOut & { stage: Words | null };

/** The columns of an opportunity export (the keys of the opportunities list's columns). */
export const OPPORTUNITY_EXPORT_COLUMNS: ExportColumn<ExportedOpportunity>[] = [
  { key: 'name', header: { en: 'Opportunity', 'zh-CN': '商机名称' }, value: (o) => o.name },
  { key: 'customer', header: H.customer, value: (o) => o.customerName ?? null },
  {
    key: 'amount',
    header: { en: 'Amount', 'zh-CN': '金额' },
    value: (o, f) => f.money(o.amountCents),
  },
  { key: 'currency', header: H.currency, value: (o) => o.currency },
  {
    key: 'stage',
    header: { en: 'Stage', 'zh-CN': '阶段' },
    value: (o, f) => (o.stage ? o.stage[f.language] : o.stageId),
  },
  { key: 'status', header: H.status, value: (o, f) => f.choice(STATUSES, o.status) },
  { key: 'owner', header: H.owner, value: (o, f) => f.userName(o.ownerId) },
  {
    key: 'expectedCloseOn',
    header: { en: 'Expected close', 'zh-CN': '预计成交日期' },
    value: (o, f) => f.date(o.expectedCloseOn),
  },
  {
    key: 'closedAt',
    header: { en: 'Closed', 'zh-CN': '关闭时间' },
    value: (o, f) => f.dateTime(o.closedAt),
  },
  { key: 'createdAt', header: H.createdAt, value: (o, f) => f.dateTime(o.createdAt) },
  { key: 'updatedAt', header: H.updatedAt, value: (o, f) => f.dateTime(o.updatedAt) },
];
