import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';
import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `a.b.c` → value. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [leafPath, leaf] of flatten(value, path)) leaves.set(leafPath, leaf);
    } else {
      leaves.set(path, value);
    }
  }
  return leaves;
}

const catalogues = { en: flatten(en), 'zh-CN': flatten(zhCN) };

describe('message catalogues', () => {
  it('have exactly the same keys in every language', () => {
    const [first, second] = [catalogues.en, catalogues['zh-CN']];
    const missingInZh = [...first.keys()].filter((key) => !second.has(key));
    const missingInEn = [...second.keys()].filter((key) => !first.has(key));
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] });
  });

  it.each(Object.entries(catalogues))('have no empty values in %s', (_language, messages) => {
    const empty = [...messages]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation variables in every language', () => {
    const variables = (value: unknown) =>
      [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const differing = [...catalogues.en]
      .filter(([key, value]) => {
        const other = catalogues['zh-CN'].get(key);
        return JSON.stringify(variables(value)) !== JSON.stringify(variables(other));
      })
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it('prefers a stored choice', () => {
    expect(detectLanguage('en', 'zh-CN')).toBe('en');
    expect(detectLanguage('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('falls back to the browser language', () => {
    expect(detectLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(detectLanguage(null, 'zh')).toBe('zh-CN');
    expect(detectLanguage('fr', 'de-DE')).toBe('en');
    expect(detectLanguage(null, undefined)).toBe('en');
  });
});
