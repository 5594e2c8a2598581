import { Button, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KEY_FIELDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES } from '../../api/customers-api';
import { UserSelect } from '../../components/people';
import { DayRangeFilter } from '../../components/url-filters';
import { DepartmentSelect } from '../admin/department-select';
import type { CustomerFilter } from './customer-list-state';

type CustomerFiltersProps = {
  filters: Partial<Record<CustomerFilter, string>>;
  onChange: (changes: Partial<Record<CustomerFilter, string>>) => void;
  onClear: () => void;
};

const WIDE = { width: 200 };
const NARROW = { width: 140 };

/** The customers filter bar; every value lives in the URL. */
export function CustomerFilters({ filters, onChange, onClear }: CustomerFiltersProps) {
  const { t } = useTranslation();
  const fieldLabel = (field: (typeof CUSTOMER_KEY_FIELDS)[number]) =>
    t(`customers.fields.${field}`);
  return (
    <>
      <Input.Search
        key={`q-${filters.q ?? ''}`}
        allowClear
        defaultValue={filters.q}
        placeholder={t('customers.search')}
        aria-label={t('customers.search')}
        style={WIDE}
        data-testid="customer-search"
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
      />
      <UserSelect
        allowClear
        value={filters.ownerId}
        placeholder={t('customers.fields.ownerId')}
        style={NARROW}
        onChange={(ownerId) => onChange({ ownerId })}
      />
      <div style={NARROW}>
        <DepartmentSelect
          value={filters.departmentId}
          placeholder={t('customers.fields.department')}
          onChange={(departmentId) => onChange({ departmentId: departmentId ?? undefined })}
        />
      </div>
      <Select
        allowClear
        value={filters.status}
        placeholder={t('customers.fields.status')}
        style={NARROW}
        options={CUSTOMER_STATUSES.map((status) => ({
          value: status,
          label: t(`customers.statuses.${status}`),
        }))}
        onChange={(status?: string) => onChange({ status })}
      />
      <Select
        allowClear
        value={filters.level}
        placeholder={t('customers.fields.level')}
        style={NARROW}
        options={CUSTOMER_LEVELS.map((level) => ({
          value: level,
          label: t(`customers.levels.${level}`),
        }))}
        onChange={(level?: string) => onChange({ level })}
      />
      <Input
        key={`industry-${filters.industry ?? ''}`}
        allowClear
        defaultValue={filters.industry}
        placeholder={t('customers.fields.industry')}
        style={NARROW}
        onPressEnter={(event) =>
          onChange({ industry: event.currentTarget.value.trim() || undefined })
        }
        onBlur={(event) => onChange({ industry: event.currentTarget.value.trim() || undefined })}
      />
      <Input
        key={`region-${filters.region ?? ''}`}
        allowClear
        defaultValue={filters.region}
        placeholder={t('customers.fields.region')}
        style={NARROW}
        onPressEnter={(event) =>
          onChange({ region: event.currentTarget.value.trim() || undefined })
        }
        onBlur={(event) => onChange({ region: event.currentTarget.value.trim() || undefined })}
      />
      <DayRangeFilter
        from={filters.createdFrom}
        to={filters.createdTo}
        placeholder={[t('customers.fields.createdFrom'), t('customers.fields.createdTo')]}
        onChange={(createdFrom, createdTo) => onChange({ createdFrom, createdTo })}
      />
      <Select
        allowClear
        value={filters.missing}
        placeholder={t('customers.missing')}
        style={WIDE}
        data-testid="customer-missing-filter"
        options={CUSTOMER_KEY_FIELDS.map((field) => ({
          value: field,
          label: t('customers.missingOption', { field: fieldLabel(field) }),
        }))}
        onChange={(missing?: string) => onChange({ missing })}
      />
      {Object.values(filters).some(Boolean) && (
        <Button type="link" onClick={onClear}>
          {t('records.resetFilters')}
        </Button>
      )}
    </>
  );
}
