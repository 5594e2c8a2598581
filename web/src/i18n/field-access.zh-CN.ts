import type { fieldAccessEn } from './field-access.en';

export const fieldAccessZhCN: typeof fieldAccessEn = {
  title: '字段权限',
  intro:
    '为每个角色设定客户、联系人和线索的各字段：可编辑、只读或不可见。电话和邮箱可脱敏显示（138****1234、z***@example.com），查看完整值会记入该记录的变更历史。一人多角色时按最宽松的设置。',
  field: '字段',
  saved: '字段权限已保存。',
  reveal: '查看',
  revealHint: '显示完整内容；此操作会记录在该记录的历史中。',
  entities: { customer: '客户', contact: '联系人', lead: '线索' },
  choices: {
    editable: '可编辑',
    editable_masked: '可编辑（脱敏）',
    read_only: '只读',
    read_only_masked: '只读（脱敏）',
    hidden: '不可见',
  },
  fields: {
    phone: '电话',
    email: '邮箱',
    industry: '行业',
    source: '来源',
    level: '级别',
    requirement: '需求',
    region: '地区',
    address: '地址',
    title: '职务',
    note: '备注',
    contactName: '联系人姓名',
  },
};
