import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/api-client';

dayjs.extend(localizedFormat);

export type Formatters = {
  /** Integer cents → "¥1,234.50" in the user's locale. */
  money: (cents: number, currency?: string) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  /** A list's total: "10,000+" when the count stopped at its cap. */
  listTotal: (page: Pick<Page<unknown>, 'total' | 'totalCapped'>) => string;
  /** A fraction (0.8) → "80%". */
  percent: (fraction: number) => string;
  /** ISO UTC → local date and time, e.g. 2026年3月1日 09:30 / Mar 1, 2026 9:30 AM. */
  dateTime: (iso: string) => string;
  /** ISO UTC or YYYY-MM-DD → local date. */
  date: (iso: string) => string;
};

/** Locale-aware formatting of money, numbers, percentages and dates for the current language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'zh-CN' ? 'zh-CN' : 'en';
  return useMemo(() => {
    const dayjsLocale = locale === 'zh-CN' ? 'zh-cn' : 'en';
    return {
      money: (cents, currency = 'CNY') =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          // ¥ rather than CN¥ in English too.
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(cents / 100),
      number: (value, maximumFractionDigits = 1) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value),
      listTotal: ({ total, totalCapped }) =>
        `${new Intl.NumberFormat(locale).format(total)}${totalCapped ? '+' : ''}`,
      percent: (fraction) =>
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
          fraction,
        ),
      dateTime: (iso) => dayjs(iso).locale(dayjsLocale).format('lll'),
      date: (iso) => dayjs(iso).locale(dayjsLocale).format('ll'),
    };
  }, [locale]);
}
