import { describe, expect, it } from 'vitest';
import { diffTemplateItems } from './template-diff.js';

const item = (metric: string, weight = 10) => ({
  metric,
  weight,
  floor: 0,
  target: 1,
  cap: 120,
  minSample: 5,
});

describe('diffTemplateItems', () => {
  it('lists added, removed and changed items and nothing else', () => {
    expect(
      diffTemplateItems([item('a'), item('b'), item('c')], [item('a'), item('b', 20), item('d')]),
    ).toEqual([
      { metric: 'b', change: 'changed', before: item('b'), after: item('b', 20) },
      { metric: 'c', change: 'removed', before: item('c'), after: null },
      { metric: 'd', change: 'added', before: null, after: item('d') },
    ]);
  });
});
