import { isPlaceholderPhone } from '../../domain/quality/placeholder-phone.js';
import { isPlaceholderText } from '../../domain/quality/placeholder-text.js';
import type { SalesBehaviour } from '../archetypes.js';
import type { Rng } from '../prng.js';
import type { IdFactory } from '../sim-ids.js';
import { HOUR, MINUTE } from '../sim-time.js';
import { REGIONS, REQUIREMENTS, SOURCES } from '../vocabulary/business.js';
import { CONTACT_TITLES } from '../vocabulary/people.js';
import type { CustomerDraft } from './sales-drafts.js';
import { companyEmail, companyName, mobileNumber, personName } from './identities.js';

const PLACEHOLDER_TEXT = ['暂无', '无', '不详', 'test', '-'];
const PLACEHOLDER_PHONES = ['12345678', '13800000000', '11111111111', '123'];

/** An optional text field: filled with the archetype's probability, sometimes with a placeholder (Q1). */
function optional(rng: Rng, b: SalesBehaviour, value: () => string): string | null {
  if (!rng.chance(b.fieldCompleteness)) return null;
  return rng.chance(b.placeholderShare) ? rng.pick(PLACEHOLDER_TEXT) : value();
}

export type CustomerSeed = {
  createdMs: number;
  ownerId: string;
  /** An earlier customer of the same seller to duplicate (Q2), by phone or by name. */
  duplicateOf: CustomerDraft | null;
  fromLead: {
    id: string;
    company: string;
    phone: string | null;
    email: string | null;
    industry: string | null;
    region: string | null;
    requirement: string | null;
    contactName: string | null;
  } | null;
};

/** A new customer of one seller, with one or two contacts, as their archetype would enter it. */
export function draftCustomer(
  rng: Rng,
  b: SalesBehaviour,
  newId: IdFactory,
  serial: number,
  seed: CustomerSeed,
): CustomerDraft {
  const id = newId(seed.createdMs);
  const company = companyName(rng);
  const lead = seed.fromLead;
  let name = lead?.company ?? company.name;
  let phone: string | null = lead
    ? lead.phone
    : rng.chance(b.fieldCompleteness)
      ? rng.chance(b.placeholderShare)
        ? rng.pick(PLACEHOLDER_PHONES)
        : mobileNumber(rng)
      : null;
  if (seed.duplicateOf) {
    // The same company entered again: same phone, or the name with a different legal suffix.
    if (rng.chance(0.5) && seed.duplicateOf.phone) phone = seed.duplicateOf.phone;
    else
      name = `${seed.duplicateOf.name.replace(/(股份有限公司|有限责任公司|集团有限公司|有限公司)$/u, '')}有限公司`;
  }
  const contactCount = rng.chance(0.35) ? 2 : 1;
  const contacts = Array.from({ length: contactCount }, (_, i) => ({
    id: newId(seed.createdMs + i + 1),
    name: i === 0 && lead?.contactName ? lead.contactName : personName(rng),
    title: rng.chance(0.8) ? rng.pick(CONTACT_TITLES) : null,
    phone: i === 0 ? (phone ?? mobileNumber(rng)) : mobileNumber(rng),
  }));
  const deleted = !lead && rng.chance(b.createThenDeleteShare);
  const draft: CustomerDraft = {
    id,
    createdMs: seed.createdMs,
    createdBy: seed.ownerId,
    name,
    phone,
    email: lead
      ? lead.email
      : rng.chance(b.fieldCompleteness * 0.8)
        ? companyEmail(rng, serial)
        : null,
    industry: lead ? lead.industry : optional(rng, b, () => company.industry),
    source: lead ? 'lead' : optional(rng, b, () => rng.pick(SOURCES)),
    level: rng.chance(b.fieldCompleteness)
      ? rng.pick(['A', 'B', 'B', 'C', 'C', 'C'] as const)
      : null,
    requirement: lead ? lead.requirement : optional(rng, b, () => rng.pick(REQUIREMENTS)),
    region: lead ? lead.region : optional(rng, b, () => rng.pick(REGIONS)),
    address: rng.chance(b.fieldCompleteness * 0.6)
      ? `${company.name.slice(0, 2)}市${rng.int(1, 999)}号`
      : null,
    contacts,
    statusChanges: [],
    opportunities: [],
    deletedMs: deleted ? seed.createdMs + 10 * MINUTE + rng.int(0, 20) * HOUR : null,
    fromLeadId: lead?.id ?? null,
    duplicateOfId: seed.duplicateOf?.id ?? null,
  };
  // A fabricated duplicate is entered in a hurry: a name and a phone, nothing else.
  return seed.duplicateOf
    ? { ...draft, industry: null, source: null, level: null, requirement: null, region: null }
    : draft;
}

/** The customer as an honest seller would have entered it: fields they did not know left empty. */
export function withoutPlaceholders(c: CustomerDraft): CustomerDraft {
  const text = (v: string | null) => (isPlaceholderText(v) ? null : v);
  const phone = (v: string | null) => (isPlaceholderPhone(v) ? null : v);
  return {
    ...c,
    phone: phone(c.phone),
    industry: text(c.industry),
    source: text(c.source),
    requirement: text(c.requirement),
    region: text(c.region),
    contacts: c.contacts.map((k) => ({ ...k, phone: phone(k.phone) })),
  };
}
