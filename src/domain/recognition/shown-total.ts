import { roundForDisplay } from '../scoring/display-score.js';

/**
 * Recognition compares totals as they are shown (one decimal): two people shown 91.3 are tied
 * even when their unrounded totals differ, so nobody loses to a difference nobody can see.
 */
export function shownTotal(total: number): number {
  return roundForDisplay(total, 1);
}
