import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import type { Formatters as BaseFormatters } from './format';

export type Formatters = Omit<BaseFormatters, 'percent'> & {
  /** A fraction (0.8) → "80%", with at most `maximumFractionDigits` decimals (default 1). */
  percent: (fraction: number, maximumFractionDigits?: number) => string;
};

/** The shared formatters of format.ts, with ¥ (narrow symbol) and a percent that takes its precision. */
export function useFormatters(): Formatters {
  const base = useFormat();
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'zh-CN' ? 'zh-CN' : 'en';
  return useMemo(
    () => ({
      ...base,
      // "¥" rather than "CN¥" in English too.
      money: (cents, currency = 'CNY') =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(cents / 100),
      percent: (fraction, maximumFractionDigits = 1) =>
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction),
    }),
    [base, locale],
  );
}
