import type { Direction } from '../scoring/scoring-rule.js';

/**
 * How a metric's value comes from its facts:
 * - ratio: Σ numerator / Σ denominator (shares, as fractions 0..1);
 * - mean: Σ values / number of items; median: the middle item — both ratio-like, min_sample applies;
 * - count / sum: Σ numerator — zero is a real result, N/A only for users inactive most of the period;
 * - per_week: count per working week of the user's active days.
 */
export type MetricKind = 'ratio' | 'mean' | 'median' | 'count' | 'sum' | 'per_week';

export type MetricCategory =
  | 'process'
  | 'result'
  | 'service'
  | 'marketing'
  | 'collaboration'
  | 'data_use'
  | 'leadership'
  | 'custom';

export const METRIC_UNITS = [
  'percent',
  'per_week',
  'days',
  'money',
  'count',
  'minutes',
  'rating',
  'score',
] as const;

export type MetricUnit = (typeof METRIC_UNITS)[number];

export type BuiltInMetricId =
  | 'profile_completeness'
  | 'activity_frequency'
  | 'follow_up_coverage'
  | 'update_timeliness'
  | 'plan_execution'
  | 'stale_pipeline'
  | 'lead_conversion_rate'
  | 'win_rate'
  | 'avg_deal_cycle_days'
  | 'won_amount'
  | 'payment_amount'
  | 'collection_cycle_days'
  | 'repurchase_rate'
  | 'renewal_rate'
  | 'first_response_minutes'
  | 'csat'
  | 'qualified_leads'
  | 'lead_nurture_rate'
  | 'marketing_lead_conversion'
  | 'lead_quality_rating'
  | 'feedback_adopted'
  | 'feedback_triage_days'
  | 'insight_days'
  | 'team_score'
  | 'review_coverage'
  | 'data_flag_rate';

export type MetricDefinition = {
  id: string;
  nameZh: string;
  nameEn: string;
  category: MetricCategory;
  kind: MetricKind;
  unit: MetricUnit;
  dir: Direction;
};

const m = (
  id: BuiltInMetricId,
  nameZh: string,
  nameEn: string,
  category: MetricCategory,
  kind: MetricKind,
  unit: MetricUnit,
  dir: Direction,
): MetricDefinition => ({ id, nameZh, nameEn, category, kind, unit, dir });

/** The built-in metrics of METRICS.md, in its order. */
export const BUILT_IN_METRICS: readonly MetricDefinition[] = [
  m(
    'profile_completeness',
    '客户信息完整度',
    'Customer profile completeness',
    'process',
    'ratio',
    'percent',
    '+',
  ),
  m(
    'activity_frequency',
    '活动记录频率',
    'Activity frequency',
    'process',
    'per_week',
    'per_week',
    '+',
  ),
  m(
    'follow_up_coverage',
    '重点客户跟进覆盖率',
    'Key-customer follow-up coverage',
    'process',
    'ratio',
    'percent',
    '+',
  ),
  m('update_timeliness', '数据更新及时性', 'Update timeliness', 'process', 'ratio', 'percent', '+'),
  m(
    'plan_execution',
    '跟进计划执行率',
    'Follow-up plan execution',
    'process',
    'ratio',
    'percent',
    '+',
  ),
  m('stale_pipeline', '商机停滞率', 'Stale pipeline', 'process', 'ratio', 'percent', '-'),
  m(
    'lead_conversion_rate',
    '线索转化率',
    'Lead conversion rate',
    'result',
    'ratio',
    'percent',
    '+',
  ),
  m('win_rate', '商机赢单率', 'Win rate', 'result', 'ratio', 'percent', '+'),
  m('avg_deal_cycle_days', '平均成交周期', 'Average deal cycle', 'result', 'mean', 'days', '-'),
  m('won_amount', '成交金额', 'Won amount', 'result', 'sum', 'money', '+'),
  m('payment_amount', '回款金额', 'Payments received', 'result', 'sum', 'money', '+'),
  m('collection_cycle_days', '回款周期', 'Collection cycle', 'result', 'mean', 'days', '-'),
  m('repurchase_rate', '复购率', 'Repurchase rate', 'result', 'ratio', 'percent', '+'),
  m('renewal_rate', '续约率', 'Renewal rate', 'result', 'ratio', 'percent', '+'),
  m(
    'first_response_minutes',
    '首次响应时长',
    'First response time',
    'service',
    'median',
    'minutes',
    '-',
  ),
  m('csat', '客户满意度', 'Customer satisfaction', 'service', 'ratio', 'percent', '+'),
  m('qualified_leads', '有效线索获取量', 'Qualified leads', 'marketing', 'count', 'count', '+'),
  m('lead_nurture_rate', '线索培育效果', 'Lead nurture rate', 'marketing', 'ratio', 'percent', '+'),
  m(
    'marketing_lead_conversion',
    '市场线索有效转化率',
    'Marketing lead conversion',
    'collaboration',
    'ratio',
    'percent',
    '+',
  ),
  m(
    'lead_quality_rating',
    '线索质量评价',
    'Lead quality rating',
    'collaboration',
    'mean',
    'rating',
    '+',
  ),
  m(
    'feedback_adopted',
    '需求反馈采纳数',
    'Feedback adopted',
    'collaboration',
    'count',
    'count',
    '+',
  ),
  m(
    'feedback_triage_days',
    '需求反馈处理时效',
    'Feedback triage time',
    'collaboration',
    'mean',
    'days',
    '-',
  ),
  m('insight_days', '数据应用天数', 'Insight days', 'data_use', 'count', 'days', '+'),
  m('team_score', '团队综合得分', 'Team score', 'leadership', 'mean', 'score', '+'),
  m(
    'review_coverage',
    '管理者点评覆盖率',
    'Review coverage',
    'leadership',
    'ratio',
    'percent',
    '+',
  ),
  m(
    'data_flag_rate',
    '数据质量问题率',
    'Data-quality flag rate',
    'data_use',
    'ratio',
    'percent',
    '-',
  ),
];

const byId = new Map(BUILT_IN_METRICS.map((d) => [d.id, d]));

export function builtInMetric(id: string): MetricDefinition | undefined {
  return byId.get(id);
}

export function isBuiltInMetricId(id: string): id is BuiltInMetricId {
  return byId.has(id);
}
