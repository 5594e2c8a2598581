import { BUILT_IN_METRICS } from '../metrics/catalog.js';

/**
 * The fields each import fills, and the headers other CRMs (WukongCRM, 销售易, 纷享销客, HubSpot,
 * Salesforce, Zoho, Odoo) give them in their exports, and per-person targets (业绩目标) as target
 * sheets write them. Headers are compared as `textKey`s, so case, spaces, full-width forms and
 * required markers do not matter.
 */
export const IMPORT_ENTITIES = [
  'customer',
  'contact',
  'lead',
  'opportunity',
  'activity',
  'contract',
  'payment',
  'target',
] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export type FieldKind =
  | 'text'
  | 'phone'
  | 'email'
  | 'choice'
  | 'instant'
  | 'day'
  | 'amount'
  | 'owner'
  | 'reference'
  | 'flag'
  | 'period';

export type ReferenceTarget = 'customer' | 'contract' | 'stage';

export type FieldSpec = {
  key: string;
  kind: FieldKind;
  required?: boolean;
  /** Longest text accepted (characters). */
  max?: number;
  headers: readonly string[];
  /** For choices: stored value → the words that name it (the value itself always does). */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** The stored value when the cell is empty. */
  fallback?: string;
  reference?: ReferenceTarget;
  /** For instants: a time still to come is fine (a next contact), not only one that happened. */
  future?: boolean;
};

const EXTERNAL_ID = [
  '外部编号',
  '外部ID',
  '编号',
  'ID',
  '系统编号',
  'External ID',
  'Record ID',
  'Import ID',
];

const OWNER = [
  '负责人',
  '所有者',
  '归属人',
  '销售负责人',
  '客户负责人',
  '跟进人',
  'Owner',
  'Record Owner',
  'Owner Name',
  'Owner Email',
  'Assigned To',
  'Salesperson',
];
const PHONE = [
  '手机',
  '电话',
  '手机号',
  '手机号码',
  '联系电话',
  '电话号码',
  '联系方式',
  '固定电话',
  'Mobile',
  'Mobile Phone',
  'Phone',
  'Phone Number',
  'Telephone',
  'Tel',
];
const EMAIL = ['邮箱', '电子邮箱', '电子邮件', '邮件', 'Email', 'E-mail', 'Email Address', 'Mail'];
const INDUSTRY = ['客户行业', '行业', '所属行业', 'Industry'];
const REGION = [
  '地区',
  '区域',
  '省份',
  '省市',
  '所在地区',
  'Region',
  'State',
  'Billing State',
  'Province',
];
const REQUIREMENT = ['需求', '客户需求', '需求描述', '备注', 'Requirement', 'Description', 'Notes'];
const CREATED = [
  '创建时间',
  '创建日期',
  '录入时间',
  '建档时间',
  'Created Time',
  'Created Date',
  'Created At',
  'Create Date',
  'Created',
  'Date Created',
];
const CUSTOMER_REF = [
  '客户名称',
  '客户',
  '所属客户',
  '公司名称',
  '客户编号',
  'Account Name',
  'Account',
  'Company',
  'Company Name',
  'Customer',
  'Customer Name',
];

export const CUSTOMER_LEVEL_WORDS = {
  A: ['A级', 'A类', '重点客户', '重要客户', 'Hot', 'Key account'],
  B: ['B级', 'B类', '普通客户', 'Warm'],
  C: ['C级', 'C类', '非重点客户', '一般客户', 'Cold'],
} as const;

const CUSTOMER_STATUS_WORDS = {
  potential: ['潜在客户', '潜在', '未成交', 'Prospect', 'Potential'],
  intent: ['意向客户', '意向', '有意向', '跟进中', 'Interested', 'Intent'],
  deal: ['成交客户', '已成交', '成交', '签约客户', 'Customer', 'Deal', 'Won', 'Active'],
  dormant: ['沉睡客户', '沉睡', '休眠', 'Dormant', 'Inactive'],
  lost: ['流失客户', '流失', '已流失', 'Lost', 'Churned'],
} as const;

const LEAD_STATUS_WORDS = {
  new: ['新线索', '新建', '未处理', '未跟进', 'New', 'Open', 'Open - Not Contacted'],
  working: [
    '跟进中',
    '处理中',
    '已联系',
    'Working',
    'Contacted',
    'Working - Contacted',
    'In Progress',
  ],
} as const;

const ACTIVITY_TYPE_WORDS = {
  call: ['电话', '打电话', '电话沟通', '致电', 'Call', 'Phone call'],
  visit: ['拜访', '上门拜访', '上门', 'Visit'],
  meeting: ['会议', '会面', '见面', 'Meeting'],
  email: ['邮件', '电子邮件', 'Email', 'E-mail'],
  message: ['微信', '短信', '消息', '即时消息', 'Message', 'WeChat', 'SMS'],
  note: ['备注', '记录', '其他', 'Note', 'Other'],
} as const;

/** What target sheets call some metrics besides their names. */
const METRIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  won_amount: [
    '业绩',
    '业绩目标',
    '销售额',
    '成交额',
    '签约额',
    '签约金额',
    'Sales',
    'Revenue',
    'Quota',
  ],
  payment_amount: ['回款', '回款额', '回款目标', 'Collections', 'Payments'],
  win_rate: ['赢单率', '赢率', 'Win rate'],
  qualified_leads: ['有效线索', 'Qualified leads', 'MQL'],
};

/** A built-in metric by its id, its Chinese and English names, and what target sheets call it. */
const METRIC_WORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  BUILT_IN_METRICS.map((m) => [m.id, [m.nameZh, m.nameEn, ...(METRIC_SYNONYMS[m.id] ?? [])]]),
);

const FLAG_WORDS = {
  yes: ['是', '√', 'Y', 'Yes', 'True', '1', '主要', '首要'],
  no: ['否', '×', 'N', 'No', 'False', '0'],
} as const;

const externalId: FieldSpec = { key: 'externalId', kind: 'text', max: 200, headers: EXTERNAL_ID };
const owner: FieldSpec = { key: 'owner', kind: 'owner', headers: OWNER };
const createdAt: FieldSpec = { key: 'createdAt', kind: 'instant', headers: CREATED };
const phone: FieldSpec = { key: 'phone', kind: 'phone', max: 40, headers: PHONE };
const email: FieldSpec = { key: 'email', kind: 'email', max: 254, headers: EMAIL };
const customerRef: FieldSpec = {
  key: 'customer',
  kind: 'reference',
  reference: 'customer',
  required: true,
  headers: CUSTOMER_REF,
};

export const ENTITY_FIELDS: Readonly<Record<ImportEntity, readonly FieldSpec[]>> = {
  customer: [
    {
      ...externalId,
      headers: [...EXTERNAL_ID, '客户编号', '客户ID', 'Account ID', 'Account Number'],
    },
    {
      key: 'name',
      kind: 'text',
      required: true,
      max: 200,
      headers: [
        '客户名称',
        '客户',
        '公司名称',
        '企业名称',
        '单位名称',
        'Company name',
        'Company',
        'Account Name',
        'Account',
        'Customer',
        'Customer Name',
        'Organization',
        'Name',
      ],
    },
    phone,
    email,
    { key: 'industry', kind: 'text', max: 100, headers: INDUSTRY },
    {
      key: 'source',
      kind: 'text',
      max: 100,
      headers: ['客户来源', '来源', '获客渠道', 'Lead Source', 'Source', 'Account Source'],
    },
    {
      key: 'level',
      kind: 'choice',
      choices: CUSTOMER_LEVEL_WORDS,
      headers: ['客户级别', '级别', '客户等级', '等级', '客户分级', 'Rating', 'Level', 'Tier'],
    },
    {
      key: 'status',
      kind: 'choice',
      choices: CUSTOMER_STATUS_WORDS,
      fallback: 'potential',
      headers: ['客户状态', '状态', '成交状态', 'Status', 'Account Status', 'Type'],
    },
    { key: 'requirement', kind: 'text', max: 2000, headers: REQUIREMENT },
    { key: 'region', kind: 'text', max: 100, headers: REGION },
    {
      key: 'address',
      kind: 'text',
      max: 500,
      headers: ['地址', '详细地址', '公司地址', 'Address', 'Billing Street', 'Street'],
    },
    owner,
    createdAt,
    {
      key: 'nextContactAt',
      kind: 'instant',
      future: true,
      headers: [
        '下次联系时间',
        '下次跟进时间',
        '下次联系',
        'Next contact',
        'Next Follow-up',
        'Next Step Date',
      ],
    },
  ],
  contact: [
    { ...externalId, headers: [...EXTERNAL_ID, '联系人编号', 'Contact ID'] },
    customerRef,
    {
      key: 'name',
      kind: 'text',
      required: true,
      max: 100,
      headers: [
        '联系人',
        '联系人姓名',
        '姓名',
        '名字',
        'Contact Name',
        'Full Name',
        'Name',
        'Contact',
      ],
    },
    {
      key: 'title',
      kind: 'text',
      max: 100,
      headers: ['职务', '职位', '岗位', 'Title', 'Job Title', 'Position'],
    },
    phone,
    email,
    {
      key: 'isPrimary',
      kind: 'flag',
      choices: FLAG_WORDS,
      headers: [
        '是否首要联系人',
        '首要联系人',
        '主联系人',
        '是否关键决策人',
        'Primary',
        'Primary Contact',
        'Is Primary',
      ],
    },
    {
      key: 'note',
      kind: 'text',
      max: 2000,
      headers: ['备注', '说明', 'Note', 'Notes', 'Description'],
    },
    createdAt,
  ],
  lead: [
    { ...externalId, headers: [...EXTERNAL_ID, '线索编号', 'Lead ID'] },
    {
      key: 'company',
      kind: 'text',
      required: true,
      max: 200,
      headers: [
        '公司名称',
        '客户名称',
        '线索名称',
        '单位名称',
        '公司',
        'Company',
        'Company name',
        'Organization',
      ],
    },
    {
      key: 'contactName',
      kind: 'text',
      max: 100,
      headers: [
        '联系人',
        '联系人姓名',
        '姓名',
        'Contact',
        'Contact Name',
        'Full Name',
        'Name',
        'Lead Name',
      ],
    },
    phone,
    email,
    { key: 'industry', kind: 'text', max: 100, headers: INDUSTRY },
    { key: 'region', kind: 'text', max: 100, headers: REGION },
    { key: 'requirement', kind: 'text', max: 2000, headers: REQUIREMENT },
    {
      key: 'status',
      kind: 'choice',
      choices: LEAD_STATUS_WORDS,
      fallback: 'new',
      headers: ['线索状态', '状态', '跟进状态', 'Lead Status', 'Status'],
    },
    owner,
    createdAt,
  ],
  opportunity: [
    { ...externalId, headers: [...EXTERNAL_ID, '商机编号', 'Opportunity ID', 'Deal ID'] },
    customerRef,
    {
      key: 'name',
      kind: 'text',
      required: true,
      max: 200,
      headers: [
        '商机名称',
        '商机',
        '机会名称',
        'Opportunity Name',
        'Deal Name',
        'Opportunity',
        'Deal',
      ],
    },
    {
      key: 'amount',
      kind: 'amount',
      required: true,
      headers: [
        '商机金额',
        '预计金额',
        '金额',
        '预计成交金额',
        'Amount',
        'Deal Amount',
        'Expected Revenue',
      ],
    },
    {
      key: 'stage',
      kind: 'reference',
      reference: 'stage',
      headers: ['商机阶段', '阶段', '销售阶段', 'Stage', 'Deal Stage', 'Sales Stage'],
    },
    {
      key: 'expectedCloseOn',
      kind: 'day',
      headers: [
        '预计成交日期',
        '预计成交时间',
        '预计签单日期',
        'Close Date',
        'Expected Close Date',
      ],
    },
    {
      key: 'closedOn',
      kind: 'day',
      headers: [
        '成交日期',
        '赢单日期',
        '实际成交日期',
        '关闭日期',
        'Closed Date',
        'Actual Close Date',
        'Won Date',
        'Date Closed',
      ],
    },
    {
      ...owner,
      required: true,
      headers: ['商机负责人', ...OWNER, 'Opportunity Owner', 'Deal Owner'],
    },
    createdAt,
  ],
  activity: [
    { ...externalId, headers: [...EXTERNAL_ID, '跟进记录编号', 'Activity ID'] },
    customerRef,
    {
      key: 'type',
      kind: 'choice',
      choices: ACTIVITY_TYPE_WORDS,
      fallback: 'note',
      headers: ['跟进方式', '跟进类型', '类型', '活动类型', 'Type', 'Activity Type', 'Task Type'],
    },
    {
      key: 'content',
      kind: 'text',
      required: true,
      max: 10000,
      headers: [
        '跟进内容',
        '内容',
        '跟进记录',
        '沟通内容',
        'Content',
        'Description',
        'Notes',
        'Comments',
        'Body',
        'Subject',
      ],
    },
    {
      key: 'occurredAt',
      kind: 'instant',
      required: true,
      headers: [
        '跟进时间',
        '发生时间',
        '沟通时间',
        '日期',
        'Date',
        'Activity Date',
        'Occurred At',
        'Due Date',
      ],
    },
    {
      ...owner,
      required: true,
      headers: ['跟进人', ...OWNER, 'Activity Owner', 'Assigned', 'Created By'],
    },
  ],
  contract: [
    { ...externalId, headers: [...EXTERNAL_ID, '合同ID', 'Contract ID'] },
    customerRef,
    {
      key: 'number',
      kind: 'text',
      required: true,
      max: 100,
      headers: ['合同编号', '合同号', 'Contract Number', 'Contract No', 'Number'],
    },
    {
      key: 'title',
      kind: 'text',
      required: true,
      max: 200,
      headers: ['合同名称', '合同标题', '名称', 'Contract Name', 'Title', 'Name'],
    },
    {
      key: 'amount',
      kind: 'amount',
      required: true,
      headers: ['合同金额', '金额', '签约金额', 'Contract Amount', 'Amount', 'Contract Value'],
    },
    {
      key: 'signedOn',
      kind: 'day',
      required: true,
      headers: [
        '签约日期',
        '签订日期',
        '签约时间',
        '下单时间',
        'Signed Date',
        'Signed On',
        'Customer Signed Date',
        'Date Signed',
      ],
    },
    {
      key: 'startOn',
      kind: 'day',
      headers: ['开始日期', '合同开始日期', '生效日期', 'Start Date', 'Contract Start Date'],
    },
    {
      key: 'endOn',
      kind: 'day',
      headers: ['结束日期', '合同结束日期', '到期日期', 'End Date', 'Contract End Date'],
    },
    {
      ...owner,
      required: true,
      headers: ['合同负责人', '签约人', ...OWNER, 'Contract Owner'],
    },
    createdAt,
  ],
  payment: [
    { ...externalId, headers: [...EXTERNAL_ID, '回款编号', 'Payment ID'] },
    {
      key: 'contract',
      kind: 'reference',
      reference: 'contract',
      required: true,
      headers: [
        '合同编号',
        '合同号',
        '合同',
        '所属合同',
        'Contract Number',
        'Contract',
        'Contract No',
      ],
    },
    {
      key: 'amount',
      kind: 'amount',
      required: true,
      headers: ['回款金额', '金额', '实收金额', 'Payment Amount', 'Amount', 'Amount Received'],
    },
    {
      key: 'receivedOn',
      kind: 'day',
      required: true,
      headers: [
        '回款日期',
        '回款时间',
        '到账日期',
        '收款日期',
        'Payment Date',
        'Received On',
        'Date Received',
        'Date',
      ],
    },
    {
      key: 'method',
      kind: 'text',
      max: 100,
      headers: ['回款方式', '付款方式', '支付方式', 'Payment Method', 'Method'],
    },
  ],
  target: [
    { ...externalId, headers: [...EXTERNAL_ID, '目标编号', 'Target ID'] },
    {
      key: 'user',
      kind: 'owner',
      required: true,
      headers: [
        '员工',
        '员工姓名',
        '姓名',
        '销售',
        '销售人员',
        '考核对象',
        '人员',
        '员工邮箱',
        ...OWNER,
        'Employee',
        'User',
        'Name',
        'Email',
      ],
    },
    {
      key: 'metric',
      kind: 'choice',
      required: true,
      choices: METRIC_WORDS,
      headers: ['指标', '考核指标', '目标指标', '目标类型', 'Metric', 'KPI', 'Target Type'],
    },
    {
      key: 'period',
      kind: 'choice',
      choices: {
        month: ['月', '月度', '每月', '按月', 'Monthly', 'Month'],
        quarter: ['季', '季度', '每季', '按季', 'Quarterly', 'Quarter'],
      },
      fallback: 'month',
      headers: ['周期类型', '考核周期', '目标周期', 'Period Type', 'Frequency'],
    },
    {
      key: 'periodOf',
      kind: 'period',
      required: true,
      headers: [
        '期间',
        '周期',
        '月份',
        '目标月份',
        '季度',
        '目标期间',
        'Period',
        'Month',
        'Quarter',
        'Period Start',
      ],
    },
    {
      key: 'target',
      kind: 'text',
      required: true,
      max: 50,
      headers: [
        '目标值',
        '目标',
        '目标金额',
        '业绩目标',
        '目标数',
        'Target',
        'Target Value',
        'Quota',
        'Goal',
      ],
    },
  ],
};

export function fieldsOf(entity: ImportEntity): readonly FieldSpec[] {
  return ENTITY_FIELDS[entity];
}

export function isImportEntity(value: string): value is ImportEntity {
  return (IMPORT_ENTITIES as readonly string[]).includes(value);
}
