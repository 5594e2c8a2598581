import { describe, expect, it } from 'vitest';
import {
  allowsAdjustment,
  canTransition,
  CYCLE_STATUSES,
  isClosed,
  isLive,
  nextStatus,
} from './cycle-workflow.js';

describe('cycle workflow', () => {
  it('moves one step forward at a time, in the documented order', () => {
    const order = CYCLE_STATUSES;
    for (let i = 0; i < order.length - 1; i++) {
      const from = order[i];
      const to = order[i + 1];
      if (!from || !to) throw new Error('order');
      expect(canTransition(from, to)).toBe(true);
      expect(nextStatus(from)).toBe(to);
    }
    expect(nextStatus('archived')).toBeNull();
  });

  it('refuses skipping, going back and standing still', () => {
    expect(canTransition('draft', 'self_review')).toBe(false);
    expect(canTransition('manager_review', 'open')).toBe(false);
    expect(canTransition('published', 'published')).toBe(false);
    expect(canTransition('open', 'published')).toBe(false);
  });

  it('is live only while open or in self review, and closed once published', () => {
    expect(CYCLE_STATUSES.filter(isLive)).toEqual(['open', 'self_review']);
    expect(CYCLE_STATUSES.filter(isClosed)).toEqual(['published', 'archived']);
    expect(CYCLE_STATUSES.filter(allowsAdjustment)).toEqual(['manager_review', 'calibrated']);
  });
});
