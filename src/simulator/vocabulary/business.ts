/** Place names that open a company name (城市/地区字号). */
export const CITY_PREFIXES: readonly string[] = [
  '上海',
  '北京',
  '深圳',
  '广州',
  '杭州',
  '南京',
  '苏州',
  '成都',
  '武汉',
  '西安',
  '天津',
  '重庆',
  '青岛',
  '宁波',
  '厦门',
  '长沙',
  '郑州',
  '合肥',
  '无锡',
  '佛山',
  '东莞',
  '济南',
  '大连',
  '沈阳',
];

/** Trade-name syllables, combined in pairs (字号). */
export const BRAND_PARTS: readonly string[] = [
  '华',
  '信',
  '达',
  '通',
  '恒',
  '泰',
  '鑫',
  '源',
  '盛',
  '宏',
  '博',
  '创',
  '新',
  '科',
  '瑞',
  '德',
  '安',
  '康',
  '嘉',
  '诚',
  '远',
  '卓',
  '越',
  '联',
  '汇',
  '天',
  '海',
  '金',
  '明',
  '智',
  '星',
  '辰',
  '云',
  '启',
  '航',
  '润',
  '丰',
  '尚',
  '元',
  '峰',
];

/** Industry with the business words that fit it (行业 → 经营范围用词). */
export const INDUSTRIES: readonly { name: string; words: readonly string[] }[] = [
  { name: '制造业', words: ['精密机械', '电子科技', '智能装备', '汽车零部件'] },
  { name: '零售', words: ['商贸', '连锁超市', '百货', '电子商务'] },
  { name: '金融', words: ['投资管理', '融资租赁', '保险代理', '财富管理'] },
  { name: '医疗健康', words: ['医疗器械', '生物科技', '健康管理', '医药'] },
  { name: '教育', words: ['教育科技', '培训', '文化传播', '职业教育'] },
  { name: '物流', words: ['供应链管理', '物流', '国际货运', '仓储服务'] },
  { name: '互联网', words: ['网络科技', '信息技术', '软件', '数据服务'] },
  { name: '建筑工程', words: ['建设工程', '装饰工程', '建材', '工程咨询'] },
  { name: '餐饮', words: ['餐饮管理', '食品', '酒店管理', '餐饮连锁'] },
  { name: '能源', words: ['新能源', '光伏科技', '电力设备', '环保科技'] },
];

/** Legal-form endings of company names (Q2 strips these when matching duplicates). */
export const COMPANY_SUFFIXES: readonly string[] = [
  '有限公司',
  '有限公司',
  '有限公司',
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
];

/** Sales regions (区域). */
export const REGIONS: readonly string[] = ['华东', '华北', '华南', '华中', '西南', '西北', '东北'];

/** Where a customer came from (来源). */
export const SOURCES: readonly string[] = [
  '官网',
  '电话营销',
  '展会',
  '老客户推荐',
  '合作伙伴',
  '广告投放',
];

/** What customers ask for (需求). */
export const REQUIREMENTS: readonly string[] = [
  '希望统一管理销售线索，替换现有 Excel 台账',
  '需要移动端随时记录拜访，销售团队约 30 人',
  '关注回款跟踪和合同到期提醒',
  '想打通客服工单和客户档案，提升响应速度',
  '计划今年上线绩效考核，需要过程数据支撑',
  '现有系统数据分散，希望有管理驾驶舱报表',
  '需要私有化部署，数据不出内网',
  '市场活动多，想评估各渠道线索质量',
  '多分公司协同，需要分级数据权限',
  '预算有限，先试点一个部门再推广',
];

/** Products sold, with list prices in yuan. */
export const PRODUCTS: readonly { name: string; code: string; priceYuan: number }[] = [
  { name: '尺度 CRM 标准版（年）', code: 'YS-STD', priceYuan: 36_000 },
  { name: '尺度 CRM 专业版（年）', code: 'YS-PRO', priceYuan: 88_000 },
  { name: '尺度 CRM 企业版（年）', code: 'YS-ENT', priceYuan: 198_000 },
  { name: '绩效考核模块', code: 'YS-APR', priceYuan: 48_000 },
  { name: '数据迁移服务', code: 'SV-MIG', priceYuan: 20_000 },
  { name: '实施与培训服务', code: 'SV-IMP', priceYuan: 30_000 },
  { name: '私有化部署服务', code: 'SV-ONP', priceYuan: 60_000 },
  { name: '年度运维支持', code: 'SV-SUP', priceYuan: 15_000 },
];

/** Campaign themes (channels are the API's own, `CAMPAIGN_CHANNELS`). */
export const CAMPAIGN_THEMES: readonly string[] = [
  '数字化销售管理峰会',
  'CRM 绩效考核实战分享',
  '春季新品发布',
  '制造业客户管理沙龙',
  '年中客户答谢会',
  '销售效能提升白皮书',
  '秋季行业展',
  '年终采购季专场',
];

export const LOST_REASONS: readonly string[] = [
  '预算不足，项目延期到明年',
  '选择了竞争对手，价格更低',
  '客户内部决策人变动',
  '需求不匹配，缺少定制功能',
];
export const WON_REASONS: readonly string[] = [
  '方案契合需求，客户认可实施能力',
  '价格与服务综合最优',
  '老客户推荐，信任度高',
  '试用效果好，决策快',
];
export const DISQUALIFY_REASONS: readonly string[] = [
  '无真实采购需求',
  '联系方式无效',
  '公司规模太小，不在目标客户范围',
  '同行咨询，非潜在客户',
];
