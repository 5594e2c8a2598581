import { describe, expect, it } from 'vitest';
import {
  ERROR_CODE_NAMES,
  FIELD_CODES,
  RECORD_KINDS,
} from '../../../src/platform/errors/error-codes';
import { en } from './en';
import { zhCN } from './zh-CN';

const catalogues = { en: en.errors, 'zh-CN': zhCN.errors };

/** Names in `wanted` that `words` has no message for. */
const unworded = (wanted: readonly string[], words: Readonly<Record<string, string>>) =>
  wanted.filter((name) => !Object.hasOwn(words, name) || words[name]?.trim() === '');

describe.each(Object.entries(catalogues))('error messages in %s', (_language, errors) => {
  it('word every error code the server answers with', () => {
    expect(unworded(ERROR_CODE_NAMES, errors.codes)).toEqual([]);
  });

  it('word every code of a field problem', () => {
    expect(unworded(FIELD_CODES, errors.fields)).toEqual([]);
  });

  it('name every kind of record an error can name', () => {
    expect(unworded(RECORD_KINDS, errors.records)).toEqual([]);
  });
});
