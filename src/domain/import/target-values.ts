import type { MetricUnit } from '../metrics/catalog.js';
import { parseAmountCents, type Parsed } from './cell-values.js';

const fail = (value: string): Parsed<never> => ({
  ok: false,
  code: 'import_number_invalid',
  params: { value },
});

/**
 * The period a target is for, as a target sheet writes it: a month (2026-10, 2026/10, 2026年10月,
 * or any day of it) as `YYYY-MM`, or a quarter (2026Q4, 2026 Q4, Q4 2026, 2026年第4季度,
 * 2026年四季度) as `YYYY-Qn`.
 */
export function parseTargetPeriod(raw: string): Parsed<string> {
  const text = raw.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  const quarterWords: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };
  const quarter =
    /^(?<y>\d{4})\s*(?:年\s*)?(?:第\s*)?(?:q\s*(?<q1>[1-4])|(?<q2>[1-4一二三四])\s*季度?)$/iu.exec(
      text,
    ) ?? /^q(?<q1>[1-4])\s*(?<y>\d{4})$/iu.exec(text);
  if (quarter?.groups) {
    const q = quarter.groups.q1 ?? quarterWords[quarter.groups.q2 ?? ''] ?? quarter.groups.q2;
    return { ok: true, value: `${quarter.groups.y}-Q${q}` };
  }
  const month =
    /^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*(?:月(?:份)?)?(?:[-/.]\s*(?<d>\d{1,2})\s*日?)?$/u.exec(
      text,
    );
  const m = Number(month?.groups?.m);
  const d = month?.groups?.d === undefined ? 1 : Number(month.groups.d);
  if (!month?.groups || m < 1 || m > 12 || d < 1 || d > 31)
    return { ok: false, code: 'import_date_invalid', params: { value: raw.trim() } };
  return { ok: true, value: `${month.groups.y}-${String(m).padStart(2, '0')}` };
}

/**
 * A target value in the metric's unit as stored (METRICS "Scoring"): money in integer cents
 * (¥, commas and 万 as for amounts), percentages as fractions (85% or 0.85), everything else a
 * plain number (commas allowed). Whether it is a possible and sensible target is checked after.
 */
export function parseTargetValue(raw: string, unit: MetricUnit): Parsed<number> {
  const text = raw.normalize('NFKC').trim();
  if (unit === 'money') return parseAmountCents(text);
  const percent = unit === 'percent' && text.endsWith('%');
  const digits = (percent ? text.slice(0, -1) : text).replace(/[,\s]/gu, '');
  if (!/^-?\d+(?:\.\d+)?$/u.test(digits)) return fail(raw.trim());
  const value = Number(digits);
  return { ok: true, value: percent ? value / 100 : value };
}
