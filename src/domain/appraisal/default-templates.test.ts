import { describe, expect, it } from 'vitest';
import { builtInMetric } from '../metrics/catalog.js';
import { itemScore } from '../scoring/item-score.js';
import { validateScoringRule } from '../scoring/scoring-rule.js';
import { totalScore } from '../scoring/total-score.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';

describe('default templates', () => {
  it('use only built-in metrics with valid rules, in the weights of METRICS.md', () => {
    for (const { content } of Object.values(DEFAULT_TEMPLATES)) {
      for (const item of content.items) {
        const definition = builtInMetric(item.metric);
        expect(definition, item.metric).toBeDefined();
        expect(
          validateScoringRule({
            dir: definition?.dir ?? '+',
            floor: item.floor,
            target: item.target,
            cap: item.cap,
          }),
        ).toEqual([]);
      }
    }
    expect(DEFAULT_TEMPLATES.sales.content.items.reduce((sum, i) => sum + i.weight, 0)).toBe(100);
    expect(DEFAULT_TEMPLATES.manager.content.items.map((i) => [i.metric, i.weight])).toEqual([
      ['team_score', 50],
      ['review_coverage', 20],
      ['insight_days', 20],
      ['update_timeliness', 10],
    ]);
  });

  it('give a diligent sales rep about 90', () => {
    // A diligent month: 86 % complete, 11 contacts/week, 88 % covered, 94 % timely, 85 % of plans,
    // 15 % stale, 33 % conversion, 38 % wins, 40-day cycle, ¥90,000 won, 40-day collection, 75 % renewals.
    const diligent: Record<string, number> = {
      profile_completeness: 0.86,
      activity_frequency: 11,
      follow_up_coverage: 0.88,
      update_timeliness: 0.94,
      plan_execution: 0.85,
      stale_pipeline: 0.15,
      lead_conversion_rate: 0.33,
      win_rate: 0.38,
      avg_deal_cycle_days: 40,
      won_amount: 9_000_000,
      collection_cycle_days: 40,
      renewal_rate: 0.75,
    };
    const items = DEFAULT_TEMPLATES.sales.content.items.map((item) => ({
      weight: item.weight,
      score: itemScore(diligent[item.metric] ?? null, {
        dir: builtInMetric(item.metric)?.dir ?? '+',
        floor: item.floor,
        target: item.target,
        cap: item.cap,
      }),
    }));
    const total = totalScore(items);
    expect(total).toBeGreaterThan(85);
    expect(total).toBeLessThan(95);
  });
});
