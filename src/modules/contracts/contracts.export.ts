import { COMMON_HEADERS as H, type ExportColumn } from '../../platform/export/export-columns.js';
import type { ContractOut } from './contracts.schema.js';

const RENEWAL = { yes: { en: 'Renewal', 'zh-CN': '续签' } };

/** The columns of a contract export (the keys of the contracts list's columns). */
export const CONTRACT_EXPORT_COLUMNS: ExportColumn<ContractOut>[] = [
  { key: 'number', header: { en: 'Contract no.', 'zh-CN': '合同编号' }, value: (c) => c.number },
  { key: 'title', header: { en: 'Title', 'zh-CN': '合同名称' }, value: (c) => c.title },
  { key: 'customer', header: H.customer, value: (c) => c.customerName ?? null },
  {
    key: 'amount',
    header: { en: 'Amount', 'zh-CN': '合同金额' },
    value: (c, f) => f.money(c.amountCents),
  },
  { key: 'currency', header: H.currency, value: (c) => c.currency },
  {
    key: 'collected',
    header: { en: 'Paid', 'zh-CN': '已回款' },
    value: (c, f) => f.money(c.paidCents),
  },
  {
    key: 'balance',
    header: { en: 'Remaining', 'zh-CN': '待回款' },
    value: (c, f) => f.money(c.balanceCents),
  },
  {
    key: 'signedOn',
    header: { en: 'Signed on', 'zh-CN': '签订日期' },
    value: (c, f) => f.date(c.signedOn),
  },
  {
    key: 'startOn',
    header: { en: 'Starts', 'zh-CN': '开始日期' },
    value: (c, f) => f.date(c.startOn),
  },
  { key: 'endOn', header: { en: 'Ends', 'zh-CN': '结束日期' }, value: (c, f) => f.date(c.endOn) },
  {
    key: 'fullyPaidOn',
    header: { en: 'Fully paid on', 'zh-CN': '回款完成日期' },
    value: (c, f) => f.date(c.fullyPaidOn),
  },
  {
    key: 'renewal',
    header: { en: 'Renewal', 'zh-CN': '续签' },
    value: (c, f) => (c.renewalOf === null ? null : f.choice(RENEWAL, 'yes')),
  },
  { key: 'owner', header: H.owner, value: (c, f) => f.userName(c.ownerId) },
  { key: 'createdAt', header: H.createdAt, value: (c, f) => f.dateTime(c.createdAt) },
];
