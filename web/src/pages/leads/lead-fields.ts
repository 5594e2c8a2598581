import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type Section = 'leads' | 'opportunities' | 'contracts' | 'payments';

/**
 * Label of a record field by its API name (as history entries name it), from
 * `deals.<section>.fields`; the raw name when there is no label.
 */
export function useFieldLabel(section: Section): (field: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (field: string) => {
      const key = `deals.${section}.fields.${field}`;
      // The key is built at run time, so it cannot be checked against the catalogue type.
      const translate = t as unknown as (key: string) => string;
      return i18n.exists(key) ? translate(key) : field;
    },
    [t, i18n, section],
  );
}

export const useLeadFieldLabel = () => useFieldLabel('leads');
