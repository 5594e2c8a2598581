import { DateTime } from 'luxon';
import type { ApiLanguage } from '../errors/request-language.js';
import type { Cell } from './csv.js';

/** A text in each language the API words exports in. */
export type Words = Record<ApiLanguage, string>;

/** How an export writes the values of a row, in the reader's language and the org's time zone. */
export type ExportCells = {
  language: ApiLanguage;
  /** A user's name (owners, authors, assignees), or empty. */
  userName: (id: string | null) => Cell;
  /** An instant as a local date and time, `2026-03-05 14:30`. */
  dateTime: (iso: string | null) => Cell;
  /** A day (`2026-03-05`) as it is, or an instant's local day. */
  date: (value: string | null) => Cell;
  /** Integer cents as a number of currency units (12345 → 123.45). */
  money: (cents: number | null) => Cell;
  /** A stored choice (a status, a level) in the reader's language; unknown values as stored. */
  choice: (labels: Readonly<Record<string, Words>>, value: string | null) => Cell;
};

/** One column of a list export. */
export type ExportColumn<T> = {
  /** The key the web app's column has; `columns=` lists these. */
  key: string;
  header: Words;
  value: (row: T, cells: ExportCells) => Cell;
  /** The field-permission field this column shows: it is left out for those it is hidden from. */
  field?: string;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

export function exportCells(
  language: ApiLanguage,
  zone: string,
  names: ReadonlyMap<string, string>,
): ExportCells {
  const local = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return {
    language,
    userName: (id) => (id === null ? null : (names.get(id) ?? id)),
    dateTime: (iso) => (iso === null ? null : local(iso).toFormat('yyyy-MM-dd HH:mm')),
    date: (value) =>
      value === null ? null : DAY.test(value) ? value : local(value).toFormat('yyyy-MM-dd'),
    money: (cents) => (cents === null ? null : cents / 100),
    choice: (labels, value) => (value === null ? null : (labels[value]?.[language] ?? value)),
  };
}

/** Headers many lists share. */
export const COMMON_HEADERS = {
  owner: { en: 'Owner', 'zh-CN': '负责人' },
  customer: { en: 'Customer', 'zh-CN': '客户' },
  createdAt: { en: 'Created', 'zh-CN': '创建时间' },
  updatedAt: { en: 'Updated', 'zh-CN': '更新时间' },
  phone: { en: 'Phone', 'zh-CN': '电话' },
  email: { en: 'Email', 'zh-CN': '邮箱' },
  industry: { en: 'Industry', 'zh-CN': '行业' },
  region: { en: 'Region', 'zh-CN': '地区' },
  requirement: { en: 'Requirement', 'zh-CN': '需求' },
  status: { en: 'Status', 'zh-CN': '状态' },
  currency: { en: 'Currency', 'zh-CN': '币种' },
} as const satisfies Record<string, Words>;
