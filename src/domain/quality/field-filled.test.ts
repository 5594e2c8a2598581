import { describe, it, expect } from 'vitest';
import { isFilled, isPlaceholderValue } from './field-filled.js';

describe('isFilled', () => {
  it('text: filled when non-empty and not a placeholder', () => {
    expect(isFilled('需要CRM和ERP集成', 'text')).toBe(true);
    expect(isFilled('暂无', 'text')).toBe(false);
    expect(isFilled('x', 'text')).toBe(false);
    expect(isFilled('', 'text')).toBe(false);
    expect(isFilled('  ', 'text')).toBe(false);
    expect(isFilled(null, 'text')).toBe(false);
  });

  it('phone: filled when non-empty and not a placeholder phone', () => {
    expect(isFilled('13800138000', 'phone')).toBe(true);
    expect(isFilled('11111111111', 'phone')).toBe(false);
    expect(isFilled(undefined, 'phone')).toBe(false);
  });

  it('choice: filled whenever set, even to a single letter', () => {
    expect(isFilled('A', 'choice')).toBe(true);
    expect(isFilled('制造业', 'choice')).toBe(true);
    expect(isFilled(null, 'choice')).toBe(false);
    expect(isFilled('', 'choice')).toBe(false);
  });
});

describe('isPlaceholderValue (Q1 flag)', () => {
  it('flags placeholders in text and phone fields', () => {
    expect(isPlaceholderValue('不详', 'text')).toBe(true);
    expect(isPlaceholderValue('123456', 'phone')).toBe(true);
  });

  it('never flags an empty field or a choice field', () => {
    expect(isPlaceholderValue('', 'text')).toBe(false);
    expect(isPlaceholderValue(null, 'phone')).toBe(false);
    expect(isPlaceholderValue('A', 'choice')).toBe(false);
  });

  it('does not flag real values', () => {
    expect(isPlaceholderValue('华南区', 'text')).toBe(false);
    expect(isPlaceholderValue('13800138000', 'phone')).toBe(false);
  });
});
