import { describe, expect, it } from 'vitest';
import { inTemplateOrder } from './template-order.js';

const items = (...metrics: string[]) => metrics.map((metric) => ({ metric }));

describe('inTemplateOrder', () => {
  it('orders items as the template lists them', () => {
    expect(
      inTemplateOrder(items('won_amount', 'activity_frequency', 'plan_execution'), [
        'activity_frequency',
        'plan_execution',
        'won_amount',
      ]).map((i) => i.metric),
    ).toEqual(['activity_frequency', 'plan_execution', 'won_amount']);
  });

  it('puts items the template does not list last, by metric id, and keeps the input intact', () => {
    const input = items('zeta', 'b', 'alpha', 'a');
    expect(inTemplateOrder(input, ['b', 'a']).map((i) => i.metric)).toEqual([
      'b',
      'a',
      'alpha',
      'zeta',
    ]);
    expect(input.map((i) => i.metric)).toEqual(['zeta', 'b', 'alpha', 'a']);
  });
});
