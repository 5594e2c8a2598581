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
    // A diligent month as the simulated S company has it: 97 % complete, 17 contacts/week, 60 %
    // covered, 97 % timely, 65 % of plans kept, 43 % stale, 34 % conversion, 30 % wins, 50-day
    // cycle, ¥120,000 won, 45-day collection, 75 % renewals.
    // Scores: 117.5, 107.1, 83.3, 102.7, 81.25, 61.7, 60, 57.1, 93.3, 80, 83.3, 90 → total 85.3.
    const diligent: Record<string, number> = {
      profile_completeness: 0.97,
      activity_frequency: 17,
      follow_up_coverage: 0.6,
      update_timeliness: 0.97,
      plan_execution: 0.65,
      stale_pipeline: 0.43,
      lead_conversion_rate: 0.34,
      win_rate: 0.3,
      avg_deal_cycle_days: 50,
      won_amount: 12_000_000,
      collection_cycle_days: 45,
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
    expect(totalScore(items)).toBeCloseTo(85.26, 2);
  });
});
