import { systemAdminZhCN } from './system-admin.zh-CN';
import { importsZhCN } from './imports.zh-CN';
import { errorsZhCN } from './errors.zh-CN';
import { notificationsZhCN } from './notifications.zh-CN';
import { searchZhCN } from './search.zh-CN';
import { dealsZhCN } from './deals.zh-CN';
import type { Messages } from './en';
import { captureZhCN } from './capture.zh-CN';
import { customersZhCN } from './customers.zh-CN';
import { recordsZhCN } from './records.zh-CN';
import { serviceZhCN } from './service.zh-CN';
import { workbenchZhCN } from './workbench.zh-CN';
import { recognitionZhCN } from './recognition.zh-CN';
import { appraisalZhCN } from './appraisal.zh-CN';
import { teamZhCN } from './team.zh-CN';
import { reportsZhCN } from './reports.zh-CN';
import { reviewZhCN } from './review.zh-CN';
import { appraisalAdminZhCN } from './appraisal-admin.zh-CN';
import { adminSettingsZhCN } from './admin-settings.zh-CN';
import { fieldAccessZhCN } from './field-access.zh-CN';
import { dealRecordsZhCN } from './deal-records.zh-CN';

export const zhCN: Messages = {
  app: {
    name: '码尺 Yardstick',
    tagline: '基于真实 CRM 使用的绩效考核',
    loading: '加载中…',
  },
  language: {
    label: '语言',
    'zh-CN': '中文',
    en: 'English',
  },
  nav: {
    label: '主导航',
    openMenu: '打开菜单',
    workbench: '工作台',
    sales: '销售',
    leads: '线索',
    customers: '客户',
    pool: '公海',
    contacts: '联系人',
    opportunities: '商机',
    contracts: '合同',
    payments: '回款',
    service: '服务',
    tickets: '工单',
    feedback: '需求反馈',
    marketing: '市场',
    campaigns: '市场活动',
    performance: '绩效',
    appraisal: '我的考核',
    team: '团队',
    reports: '报表',
    review: '季度复盘',
    admin: '系统管理',
    users: '用户',
    departments: '部门',
    templates: '考核模板',
    cycles: '考核周期',
    targets: '业绩目标',
    customMetrics: '自定义指标',
    dataScopes: '角色与数据权限',
    pipelineStages: '商机阶段',
    keyFields: '考核设置',
    fieldAccess: '字段权限',
    recognition: '表彰',
    recognitionSettings: '表彰设置',
    poolSettings: '公海规则',
    products: '产品',
    imports: '数据导入',
    jobRuns: '任务运行记录',
  },
  auth: {
    title: '登录',
    subtitle: '使用工作邮箱登录',
    email: '邮箱',
    password: '密码',
    submit: '登录',
    invalidCredentials: '邮箱或密码不正确。',
    throttled: '登录尝试过于频繁，请稍后再试。',
  },
  userMenu: {
    label: '{{name}} 的账户菜单',
    changePassword: '修改密码',
    notificationSettings: '通知设置',
    logout: '退出登录',
  },
  password: {
    title: '修改密码',
    current: '当前密码',
    new: '新密码',
    confirm: '确认新密码',
    mismatch: '两次输入的新密码不一致。',
    changed: '密码已修改；其他登录已退出，API 令牌已全部吊销。',
  },
  comingSoon: {
    title: '{{area}}即将上线',
    description: '码尺的这一部分正在建设中，将在后续版本中提供。',
  },
  workbench: workbenchZhCN,
  recognition: recognitionZhCN,
  records: recordsZhCN,
  customers: customersZhCN,
  search: searchZhCN,
  capture: captureZhCN,
  service: serviceZhCN,
  notFound: {
    title: '页面不存在',
    description: '你访问的页面不存在或已被移动。',
    backHome: '返回工作台',
  },
  forbidden: {
    title: '无权访问',
    description: '你没有查看此页面的权限。如有需要，请联系管理员。',
  },
  roles: {
    admin: '管理员',
    executive: '高管',
    manager: '经理',
    sales: '销售',
    service: '客服',
    marketing: '市场',
    product: '产品',
    hr: '人事',
  },
  users: {
    title: '用户',
    create: '新建用户',
    edit: '编辑用户',
    search: '按姓名或邮箱搜索',
    total: '共 {{count}} 个用户',
    totalCapped: '超过 {{cap}} 个用户',
    name: '姓名',
    email: '邮箱',
    password: '初始密码',
    roles: '角色',
    department: '部门',
    manager: '直属上级',
    status: '状态',
    active: '启用',
    inactive: '已停用',
    joinedOn: '入职日期',
    joinedOnHint: '新人从这一天起参加考核；留空即今天。',
    leftOn: '离职日期',
    created: '已创建用户 {{name}}。',
    updated: '已保存用户 {{name}}。',
  },
  departments: {
    title: '部门',
    create: '新建部门',
    createChild: '添加子部门',
    rename: '重命名',
    move: '移动',
    moveTitle: '移动 {{name}}',
    renameTitle: '重命名 {{name}}',
    name: '名称',
    parent: '上级部门',
    topLevel: '顶级（无上级）',
    empty: '还没有部门。创建第一个部门，开始搭建你的组织架构。',
    saved: '已保存部门 {{name}}。',
    actions: '{{name}} 的操作',
  },
  deals: dealsZhCN,
  common: {
    save: '保存',
    cancel: '取消',
    edit: '编辑',
    actions: '操作',
    none: '无',
    retry: '重试',
    loadFailed: '数据加载失败。',
  },
  errors: errorsZhCN,

  appraisal: appraisalZhCN,
  team: teamZhCN,
  reports: reportsZhCN,
  review: reviewZhCN,
  appraisalAdmin: appraisalAdminZhCN,
  dealRecords: dealRecordsZhCN,
  adminSettings: adminSettingsZhCN,
  systemAdmin: systemAdminZhCN,
  fieldAccess: fieldAccessZhCN,
  notifications: notificationsZhCN,
  imports: importsZhCN,
};
