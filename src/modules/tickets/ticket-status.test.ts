import { describe, expect, it } from 'vitest';
import { canMoveTicket, isRateable } from './ticket-status.js';

describe('canMoveTicket', () => {
  it.each([
    ['open', 'pending'],
    ['open', 'resolved'],
    ['pending', 'open'],
    ['pending', 'resolved'],
    ['resolved', 'closed'],
    ['resolved', 'open'],
  ] as const)('allows %s → %s', (from, to) => expect(canMoveTicket(from, to)).toBe(true));

  it.each([
    ['open', 'closed'],
    ['pending', 'closed'],
    ['resolved', 'pending'],
    ['closed', 'open'],
    ['closed', 'resolved'],
    ['open', 'open'],
  ] as const)('refuses %s → %s', (from, to) => expect(canMoveTicket(from, to)).toBe(false));
});

describe('isRateable', () => {
  it('accepts resolved and closed tickets only', () => {
    expect(
      ['open', 'pending', 'resolved', 'closed'].filter((s) => isRateable(s as 'open')),
    ).toEqual(['resolved', 'closed']);
  });
});
