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
};
