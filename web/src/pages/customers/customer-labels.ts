import { useTranslation } from 'react-i18next';
import type { CustomerStatus } from '../../api/customers-api';
import { CUSTOMER_LEVELS, CUSTOMER_STATUSES } from '../../api/customers-api';

export const STATUS_COLORS: Record<CustomerStatus, string> = {
  potential: 'default',
  intent: 'processing',
  deal: 'success',
  dormant: 'warning',
  lost: 'error',
};

const FIELDS = [
  'name',
  'phone',
  'email',
  'industry',
  'source',
  'level',
  'status',
  'requirement',
  'region',
  'address',
  'ownerId',
] as const;

/** Field and value names of customers in the user's language, for the history table. */
export function useCustomerHistoryLabels() {
  const { t } = useTranslation();
  return {
    fieldLabel: (field: string) => {
      if (field === 'mergedFrom' || field === 'mergedInto') return t(`search.merge.${field}`);
      const known = FIELDS.find((candidate) => candidate === field);
      return known ? t(`customers.fields.${known}`) : undefined;
    },
    valueLabel: (field: string, value: string) => {
      const status = CUSTOMER_STATUSES.find((candidate) => candidate === value);
      if (field === 'status' && status) return t(`customers.statuses.${status}`);
      const level = CUSTOMER_LEVELS.find((candidate) => candidate === value);
      if (field === 'level' && level) return t(`customers.levels.${level}`);
      return undefined;
    },
  };
}
