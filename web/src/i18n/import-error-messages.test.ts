import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES } from '../../../src/domain/import/import-errors';
import { en } from './en';
import { zhCN } from './zh-CN';

const catalogues = { en: en.imports.errors, 'zh-CN': zhCN.imports.errors };

describe.each(Object.entries(catalogues))('import error messages in %s', (_language, errors) => {
  it('word every code an import row, cell or file can be refused with', () => {
    const words: Readonly<Record<string, string>> = errors;
    const unworded = IMPORT_ERROR_CODES.filter(
      (code) => !Object.hasOwn(words, code) || words[code]?.trim() === '',
    );
    expect(unworded).toEqual([]);
  });
});
