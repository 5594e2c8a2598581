import { describe, expect, it } from 'vitest';
import { workbenchWindow } from './plan-scope.js';

// 2026-03-10 01:30 in Shanghai is still 2026-03-09 in UTC: the org-zone day must win.
const now = new Date('2026-03-09T17:30:00.000Z');
const zone = 'Asia/Shanghai';

describe('workbenchWindow', () => {
  it('gives today as the org-zone calendar day', () => {
    expect(workbenchWindow('today', now, zone)).toEqual({
      from: '2026-03-09T16:00:00.000Z',
      before: '2026-03-10T16:00:00.000Z',
    });
  });

  it('puts overdue before today and upcoming from tomorrow, without overlap', () => {
    expect(workbenchWindow('overdue', now, zone)).toEqual({ before: '2026-03-09T16:00:00.000Z' });
    expect(workbenchWindow('upcoming', now, zone)).toEqual({ from: '2026-03-10T16:00:00.000Z' });
  });
});
