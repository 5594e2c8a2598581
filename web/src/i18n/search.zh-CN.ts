import type { searchEn } from './search.en';

export const searchZhCN: typeof searchEn = {
  placeholder: '搜索客户、联系人、电话…',
  shortcut: '按 / 搜索',
  label: '搜索记录',
  empty: '在你可见的记录中没有找到',
  more: '还有更多{{type}}，请输入更多文字缩小范围',
  types: {
    customer: '客户',
    contact: '联系人',
    lead: '线索',
    opportunity: '商机',
    contract: '合同',
    ticket: '工单',
  },
  duplicates: {
    title: '可能已经存在',
    intro: '保存前请先核对以下已有记录：',
    hidden: '已存在一条相似的{{entity}}（{{by}}），但你无权查看。再次录入前请先咨询主管。',
    open: '打开已有记录',
    saveAnyway: '仍然保存',
    by: { phone: '电话相同', email: '邮箱相同', name: '名称相同' },
    entities: { customer: '客户', lead: '线索', contact: '联系人' },
  },
  merge: {
    action: '合并重复客户',
    title: '将重复客户合并到 {{name}}',
    intro:
      '重复客户的全部记录（联系人、商机、跟进、计划、合同、工单、需求反馈）都会转到本客户，本客户的空白字段由其补全，重复客户随后删除。双方的历史记录都会保留这次合并。',
    duplicate: '重复的客户',
    confirm: '合并',
    done: '{{name}} 已合并到本客户。',
    leadAction: '合并重复线索',
    leadIntro:
      '重复线索的跟进记录和计划会转到本线索，本线索的空白字段由其补全，重复线索随后删除。双方的历史记录都会保留这次合并。',
    leadDuplicate: '重复的线索',
    leadDone: '{{name}} 已合并到本线索。',
    flagResolved: '已合并 — 打开保留的记录',
    mergedFrom: '合并自',
    mergedInto: '已合并到',
  },
};
