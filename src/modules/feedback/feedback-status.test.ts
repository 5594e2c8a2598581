import { describe, expect, it } from 'vitest';
import { canMoveFeedback, isDecided } from './feedback-status.js';

describe('canMoveFeedback', () => {
  it.each([
    ['new', 'reviewing'],
    ['new', 'adopted'],
    ['new', 'rejected'],
    ['reviewing', 'adopted'],
    ['reviewing', 'rejected'],
  ] as const)('allows %s → %s', (from, to) => expect(canMoveFeedback(from, to)).toBe(true));

  it.each([
    ['reviewing', 'new'],
    ['reviewing', 'reviewing'],
    ['adopted', 'rejected'],
    ['rejected', 'adopted'],
    ['adopted', 'reviewing'],
    ['rejected', 'new'],
  ] as const)('refuses %s → %s', (from, to) => expect(canMoveFeedback(from, to)).toBe(false));
});

describe('isDecided', () => {
  it('holds for adopted and rejected only', () => {
    expect((['new', 'reviewing', 'adopted', 'rejected'] as const).filter(isDecided)).toEqual([
      'adopted',
      'rejected',
    ]);
  });
});
