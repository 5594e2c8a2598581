import { describe, expect, it } from 'vitest';
import { closedLeadReason } from './lead-lifecycle.js';

describe('closedLeadReason', () => {
  it('lets open leads change', () => {
    expect(closedLeadReason('new')).toBeNull();
    expect(closedLeadReason('working')).toBeNull();
  });

  it('explains why a closed lead is final', () => {
    expect(closedLeadReason('converted')).toMatch(/converted/);
    expect(closedLeadReason('disqualified')).toMatch(/disqualified/);
  });
});
