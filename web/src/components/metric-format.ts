import { useTranslation } from 'react-i18next';
import type { MetricDefinition as MetricInfo, NaReason, ScoredItem } from '../api/appraisal-api';
import { useFormat } from './format';

/**
 * Shows metric values in their unit: ratios (stored as fractions) as percentages, money (cents)
 * as ¥, days, minutes, per-week rates and counts as numbers.
 */
export function useMetricFormat() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const zh = i18n.resolvedLanguage === 'zh-CN';

  const value = (info: MetricInfo | undefined, raw: number): string => {
    switch (info?.unit) {
      case 'percent':
        return format.percent(raw);
      case 'money':
        return format.money(raw);
      case 'per_week':
        return t('workbench.scorecard.units.perWeek', { value: format.number(raw) });
      case 'days':
        return t('workbench.scorecard.units.days', { value: format.number(raw) });
      case 'minutes':
        return t('workbench.scorecard.units.minutes', { value: format.number(raw, 0) });
      default:
        return format.number(raw);
    }
  };

  /** The records behind a value: "3 of 8", "4 in 1.5 weeks", "from 6 records". */
  const basis = (info: MetricInfo | undefined, item: ScoredItem): string | null => {
    const { numerator, denominator } = item.value;
    if (info?.kind === 'ratio' && numerator !== null && denominator !== null) {
      return t('workbench.scorecard.basis.ratio', {
        numerator: format.number(numerator, 0),
        denominator: format.number(denominator, 0),
      });
    }
    if (info?.kind === 'per_week' && numerator !== null && denominator !== null) {
      return t('workbench.scorecard.basis.perWeek', {
        count: format.number(numerator, 0),
        weeks: format.number(denominator),
      });
    }
    if ((info?.kind === 'mean' || info?.kind === 'median') && denominator !== null) {
      return t('workbench.scorecard.basis.items', { count: format.number(denominator, 0) });
    }
    return null;
  };

  const name = (info: MetricInfo | undefined, metric: string): string =>
    info ? (zh ? info.nameZh : info.nameEn) : metric;

  const naReason = (reason: NaReason | null): string =>
    reason
      ? t(`workbench.scorecard.naReasons.${reason}`)
      : t('workbench.scorecard.naReasons.other');

  return { value, basis, name, naReason };
}
