import type { Rng } from '../prng.js';
import {
  BRAND_PARTS,
  CITY_PREFIXES,
  COMPANY_SUFFIXES,
  INDUSTRIES,
} from '../vocabulary/business.js';
import { GIVEN_NAMES, MOBILE_PREFIXES, SURNAMES } from '../vocabulary/people.js';

/** A mainland mobile number: a real prefix and eight digits that never form a Q1 placeholder run. */
export function mobileNumber(rng: Rng): string {
  const prefix = rng.pick(MOBILE_PREFIXES);
  let rest = '';
  for (let i = 0; i < 8; i += 1) rest += String(rng.int(0, 9));
  // A prefix plus eight random digits is never one repeated digit nor one run (the prefixes are not runs).
  return `${prefix}${rest}`;
}

export function personName(rng: Rng): string {
  return `${rng.pick(SURNAMES)[0]}${rng.pick(GIVEN_NAMES)[0]}`;
}

export type Company = { name: string; industry: string; brand: string };

/** 城市 + 字号 + 行业用词 + 组织形式, e.g. 杭州瑞泰网络科技有限公司. */
export function companyName(rng: Rng): Company {
  const industry = rng.pick(INDUSTRIES);
  const brand = `${rng.pick(BRAND_PARTS)}${rng.pick(BRAND_PARTS)}`;
  const name = `${rng.pick(CITY_PREFIXES)}${brand}${rng.pick(industry.words)}${rng.pick(COMPANY_SUFFIXES)}`;
  return { name, industry: industry.name, brand };
}

/** A business e-mail on a domain made from a serial, so it looks real but is never anyone's. */
export function companyEmail(rng: Rng, serial: number): string {
  const box = rng.pick(['info', 'sales', 'contact', 'purchase', 'admin']);
  return `${box}@c${serial.toString(36)}.example.cn`;
}
