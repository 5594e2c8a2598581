import type { captureEn } from './capture.en';

export const captureZhCN: typeof captureEn = {
  open: '快速记录',
  shortcut: '记录一次电话或拜访（按 N 或 Ctrl+K）',
  title: '记录跟进',
  type: '方式',
  content: '跟进内容',
  contentHint: '和谁沟通、达成了什么、下一步做什么……',
  contentRequired: '请填写跟进内容。',
  customerRequired: '请选择客户。',
  occurredAt: '发生时间',
  withNext: '安排下次跟进',
  nextDue: '下次跟进时间',
  nextDueRequired: '请选择下次跟进时间。',
  nextNote: '下次跟进备注',
  nextNoteHint: '例如：发送报价单',
  saved: '跟进已记录。',
  excluded: '已记录，但不计入考核：{{reasons}}。',
  review: '已记录并计入，但请注意：{{reasons}}。',
  reasonSeparator: '；',
  reasons: {
    thin: '内容过短（少于 10 个字）',
    copy: '与你之前的一条跟进内容完全相同',
    burst: '10 分钟内记录了大量跟进，已标记待复核',
    backfill: '发生 72 小时后才补录，已标记待复核，且不算及时',
    late: '发生 24 小时后才录入，不算及时',
  },
};
