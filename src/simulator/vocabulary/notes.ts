/**
 * Activity notes (跟进记录) are built from parts, so diligent users' notes are long and rarely
 * repeat, while the thin phrases and the canned sentences that gamers paste are a short list.
 */
export const NOTE_OPENERS: readonly string[] = [
  '与{contact}电话沟通，',
  '上门拜访{contact}，',
  '和{contact}开了线上会议，',
  '给{contact}发送了资料，',
  '{contact}来电咨询，',
  '微信上和{contact}确认，',
  '陪同技术同事拜访{contact}，',
];
export const NOTE_TOPICS: readonly string[] = [
  '介绍了{product}的功能和报价',
  '演示了移动端拜访记录和审批流程',
  '讨论了数据迁移方案和时间表',
  '确认了需求清单，对方重点关注权限和报表',
  '沟通合同条款，对方法务提出付款节点调整',
  '了解到对方今年预算约{budget}万元',
  '答疑私有化部署的服务器配置',
  '对比了竞品的价格和实施周期',
  '梳理了现有销售流程中的痛点',
  '讲解了绩效考核模块如何取数',
];
export const NOTE_OUTCOMES: readonly string[] = [
  '对方表示需要内部再评估',
  '客户比较认可，准备安排试用',
  '决策人下周出差回来再定',
  '采购流程需要三家比价',
  '对方希望价格再优惠一些',
  '技术负责人提了几个集成问题待答复',
  '初步同意进入商务谈判',
  '对方要求补充两个成功案例',
];
export const NOTE_NEXT_STEPS: readonly string[] = [
  '下一步发送正式报价单。',
  '约了{weekday}再次沟通。',
  '本周内提交实施方案。',
  '安排售前做一次深度演示。',
  '等待对方反馈试用结果。',
  '整理会议纪要发给对方确认。',
  '下周跟进采购流程进展。',
];
export const WEEKDAYS: readonly string[] = ['周一', '周二', '周三', '周四', '周五'];

export const EN_OPENERS: readonly string[] = [
  'Called {contact}; ',
  'Visited {contact} on site; ',
  'Video meeting with {contact}; ',
  'Emailed {contact} the deck; ',
];
export const EN_TOPICS: readonly string[] = [
  'walked through {product} pricing',
  'demoed the mobile visit log',
  'reviewed the data migration plan',
  'discussed contract payment milestones',
  'answered questions on on-premise hosting',
];
export const EN_OUTCOMES: readonly string[] = [
  'they need an internal review first',
  'positive, a trial is being arranged',
  'procurement wants three quotes',
  'asked for a better price',
];
export const EN_NEXT_STEPS: readonly string[] = [
  'Next: send the formal quote.',
  'Follow up on {weekday}.',
  'Proposal due this week.',
];

/** Thin notes (< 10 characters, Q3): what a hurried or gaming user types. */
export const THIN_NOTES: readonly string[] = [
  '已联系',
  '电话沟通',
  '跟进中',
  '客户在考虑',
  '已拜访',
  '发了资料',
  '再说',
  'ok',
  '微信聊了',
  '待回复',
];

/**
 * Short but valid notes of a results-only seller: terse, yet ten characters or more, and naming
 * who or what they were about, so that two of them in a week are not the same text (Q4).
 */
export const TERSE_NOTES: readonly string[] = [
  '{contact}：报价已发，等对方回复。',
  '{contact}同意下周走签约流程。',
  '和{contact}谈了价格，基本接受。',
  '{product}合同已寄出，等盖章。',
  '{contact}认可{product}，准备走采购。',
  '催了{contact}回款，说月底付。',
];

export const PLAN_NOTES: readonly string[] = [
  '电话回访',
  '发送报价',
  '安排演示',
  '确认合同条款',
  '催收回款',
  '了解试用情况',
];

export const TICKET_TITLES: readonly string[] = [
  '无法导出客户列表',
  '移动端登录失败',
  '报表数据与实际不一致',
  '合同审批流程卡住',
  '需要新增自定义字段',
  '导入 Excel 时报错',
  '回款提醒没有收到',
  '权限设置后看不到下属数据',
  '系统响应慢',
  '希望修改线索分配规则',
];
export const TICKET_REPLIES: readonly string[] = [
  '您好，已收到您的问题，我们正在排查，请稍候。',
  '请提供一下出错时的截图和操作步骤，方便定位。',
  '问题已定位，是配置原因，已协助您调整，请再试一下。',
  '已升级给技术同事处理，预计今天内给您答复。',
  '已修复，麻烦您确认一下是否正常。',
  '这是已知问题，下个版本会修复，先提供一个临时办法。',
];
export const RATING_COMMENTS: readonly string[] = [
  '响应很快，解决得好',
  '还可以',
  '等了很久才有人回复',
  '问题解决了，谢谢',
  '处理得比较慢',
];

export const FEEDBACK_TITLES: readonly string[] = [
  '希望支持批量转移客户',
  '报表增加按区域筛选',
  '移动端支持离线记录',
  '合同到期自动提醒',
  '线索去重规则可配置',
  '工单支持附件上传',
  '跟进记录支持语音转文字',
  '增加企业微信集成',
  '仪表盘支持自定义卡片',
  '回款计划支持分期模板',
];
export const DECISION_NOTES: readonly string[] = [
  '已排入下个迭代',
  '与现有规划冲突，暂不考虑',
  '需求价值高，采纳',
  '使用场景较少，暂不采纳',
];
