import { DatePicker, Input } from 'antd';
import dayjs from 'dayjs';

const DAY = 'YYYY-MM-DD';

type DayRangeFilterProps = {
  from?: string;
  to?: string;
  /** Both ends as YYYY-MM-DD (inclusive); undefined for an open end. */
  onChange: (from: string | undefined, to: string | undefined) => void;
  /** Placeholders of the two ends, e.g. ['Created from', 'to']. */
  placeholder: [string, string];
};

/** A day-range filter whose ends may each be left open (list filters such as createdFrom/To). */
export function DayRangeFilter({ from, to, onChange, placeholder }: DayRangeFilterProps) {
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      placeholder={placeholder}
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(range) => onChange(range?.[0]?.format(DAY), range?.[1]?.format(DAY))}
      style={{ width: 250 }}
    />
  );
}

/** The free-text filter of a list; searching trims and an empty search clears it. */
export function SearchFilter({
  value,
  placeholder,
  onSearch,
}: {
  value?: string;
  placeholder: string;
  onSearch: (q: string | undefined) => void;
}) {
  return (
    <Input.Search
      key={`q-${value ?? ''}`}
      allowClear
      defaultValue={value}
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width: 220 }}
      onSearch={(q) => onSearch(q.trim() || undefined)}
    />
  );
}
