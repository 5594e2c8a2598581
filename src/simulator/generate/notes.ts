import type { SalesBehaviour } from '../archetypes.js';
import type { Rng } from '../prng.js';
import { PRODUCTS } from '../vocabulary/business.js';
import {
  EN_NEXT_STEPS,
  EN_OPENERS,
  EN_OUTCOMES,
  EN_TOPICS,
  NOTE_NEXT_STEPS,
  NOTE_OPENERS,
  NOTE_OUTCOMES,
  NOTE_TOPICS,
  TERSE_NOTES,
  THIN_NOTES,
  WEEKDAYS,
} from '../vocabulary/notes.js';

function fill(template: string, rng: Rng, contact: string): string {
  return template
    .replace('{contact}', contact)
    .replace('{product}', rng.pick(PRODUCTS).name)
    .replace('{budget}', String(rng.int(5, 80)))
    .replace('{weekday}', rng.pick(WEEKDAYS));
}

/** A detailed note: opener, topic, outcome, next step, with the contact and product filled in. */
export function detailedNote(rng: Rng, contact: string, english: boolean): string {
  if (english) {
    const parts = [
      rng.pick(EN_OPENERS),
      rng.pick(EN_TOPICS),
      '; ',
      rng.pick(EN_OUTCOMES),
      '. ',
      rng.pick(EN_NEXT_STEPS),
    ];
    return fill(parts.join(''), rng, contact);
  }
  const parts = [
    rng.pick(NOTE_OPENERS),
    rng.pick(NOTE_TOPICS),
    '，',
    rng.pick(NOTE_OUTCOMES),
    '，',
    rng.pick(NOTE_NEXT_STEPS),
  ];
  return fill(parts.join(''), rng, contact);
}

/** The note of one real activity, in the archetype's mix of thin, terse and detailed content. */
export function activityNote(
  rng: Rng,
  behaviour: SalesBehaviour,
  contact: string,
  english: boolean,
): string {
  const r = rng.next();
  if (r < behaviour.thinShare) return rng.pick(THIN_NOTES);
  if (r < behaviour.thinShare + behaviour.terseShare)
    return fill(rng.pick(TERSE_NOTES), rng, contact);
  return detailedNote(rng, contact, english);
}
