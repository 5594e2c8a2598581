/**
 * Chinese for the project's own error messages: the English text services throw and schemas give,
 * mapped to what a Chinese user reads. Exact messages first, then patterns for messages built with
 * a value. A message found in neither stays English (see `translateMessage`).
 */

/** The record names services pass to `notFound` / `staleVersion` and friends. */
const RECORDS: Readonly<Record<string, string>> = {
  'API token': 'API 令牌',
  Activity: '跟进记录',
  'Appraisal item': '考核项',
  'Appraisal result': '考核结果',
  Campaign: '市场活动',
  Collaborator: '协作人',
  Contact: '联系人',
  Contract: '合同',
  Customer: '客户',
  Cycle: '考核周期',
  Department: '部门',
  'Evidence for this metric': '该指标的依据',
  Feedback: '反馈',
  Flag: '质量标记',
  Lead: '线索',
  Metric: '指标',
  Opportunity: '商机',
  Payment: '回款',
  'Payment plan': '回款计划',
  Plan: '跟进计划',
  'Pool settings': '公海设置',
  Product: '产品',
  Role: '角色',
  Stage: '阶段',
  Target: '目标',
  Template: '考核模板',
  'Template version': '模板版本',
  Ticket: '工单',
  User: '用户',
};

/** Statuses and kinds that appear inside messages (cycles, tickets, feedback, leads, stages). */
const STATUSES: Readonly<Record<string, string>> = {
  draft: '草稿',
  self_review: '自评',
  manager_review: '上级评估',
  calibrated: '已校准',
  published: '已发布',
  archived: '已归档',
  open: '进行中',
  pending: '待处理',
  resolved: '已解决',
  closed: '已关闭',
  new: '新建',
  working: '跟进中',
  converted: '已转化',
  disqualified: '已作废',
  reviewing: '评审中',
  adopted: '已采纳',
  rejected: '已拒绝',
  won: '赢单',
  lost: '输单',
  potential: '潜在',
  intent: '意向',
  deal: '成交',
  dormant: '休眠',
};

const record = (name: string): string => RECORDS[name] ?? name;
const status = (name: string): string => STATUSES[name] ?? name;
const recordOfType = (type: string): string => record(type.charAt(0).toUpperCase() + type.slice(1));

export const MESSAGES_ZH_CN: Readonly<Record<string, string>> = {
  // Platform.
  'Authentication required': '请先登录',
  'You are not allowed to do this': '你无权执行此操作',
  'Internal server error': '服务器内部错误',
  'Invalid body': '提交的内容有误',
  'Invalid querystring': '查询参数有误',
  'Invalid params': '路径参数有误',
  'Invalid headers': '请求头有误',
  'stale version': '版本已过期',
  'not found': '不存在',
  invalid: '无效',
  // Field schemas and module schemas (custom Zod messages).
  'at least 8 characters': '至少 8 个字符',
  'not a phone number: use a Chinese mobile, a landline with area code, or +country code':
    '不是有效的电话号码：请填写中国大陆手机号、带区号的座机号，或带 +国家代码 的号码',
  'not an e-mail address': '不是有效的电子邮箱地址',
  'cannot be in the future': '不能晚于当前时间',
  'must be in the future': '必须晚于当前时间',
  'amount cannot be negative': '金额不能为负数',
  'amount must be in whole cents': '金额必须精确到分',
  'a payment must be more than zero': '回款金额必须大于零',
  'a reason is required': '请填写原因',
  'an adjustment needs a written reason': '调整分数需要写明原因',
  'cap must be at least 100': '封顶值不能低于 100',
  'date as YYYY-MM-DD': '日期格式应为 YYYY-MM-DD',
  'date-time in ISO-8601, e.g. 2026-03-01T09:30:00+08:00':
    '时间应为 ISO-8601 格式，例如 2026-03-01T09:30:00+08:00',
  'end date cannot be before the start date': '结束日期不能早于开始日期',
  'from must not be after to': '起始值不能晚于结束值',
  'grade thresholds must fall from S to C': '等级门槛必须从 S 到 C 依次降低',
  'lower-case letters, digits and _ (3–41 characters), starting with a letter':
    '只能包含小写字母、数字和 _（3–41 个字符），并以字母开头',
  'nothing to change': '没有需要修改的内容',
  'one rule per level at most': '每个级别最多一条规则',
  'say what changed and why': '请说明改了什么以及原因',
  'weight must be above 0': '权重必须大于 0',
  'write a comment': '请填写评语',
  'ISO currency code such as CNY': '请填写 ISO 货币代码，例如 CNY',
  // Auth and organisation.
  'Wrong e-mail or password': '邮箱或密码错误',
  'Too many failed logins; try again in 15 minutes': '登录失败次数过多，请 15 分钟后再试',
  'Your account was changed meanwhile; try again': '你的账号刚刚被修改过，请重试',
  'current password is wrong': '当前密码不正确',
  'This e-mail is already used': '该邮箱已被使用',
  'already used': '已被使用',
  'manager does not exist': '上级不存在',
  'department does not exist': '部门不存在',
  'Move its people and sub-departments elsewhere first': '请先将该部门的人员和下级部门移走',
  'department is not empty': '部门不为空',
  'you cannot deactivate yourself': '不能停用你自己',
  // Ownership and access.
  'owner must be an active user within your data scope': '负责人必须是你数据范围内的在职用户',
  'owner must be an active marketing user': '负责人必须是在职的市场人员',
  'assignee must be an active service user': '处理人必须是在职的客服人员',
  'source user must be an active user': '来源人员必须是在职用户',
  'no active user with this id': '没有该 ID 的在职用户',
  'you cannot share a record with yourself': '不能把记录共享给你自己',
  'this user already owns the customer': '该用户已是此客户的负责人',
  'the lead already has this owner': '该线索的负责人已是此人',
  'The customer is not within your data scope': '该客户不在你的数据范围内',
  'Only managers and admins assign records to others': '只有经理和管理员可以把记录分配给他人',
  'Only managers and admins create customers for others or into the pool':
    '只有经理和管理员可以为他人创建客户或直接放入公海',
  'Only managers and admins credit a lead to another source user':
    '只有经理和管理员可以把线索记到其他来源人员名下',
  'Only managers and admins give a campaign to someone else':
    '只有经理和管理员可以把市场活动交给他人',
  'Only managers and admins plan follow-ups for others': '只有经理和管理员可以为他人安排跟进',
  'Only managers and admins reassign opportunities': '只有经理和管理员可以重新分配商机',
  'Only the owner, managers and admins change a campaign':
    '只有负责人、经理和管理员可以修改市场活动',
  'Only the author changes an activity': '只有记录人可以修改跟进记录',
  'Only product managers review and decide feedback': '只有产品经理可以审阅和决定反馈',
  // Customers, pool, contacts, activities, plans.
  'The customer is already in the pool': '该客户已在公海中',
  'reclaim cool-down': '重新领取冷却期内',
  'claim cap reached': '已达领取上限',
  'a contact needs the customer it belongs to': '联系人需要指定所属客户',
  'Contact not found': '联系人不存在',
  'not a contact of this customer': '不是该客户的联系人',
  'the plan is for another record': '该跟进计划属于其他记录',
  'the plan is already completed': '该跟进计划已完成',
  // Opportunities and pipeline.
  'no such stage': '阶段不存在',
  'the pipeline has no active open stage': '销售流程中没有启用的进行中阶段',
  'a new opportunity starts in an active open stage': '新商机必须从启用的进行中阶段开始',
  'the opportunity is already in this stage': '商机已处于该阶段',
  'this stage is no longer in use': '该阶段已停用',
  'Opportunities have been in this stage, so its kind (open/won/lost) can no longer change':
    '已有商机进入过该阶段，其类型（进行中/赢单/输单）不能再修改',
  'stage in use': '阶段已被使用',
  // Contracts and payments.
  'Another live contract already has this number': '已有其他有效合同使用该编号',
  'already in use': '已被使用',
  'This contract has payments: delete them first': '该合同已有回款，请先删除回款',
  'has payments': '已有回款',
  'Payment plan not found': '回款计划不存在',
  'not a plan of this contract': '不是该合同的回款计划',
  'exceeds the remaining balance': '超过剩余未回款金额',
  // Tickets and feedback.
  'A closed ticket takes no more replies': '已关闭的工单不能再回复',
  'ticket is closed': '工单已关闭',
  'This ticket has already been rated': '该工单已评价过',
  'This ticket was rated or reopened meanwhile': '该工单刚刚被评价或重新打开',
  'already rated': '已评价',
  'Only a resolved or closed ticket can be rated': '只有已解决或已关闭的工单可以评价',
  decided: '已决定',
  // Leads.
  'This lead has been converted and can no longer be changed': '该线索已转化，不能再修改',
  'This lead has been disqualified and can no longer be changed': '该线索已作废，不能再修改',
  // Cycles, templates, metrics, quality.
  'Open the cycle first': '请先开启考核周期',
  'cycle is a draft': '考核周期仍是草稿',
  'This cycle is closed; its results no longer change': '该考核周期已关闭，结果不能再修改',
  'Self review is open only while the cycle is in self review': '只有在自评阶段才能填写自评',
  'Manager review is open during manager review and calibration':
    '上级评估只在上级评估和校准阶段开放',
  'Scores can be adjusted during manager review and calibration':
    '只有在上级评估和校准阶段才能调整分数',
  'Results are acknowledged once published': '结果发布后才能确认',
  'Already acknowledged': '已确认过',
  'already acknowledged': '已确认',
  'You cannot review your own appraisal': '不能评估你自己的考核',
  'You cannot adjust your own appraisal': '不能调整你自己的考核',
  'Only the appraised person writes the self review': '只有被考核人可以填写自评',
  'Only the appraised person acknowledges': '只有被考核人可以确认结果',
  'scores are frozen: recomputing needs a written reason': '分数已冻结：重新计算需要写明原因',
  'The template has invalid items': '考核模板中有无效的考核项',
  'metric appears twice': '指标重复出现',
  'floor, target and cap must be numbers': '底线、目标和封顶值必须是数字',
  'target must differ from floor': '目标不能等于底线',
  'target must be better than floor in the metric’s direction': '按指标方向，目标必须优于底线',
  'target is not a possible value of the metric’s unit': '目标不是该指标单位可取的值',
  'You cannot set your own target': '不能为自己设定目标',
  'Only those who may change the record share it': '只有可以修改该记录的人才能共享它',
  'Requests that change data must come from this site': '修改数据的请求必须来自本站',
  'Some fields are read-only for you': '部分字段对你只读',
  'You may not change this field': '你无权修改此字段',
  'This field is hidden for you': '此字段对你不可见',
  'this password is too common; choose another': '该密码过于常见，请换一个',
  'This API token may only read': '该 API 令牌只能读取',
  'text contains a NUL character or a broken UTF-16 surrogate':
    '文本包含 NUL 字符或不完整的 UTF-16 代理项',
  'input nests deeper than 32 levels': '输入嵌套超过 32 层',
  'The request body is too large': '请求内容过大',
  'The URL is malformed': 'URL 格式错误',
  'Bad request': '请求无效',
  'year must be between 1900 and 2999': '年份必须在 1900 到 2999 之间',
  'the password must not contain your e-mail name': '密码不能包含邮箱用户名',
  'The metric definition is invalid': '指标定义无效',
  'a value is required for this operator': '该运算符需要一个值',
  'a list of values is required': '需要一组值',
  'a single value is required': '需要单个值',
  '"contains" applies to text fields only': '“包含”只适用于文本字段',
  'ordering comparisons need a number, money or time field': '大小比较只适用于数字、金额或时间字段',
  'This flag is already cleared': '该质量标记已被清除',
  'already cleared': '已清除',
};

type Pattern = readonly [RegExp, (...groups: string[]) => string];

/** Messages built with a value; the first pattern that matches the whole message wins. */
export const PATTERNS_ZH_CN: readonly Pattern[] = [
  [/^(.+) not found$/, (what) => `${record(what)}不存在`],
  [
    /^(.+) was changed by someone else; reload and try again$/,
    (what) => `${record(what)}已被他人修改，请刷新后重试`,
  ],
  [
    /^The amount cannot be less than the (\d+) cents already paid$/,
    (cents) => `金额不能低于已回款的 ${cents} 分`,
  ],
  [
    /^Your own access ends at (.+); a share you give must end by then$/,
    (until) => `你自己的访问权限于 ${until} 到期，你给出的共享必须在此之前结束`,
  ],
  [
    /^Only the owner, or someone whose data scope covers the owner, deletes this (\w+)$/,
    (type) => `只有负责人或数据范围涵盖负责人的人才能删除该${recordOfType(type)}`,
  ],
  [
    /^You can read this (\w+) but not change it$/,
    (type) => `你可以查看该${recordOfType(type)}，但不能修改`,
  ],
  [/^unknown metric "(.*)"$/, (metric) => `未知指标“${metric}”`],
  [/^unknown field "(.*)"$/, (field) => `未知字段“${field}”`],
  [
    /^unknown entity "(.*)"; use one of (.*)$/,
    (entity, list) => `未知对象“${entity}”，可选：${list}`,
  ],
  [
    /^"(.*)" is not a person field of (.*)$/,
    (field, entity) => `“${field}”不是 ${entity} 的人员字段`,
  ],
  [
    /^"(.*)" is not a time field of (.*)$/,
    (field, entity) => `“${field}”不是 ${entity} 的时间字段`,
  ],
  [
    /^"(.*)" is not a numeric field of (.*)$/,
    (field, entity) => `“${field}”不是 ${entity} 的数值字段`,
  ],
  [/^A metric called "(.*)" exists already$/, (key) => `名为“${key}”的指标已存在`],
  [/^the customer is already "(.*)"$/, (value) => `客户已是“${status(value)}”状态`],
  [
    /^A cycle in "(.*)" cannot move to "(.*)"$/,
    (from, to) => `处于“${status(from)}”的考核周期不能变为“${status(to)}”`,
  ],
  [/^not allowed from (.+)$/, (from) => `不能从“${status(from)}”变更`],
  [
    /^A (\w+) ticket cannot become (\w+)$/,
    (from, to) => `${status(from)}的工单不能变为${status(to)}`,
  ],
  [/^ticket is (\w+)$/, (value) => `工单状态为${status(value)}`],
  [
    /^Feedback that is (\w+) cannot become (\w+)$/,
    (from, to) => `${status(from)}的反馈不能变为${status(to)}`,
  ],
  [
    /^This feedback was already (\w+); a decision is final$/,
    (value) => `该反馈已${status(value)}，决定不能更改`,
  ],
  [/^At most (.+)$/, (cap) => `最多 ${cap}`],
  [/^cannot exceed the cap of (.+)$/, (cap) => `不能超过封顶值 ${cap}`],
  [
    /^cannot be earlier than the previous stage change \((.*)\)$/,
    (at) => `不能早于上一次阶段变更（${at}）`,
  ],
  [
    /^a reason is required to mark the opportunity (\w+)$/,
    (kind) => `将商机标记为${status(kind)}需要填写原因`,
  ],
  [
    /^You released this customer on (.*); you may claim it again from (.*)$/,
    (released, from) => `你于 ${released} 释放了该客户，${from} 之后才能再次领取`,
  ],
  [
    /^You already hold (\d+) customers, the most anyone may hold; release one before claiming another$/,
    (cap) => `你已持有 ${cap} 个客户，已达上限；请先释放一个再领取`,
  ],
  [
    /^This payment exceeds the remaining balance of (-?\d+) cents; send allowOverpayment: true to record it anyway$/,
    (cents) => `该回款超过剩余未回款金额（${cents} 分）；如确需记录，请发送 allowOverpayment: true`,
  ],
  [/^No route (\S+) (.*)$/, (method, url) => `没有此接口：${method} ${url}`],
];

/**
 * The Chinese for one of the project's English messages, or undefined when the table has none.
 * Never throws; a pattern that yields an empty text counts as no translation.
 */
export function chineseFor(message: string): string | undefined {
  const exact = MESSAGES_ZH_CN[message];
  if (exact !== undefined) return exact;
  for (const [pattern, translate] of PATTERNS_ZH_CN) {
    const match = pattern.exec(message);
    if (match) {
      const text = translate(...match.slice(1).map((group) => group ?? ''));
      return text === '' ? undefined : text;
    }
  }
  return undefined;
}

/** The Chinese for an English message when there is one, otherwise the English message itself. */
export function translateMessage(message: string): string {
  return chineseFor(message) ?? message;
}
