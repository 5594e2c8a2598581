import { COMMON_HEADERS as H, type ExportColumn } from '../../platform/export/export-columns.js';
import type { PaymentOut } from './payments.schema.js';

const METHODS = {
  bank: { en: 'Bank transfer', 'zh-CN': '银行转账' },
  cash: { en: 'Cash', 'zh-CN': '现金' },
  alipay: { en: 'Alipay', 'zh-CN': '支付宝' },
  wechat: { en: 'WeChat Pay', 'zh-CN': '微信支付' },
  cheque: { en: 'Cheque', 'zh-CN': '支票' },
};

/** The columns of a payment export (the keys of the payments list's columns). */
export const PAYMENT_EXPORT_COLUMNS: ExportColumn<PaymentOut>[] = [
  {
    key: 'receivedOn',
    header: { en: 'Received on', 'zh-CN': '回款日期' },
    value: (p, f) => f.date(p.receivedOn),
  },
  {
    key: 'amount',
    header: { en: 'Amount', 'zh-CN': '回款金额' },
    value: (p, f) => f.money(p.amountCents),
  },
  { key: 'currency', header: H.currency, value: (p) => p.currency ?? null },
  {
    key: 'contract',
    header: { en: 'Contract', 'zh-CN': '合同' },
    value: (p) => p.contractNumber ?? null,
  },
  { key: 'customer', header: H.customer, value: (p) => p.customerName ?? null },
  {
    key: 'method',
    header: { en: 'Method', 'zh-CN': '回款方式' },
    value: (p, f) => f.choice(METHODS, p.method),
  },
  { key: 'owner', header: H.owner, value: (p, f) => f.userName(p.ownerId) },
  {
    key: 'recordedAt',
    header: { en: 'Recorded', 'zh-CN': '录入时间' },
    value: (p, f) => f.dateTime(p.recordedAt),
  },
];
