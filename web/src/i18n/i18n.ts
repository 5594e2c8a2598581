import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/users-api';
import { detectLanguage, isLanguage } from './detect-language';
import { en } from './en';
import type { Messages } from './en';
import { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'yardstick.language';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Everything outside React that follows the language: the page, its title, dayjs. */
function followLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}

export function initI18n(): void {
  i18next.on('languageChanged', followLanguage);
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: detectLanguage(storedLanguage(), navigator.language),
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

export function currentLanguage(): Locale {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en';
}

/** The user's explicit choice: applied now and remembered on this device. */
export function chooseLanguage(language: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
  void i18next.changeLanguage(language);
}

/** A signed-in user's profile language applies unless they picked one on this device. */
export function applyProfileLanguage(locale: Locale | null): void {
  if (locale && !isLanguage(storedLanguage())) void i18next.changeLanguage(locale);
}
