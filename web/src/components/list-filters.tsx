import { Input, Select } from 'antd';

/** Free-text search of a list; Enter or the button applies it, clearing removes it. */
export function SearchFilter({
  value,
  placeholder,
  onSearch,
  width = 200,
  testId,
}: {
  value?: string;
  placeholder: string;
  onSearch: (q: string | undefined) => void;
  width?: number;
  testId?: string;
}) {
  return (
    <Input.Search
      key={`q-${value ?? ''}`}
      allowClear
      defaultValue={value}
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      data-testid={testId}
      onSearch={(q) => onSearch(q.trim() || undefined)}
    />
  );
}

/** One value of a fixed set (status, priority, channel…), or none. */
export function EnumFilter<V extends string>({
  value,
  values,
  label,
  placeholder,
  onChange,
  width = 140,
}: {
  value?: string;
  values: readonly V[];
  label: (value: V) => string;
  placeholder: string;
  onChange: (value: string | undefined) => void;
  width?: number;
}) {
  return (
    <Select
      allowClear
      value={value}
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      options={values.map((option) => ({ value: option, label: label(option) }))}
      onChange={(next?: string) => onChange(next)}
    />
  );
}
