import type { BadgeRule } from './badge-rule.js';

export type BadgeDefinition = {
  key: string;
  nameZh: string;
  nameEn: string;
  rule: BadgeRule;
};

/** The badges every organisation has (docs/METRICS.md "Recognition"). */
export const BUILT_IN_BADGES: readonly BadgeDefinition[] = [
  {
    key: 'complete_profiles',
    nameZh: '资料完整之星',
    nameEn: 'Complete profiles',
    rule: { metric: 'profile_completeness', threshold: 1, window: { kind: 'cycles', count: 3 } },
  },
  {
    key: 'plans_all_executed',
    nameZh: '计划全执行',
    nameEn: 'Every plan executed',
    rule: { metric: 'plan_execution', threshold: 1, window: { kind: 'month' } },
  },
  {
    key: 'timeliness_streak',
    nameZh: '及时记录达人',
    nameEn: '30 days on time',
    rule: { metric: 'update_timeliness', threshold: 1, window: { kind: 'days', days: 30 } },
  },
  {
    key: 'feedback_adopted',
    nameZh: '产品好声音',
    nameEn: 'Feedback adopted',
    rule: { metric: 'feedback_adopted', threshold: 1, window: { kind: 'days', days: 30 } },
  },
  {
    key: 'top_lead_quality',
    nameZh: '优质线索',
    nameEn: 'Top lead quality',
    rule: { metric: 'lead_quality_rating', threshold: 4.5, window: { kind: 'cycles', count: 1 } },
  },
  {
    key: 'first_won_deal',
    nameZh: '首单告捷',
    nameEn: 'First deal won',
    rule: { metric: 'won_amount', threshold: 1, window: { kind: 'days', days: 30 } },
  },
  {
    key: 'steady_activity',
    nameZh: '勤于跟进',
    nameEn: 'Steady follow-up',
    rule: { metric: 'activity_frequency', threshold: 10, window: { kind: 'cycles', count: 3 } },
  },
  {
    key: 'full_coverage',
    nameZh: '重点全覆盖',
    nameEn: 'Every key customer covered',
    rule: { metric: 'follow_up_coverage', threshold: 1, window: { kind: 'cycles', count: 1 } },
  },
  {
    key: 'clean_data',
    nameZh: '零数据问题',
    nameEn: 'Clean data',
    rule: { metric: 'data_flag_rate', threshold: 0, window: { kind: 'cycles', count: 3 } },
  },
  {
    key: 'happy_customers',
    nameZh: '客户好评',
    nameEn: 'Happy customers',
    rule: { metric: 'csat', threshold: 0.9, window: { kind: 'cycles', count: 2 } },
  },
];
