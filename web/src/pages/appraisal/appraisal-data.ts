import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listCycles, listMetrics } from '../../api/appraisal-api';
import type { MetricDefinition, NaReason } from '../../api/appraisal-api';
import { useFormatters } from '../../components/formatters';

export const APPRAISAL_KEY = ['appraisal'] as const;
export const CYCLES_KEY = [...APPRAISAL_KEY, 'cycles'] as const;

export function useCycles() {
  return useQuery({ queryKey: CYCLES_KEY, queryFn: listCycles });
}

export function useMetricCatalog() {
  return useQuery({
    queryKey: [...APPRAISAL_KEY, 'metrics'],
    queryFn: listMetrics,
    staleTime: 5 * 60_000,
  });
}

const UNIT_KEYS = ['per_week', 'days', 'minutes', 'count', 'rating', 'score'] as const;
type UnitKey = (typeof UNIT_KEYS)[number];
const isUnitKey = (unit: string): unit is UnitKey => UNIT_KEYS.some((known) => known === unit);

const CATEGORIES = [
  'process',
  'result',
  'service',
  'marketing',
  'collaboration',
  'data_use',
  'leadership',
  'custom',
] as const;
type Category = (typeof CATEGORIES)[number];
const isCategory = (category: string): category is Category =>
  CATEGORIES.some((known) => known === category);

export type MetricText = {
  definition: (metric: string) => MetricDefinition | undefined;
  name: (metric: string) => string;
  category: (category: string) => string;
  /** A metric value in its unit: percent for ratios (fractions), ¥ for money, days, … */
  value: (metric: string, value: number) => string;
  naReason: (reason: NaReason | null, minSample: number) => string;
  score: (score: number) => string;
};

/** Names, units and N/A reasons of metrics, in the current language. */
export function useMetricText(): MetricText {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const catalog = useMetricCatalog();
  const byId = useMemo(
    () => new Map((catalog.data ?? []).map((metric) => [metric.id, metric])),
    [catalog.data],
  );
  const zh = i18n.language === 'zh-CN';

  const value = useCallback(
    (metric: string, raw: number) => {
      const unit = byId.get(metric)?.unit ?? 'score';
      if (unit === 'percent') return format.percent(raw);
      if (unit === 'money') return format.money(raw);
      const shown = format.number(raw, 1);
      return isUnitKey(unit) ? t(`appraisal.units.${unit}`, { value: shown }) : shown;
    },
    [byId, format, t],
  );

  return useMemo(
    () => ({
      definition: (metric) => byId.get(metric),
      name: (metric) => {
        const definition = byId.get(metric);
        if (!definition) return metric;
        return zh ? definition.nameZh : definition.nameEn;
      },
      category: (category) =>
        isCategory(category) ? t(`appraisal.categories.${category}`) : category,
      value,
      naReason: (reason, minSample) =>
        reason
          ? t(`appraisal.naReasons.${reason}`, { min: minSample })
          : t('appraisal.naReasons.other'),
      score: (score) => format.number(score, 1),
    }),
    [byId, zh, t, value, format],
  );
}
