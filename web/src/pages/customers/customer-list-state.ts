import type { CustomerListQuery, CustomerSort } from '../../api/customers-api';
import { CUSTOMER_KEY_FIELDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES } from '../../api/customers-api';
import { useUrlListState } from '../../components/url-list-state';

export const CUSTOMER_FILTERS = [
  'q',
  'ownerId',
  'departmentId',
  'status',
  'level',
  'industry',
  'region',
  'createdFrom',
  'createdTo',
  'missing',
] as const;
export type CustomerFilter = (typeof CUSTOMER_FILTERS)[number];

export const CUSTOMER_SORTS: readonly CustomerSort[] = [
  'name',
  'createdAt',
  'updatedAt',
  'lastFollowUpAt',
  'level',
];

const pick = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.find((candidate) => candidate === value);

/** The customers list's filters, sorting and page, read from and written to the URL. */
export function useCustomerListState() {
  const state = useUrlListState(CUSTOMER_FILTERS, CUSTOMER_SORTS);
  const { filters } = state;
  // Recently changed customers first unless the user sorts otherwise.
  const paging = {
    ...state.paging,
    sort: state.paging.sort ?? 'updatedAt',
    order: state.paging.order ?? 'desc',
  };
  const query: CustomerListQuery = {
    ...paging,
    q: filters.q,
    ownerId: filters.ownerId,
    departmentId: filters.departmentId,
    status: pick(CUSTOMER_STATUSES, filters.status),
    level: pick(CUSTOMER_LEVELS, filters.level),
    industry: filters.industry,
    region: filters.region,
    createdFrom: filters.createdFrom,
    createdTo: filters.createdTo,
    missing: pick(CUSTOMER_KEY_FIELDS, filters.missing),
  };
  return { ...state, paging, query };
}
