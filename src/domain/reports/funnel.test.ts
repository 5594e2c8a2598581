import { describe, expect, it } from 'vitest';
import { funnelSteps } from './funnel.js';

describe('funnelSteps', () => {
  it('divides each step by the one before it', () => {
    expect(
      funnelSteps([
        { key: 'leads', count: 4 },
        { key: 'customers', count: 2 },
        { key: 'won', count: 1 },
      ]).map((s) => s.conversion),
    ).toEqual([null, 0.5, 0.5]);
  });

  it('has no conversion after an empty step', () => {
    expect(
      funnelSteps([
        { key: 'a', count: 0 },
        { key: 'b', count: 0 },
      ]).map((s) => s.conversion),
    ).toEqual([null, null]);
  });
});
