import { DEFAULT_GRADE_THRESHOLDS } from '../scoring/grade.js';
import type { TemplateContent, TemplateItem, TemplateRole } from './template-item.js';

const item = (
  metric: string,
  weight: number,
  floor: number,
  target: number,
  minSample = 5,
): TemplateItem => ({
  metric,
  weight,
  floor,
  target,
  cap: 120,
  minSample,
});

/**
 * The four role templates of METRICS.md. Floors and targets are set so that a diligent member of
 * the role scores about 90: the target is what a good month looks like, the floor what no longer
 * earns anything. Sums and counts (won_amount, qualified_leads, feedback_adopted, insight_days)
 * are for a monthly cycle; for quarterly cycles or individual quotas set per-user targets (业绩目标).
 *
 * The sales floors and targets are calibrated against the simulated S company (simulator volumes
 * from public figures, src/simulator/README.md): over the months of a quarter, no item puts 60 %
 * or more of the diligent, results-only or late-recording reps at the cap or at zero, and the
 * median totals order diligent > late recorder > gamer and results-only > gamer
 * (`bench/archetype-distribution.ts`, table in bench/RESULTS.md). Targets stay what a good
 * month looks like: 16 logged contacts a week, ¥150k signed, deals closed in 45 days, paid in 30.
 */
export const DEFAULT_TEMPLATES: Record<
  TemplateRole,
  { nameZh: string; nameEn: string; content: TemplateContent }
> = {
  sales: {
    nameZh: '销售考核模板',
    nameEn: 'Sales scorecard',
    content: {
      grades: DEFAULT_GRADE_THRESHOLDS,
      items: [
        item('profile_completeness', 10, 0.5, 0.9), // 90 % of key fields filled
        item('activity_frequency', 10, 2, 16), // 16 real contacts a week; 2 earn nothing
        item('follow_up_coverage', 10, 0.1, 0.7), // 7 in 10 key customers touched in 30 days
        item('update_timeliness', 10, 0.2, 0.95), // 95 % recorded within 24 h
        item('plan_execution', 5, 0, 0.8), // 8 in 10 plans kept; every kept plan counts
        item('stale_pipeline', 5, 0.8, 0.2), // lower is better: at most 20 % untouched for 14 days
        item('lead_conversion_rate', 10, 0.1, 0.5),
        item('win_rate', 10, 0.1, 0.45), // closed deals won; 20–35 % is typical
        item('avg_deal_cycle_days', 5, 120, 45), // lower is better
        item('won_amount', 15, 0, 15_000_000), // ¥150,000 a month, in cents
        item('collection_cycle_days', 5, 120, 30),
        item('renewal_rate', 5, 0.3, 0.8),
      ],
    },
  },
  service: {
    nameZh: '客服考核模板',
    nameEn: 'Service scorecard',
    content: {
      grades: DEFAULT_GRADE_THRESHOLDS,
      items: [
        item('first_response_minutes', 30, 240, 30), // median first answer within 30 minutes
        item('csat', 30, 0.6, 0.9),
        item('update_timeliness', 15, 0.6, 0.95),
        item('feedback_adopted', 15, 0, 2),
        item('data_flag_rate', 10, 0.2, 0.02),
      ],
    },
  },
  marketing: {
    nameZh: '市场考核模板',
    nameEn: 'Marketing scorecard',
    content: {
      grades: DEFAULT_GRADE_THRESHOLDS,
      items: [
        item('qualified_leads', 30, 10, 60),
        item('lead_nurture_rate', 25, 0.1, 0.3),
        item('lead_quality_rating', 25, 2.5, 4.2),
        item('insight_days', 10, 2, 12),
        item('data_flag_rate', 10, 0.2, 0.02),
      ],
    },
  },
  manager: {
    nameZh: '管理者考核模板',
    nameEn: 'Manager scorecard',
    content: {
      grades: DEFAULT_GRADE_THRESHOLDS,
      items: [
        // Small teams are common: two appraised reports are enough for a team score.
        item('team_score', 50, 60, 90, 2),
        item('review_coverage', 20, 0.5, 1, 2),
        item('insight_days', 20, 4, 16),
        item('update_timeliness', 10, 0.6, 0.95),
      ],
    },
  },
};
