import { describe, expect, it } from 'vitest';
import { captureVerdict } from './capture-verdict';

const flag = (rule: 'Q3' | 'Q4' | 'Q5' | 'Q6') => ({ rule, detail: null });

describe('captureVerdict', () => {
  it('counts a valid, timely, unflagged follow-up', () => {
    expect(captureVerdict({ valid: true, timely: true, qualityFlags: [] })).toEqual({
      kind: 'counts',
      reasons: [],
    });
  });

  it('excludes a thin or copied one and says why', () => {
    expect(captureVerdict({ valid: false, timely: true, qualityFlags: [flag('Q3')] })).toEqual({
      kind: 'excluded',
      reasons: ['thin'],
    });
    expect(
      captureVerdict({ valid: false, timely: false, qualityFlags: [flag('Q3'), flag('Q4')] }),
    ).toEqual({ kind: 'excluded', reasons: ['thin', 'copy', 'late'] });
  });

  it('counts a flagged or late one but says it is under review or not on time', () => {
    expect(captureVerdict({ valid: true, timely: false, qualityFlags: [flag('Q6')] })).toEqual({
      kind: 'review',
      reasons: ['backfill'],
    });
    expect(captureVerdict({ valid: true, timely: false, qualityFlags: [] })).toEqual({
      kind: 'review',
      reasons: ['late'],
    });
    expect(captureVerdict({ valid: true, timely: true, qualityFlags: [flag('Q5')] })).toEqual({
      kind: 'review',
      reasons: ['burst'],
    });
  });

  it('excludes an invalid one even when no rule is named', () => {
    expect(captureVerdict({ valid: false, timely: true, qualityFlags: [] })).toEqual({
      kind: 'excluded',
      reasons: [],
    });
  });
});
