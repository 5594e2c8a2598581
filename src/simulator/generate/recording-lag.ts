import type { SalesBehaviour } from '../archetypes.js';
import type { Rng } from '../prng.js';
import { HOUR, MINUTE } from '../sim-time.js';
import { monthEndCatchUp } from './work-time.js';

/**
 * When something that happened at `occurredMs` gets entered into the CRM, by archetype:
 * prompt users within hours (rarely the next day), "days" users one to five days later,
 * period-end users in one sitting at the end of the month, except the quarter of things they enter
 * at once (when they happen to be at their desk).
 */
export function recordedAfter(rng: Rng, lag: SalesBehaviour['lag'], occurredMs: number): number {
  switch (lag) {
    case 'prompt':
      return rng.chance(0.04)
        ? occurredMs + 26 * HOUR + rng.exp(10 * HOUR)
        : occurredMs + 2 * MINUTE + Math.min(rng.exp(1.5 * HOUR), 20 * HOUR);
    case 'days':
      return occurredMs + 6 * HOUR + rng.exp(40 * HOUR);
    case 'period_end': {
      if (rng.chance(0.25)) return occurredMs + 30 * MINUTE + rng.exp(2 * HOUR);
      const catchUp = monthEndCatchUp(rng, occurredMs);
      return catchUp > occurredMs ? catchUp : occurredMs + 30 * MINUTE + rng.exp(2 * HOUR);
    }
  }
}
