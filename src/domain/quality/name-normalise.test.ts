import { describe, it, expect } from 'vitest';
import { normaliseName } from './name-normalise.js';

describe('normaliseName', () => {
  it('removes the CJK legal-form suffixes', () => {
    expect(normaliseName('杭州云帆科技有限公司')).toBe('杭州云帆科技');
    expect(normaliseName('杭州云帆科技有限责任公司')).toBe('杭州云帆科技');
    expect(normaliseName('杭州云帆科技股份有限公司')).toBe('杭州云帆科技');
    expect(normaliseName('云帆集团')).toBe('云帆');
  });

  it('removes 股份有限公司 whole, not leaving 股份', () => {
    expect(normaliseName('云帆股份有限公司')).toBe('云帆');
  });

  it('removes stacked suffixes', () => {
    expect(normaliseName('云帆集团有限公司')).toBe('云帆');
    expect(normaliseName('云帆集团股份有限公司')).toBe('云帆');
  });

  it('removes spaces and punctuation, including CJK punctuation', () => {
    expect(normaliseName('阿里巴巴（中国）有限公司')).toBe('阿里巴巴中国');
    expect(normaliseName('阿里巴巴(中国)有限公司')).toBe('阿里巴巴中国');
    expect(normaliseName('华为、荣耀，科技。')).toBe('华为荣耀科技');
    expect(normaliseName(' 杭州 云帆 科技 ')).toBe('杭州云帆科技');
    expect(normaliseName('《云帆》·科技')).toBe('云帆科技');
  });

  it('removes Latin suffixes in their usual spellings, case-folded', () => {
    expect(normaliseName('Acme Co., Ltd.')).toBe('acme');
    expect(normaliseName('ACME CO.,LTD')).toBe('acme');
    expect(normaliseName('Acme Co. Ltd')).toBe('acme');
    expect(normaliseName('Acme, Inc.')).toBe('acme');
    expect(normaliseName('Acme Inc')).toBe('acme');
    expect(normaliseName('Acme LLC')).toBe('acme');
    expect(normaliseName('acme')).toBe('acme');
  });

  it('handles full-width Latin letters and punctuation', () => {
    expect(normaliseName('ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．')).toBe('acme');
  });

  it('does not cut a Latin suffix out of a word', () => {
    expect(normaliseName('Zinc')).toBe('zinc');
    expect(normaliseName('Wellc')).toBe('wellc');
    expect(normaliseName('Tinco Ltd')).toBe('tincoltd');
  });

  it('removes suffixes only at the end', () => {
    expect(normaliseName('有限公司之家')).toBe('有限公司之家');
    expect(normaliseName('Inc Partners')).toBe('incpartners');
  });

  it('mixes Chinese names with Latin suffixes', () => {
    expect(normaliseName('云帆科技 Co., Ltd.')).toBe('云帆科技');
  });

  it('gives an empty key for a name that is only a suffix, or nothing', () => {
    expect(normaliseName('有限公司')).toBe('');
    expect(normaliseName('Inc.')).toBe('');
    expect(normaliseName('')).toBe('');
    expect(normaliseName(null)).toBe('');
  });
});
