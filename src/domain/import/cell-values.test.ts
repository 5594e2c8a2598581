import { describe, expect, it } from 'vitest';
import {
  parseAmountCents,
  parseChoice,
  parseDay,
  parseEmail,
  parseInstant,
  parsePhone,
  parseText,
} from './cell-values.js';
import { CUSTOMER_LEVEL_WORDS } from './entity-fields.js';

const ZONE = 'Asia/Shanghai';
const NOW = '2026-11-18T02:00:00.000Z';
const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : undefined);
const code = (p: { ok: boolean; code?: string }) => (p.ok ? 'ok' : p.code);

describe('parseChoice', () => {
  const levels = CUSTOMER_LEVEL_WORDS;
  it.each([
    ['A', 'A'],
    ['a', 'A'],
    ['A（重点客户）', 'A'],
    ['A(重点客户)', 'A'],
    ['A - 重点客户', 'A'],
    ['A：重点客户', 'A'],
    ['重点客户', 'A'],
    ['（重点客户）', 'A'],
    ['B级', 'B'],
    ['Ｃ', 'C'],
    ['Cold', 'C'],
    ['hot', 'A'],
  ])('%s → %s', (raw, expected) => {
    expect(value(parseChoice(raw, levels))).toBe(expected);
  });

  it('refuses an unknown value with the allowed ones', () => {
    expect(parseChoice('D（待定）', levels)).toEqual({
      ok: false,
      code: 'import_choice_unknown',
      params: { value: 'D（待定）', allowed: 'A, B, C' },
    });
  });
});

describe('parseInstant', () => {
  it.each([
    ['2024-03-05', '2024-03-04T16:00:00.000Z'],
    ['2024/3/5', '2024-03-04T16:00:00.000Z'],
    ['2024.3.5', '2024-03-04T16:00:00.000Z'],
    ['2024年3月5日', '2024-03-04T16:00:00.000Z'],
    ['2024年3月5号', '2024-03-04T16:00:00.000Z'],
    ['20240305', '2024-03-04T16:00:00.000Z'],
    ['2024-03-05 14:30', '2024-03-05T06:30:00.000Z'],
    ['2024/3/5 14:30:15', '2024-03-05T06:30:15.000Z'],
    ['2024-03-05T14:30:00', '2024-03-05T06:30:00.000Z'],
    ['2024年3月5日 14时30分', '2024-03-05T06:30:00.000Z'],
    ['2024年3月5日 下午2:30', '2024-03-05T06:30:00.000Z'],
    ['3/5/2024 2:30 PM', '2024-03-05T06:30:00.000Z'],
    ['25/3/2024', '2024-03-24T16:00:00.000Z'],
    ['2024-03-05T14:30:00Z', '2024-03-05T14:30:00.000Z'],
    ['2024-03-05T14:30:00+08:00', '2024-03-05T06:30:00.000Z'],
    ['２０２４－０３－０５', '2024-03-04T16:00:00.000Z'],
  ])('%s → %s', (raw, expected) => {
    expect(value(parseInstant(raw, ZONE, NOW))).toBe(expected);
  });

  it('reads local time in the zone it is given', () => {
    expect(value(parseInstant('2024-07-01 09:00', 'Europe/London', NOW))).toBe(
      '2024-07-01T08:00:00.000Z',
    );
  });

  it.each([
    ['not a date', 'import_date_invalid'],
    ['2024-02-30', 'import_date_invalid'],
    ['2024-13-01', 'import_date_invalid'],
    ['2024-03-05 25:00', 'import_date_invalid'],
    ['1850-01-01', 'import_date_out_of_range'],
    ['2026-11-19', 'import_date_in_future'],
  ])('%s is refused (%s)', (raw, expected) => {
    expect(code(parseInstant(raw, ZONE, NOW))).toBe(expected);
  });
});

describe('parseDay', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['2024-03-05T00:00:00.000Z', '2024-03-05'],
  ])('%s → %s', (raw, expected) => {
    expect(value(parseDay(raw))).toBe(expected);
  });

  it('refuses impossible days and years out of range', () => {
    expect(code(parseDay('2023-02-29'))).toBe('import_date_invalid');
    expect(code(parseDay('3000-01-01'))).toBe('import_date_out_of_range');
  });
});

describe('parseAmountCents', () => {
  it.each([
    ['12000', 1_200_000],
    ['12,000.50', 1_200_050],
    ['¥12,000', 1_200_000],
    ['￥ 1，234.5', 123_450],
    ['RMB 300', 30_000],
    ['300元', 30_000],
    ['1.5万', 1_500_000], // ¥15,000.00,
    ['1.5 万元', 1_500_000],
    ['12万', 12_000_000], // ¥120,000.00,
    ['0.0001万', 100],
    ['1.234567万', 1_234_567],
    ['100.10', 10_010],
    ['0', 0],
  ])('%s → %i cents', (raw, expected) => {
    expect(value(parseAmountCents(raw))).toBe(expected);
  });

  it.each([
    ['abc', 'import_amount_invalid'],
    ['1.2.3', 'import_amount_invalid'],
    ['-500', 'import_amount_negative'],
    ['(500)', 'import_amount_negative'],
    ['1.005', 'import_amount_too_precise'],
    ['1.0000001万', 'import_amount_too_precise'],
    ['99999999999999万', 'import_amount_too_large'],
  ])('%s is refused (%s)', (raw, expected) => {
    expect(code(parseAmountCents(raw))).toBe(expected);
  });
});

describe('parsePhone, parseEmail, parseText', () => {
  it('keeps placeholder phones for Q1 to flag, refuses scientific notation', () => {
    expect(value(parsePhone('11111111111'))).toBe('11111111111');
    expect(value(parsePhone(' 138 0013 8000 '))).toBe('138 0013 8000');
    expect(code(parsePhone('1.38001E+10'))).toBe('import_phone_scientific');
  });

  it('checks e-mail shape', () => {
    expect(value(parseEmail('Li@Example.com'))).toBe('Li@Example.com');
    expect(code(parseEmail('无'))).toBe('import_email_invalid');
  });

  it('refuses text longer than allowed, counting characters', () => {
    expect(value(parseText('  星河  ', 2))).toBe('星河');
    expect(parseText('星河科', 2)).toEqual({
      ok: false,
      code: 'import_text_too_long',
      params: { max: 2 },
    });
  });
});

describe('parseInstant for times still to come', () => {
  it('accepts a future time only when asked to', () => {
    expect(value(parseInstant('2027-01-05 10:00', ZONE, NOW, true))).toBe(
      '2027-01-05T02:00:00.000Z',
    );
    expect(code(parseInstant('2027-01-05 10:00', ZONE, NOW))).toBe('import_date_in_future');
  });
});
