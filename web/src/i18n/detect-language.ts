import type { Locale } from '../api/users-api';

export const LANGUAGES: readonly Locale[] = ['zh-CN', 'en'];

export function isLanguage(value: unknown): value is Locale {
  return LANGUAGES.some((language) => language === value);
}

/** A stored choice wins; otherwise Chinese for any zh* browser language, else English. */
export function detectLanguage(stored: string | null, browserLanguage: string | undefined): Locale {
  if (isLanguage(stored)) return stored;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
