import { textKey } from './header-text.js';

const SUMMARY_WORDS = [
  '合计',
  '总计',
  '小计',
  '共计',
  '汇总',
  'total',
  'totals',
  'grandtotal',
  'subtotal',
  'sum',
];
const NOTE =
  /(机密|保密|内部资料|仅供|请勿外传|禁止外传|导出时间|导出人|数据截止|confidential|internal use|do not distribute|exported (?:on|at|by)|generated (?:on|at|by))/iu;
const COUNT_LINE = /^(?:共\s*\d+\s*条(?:记录)?|\d+\s*(?:条记录|rows?|records?))(?:$|\s)/iu;

/** A cell that says "total" on its own or as a label (`合计：`, `Total 12`), not a name like 总计划公司. */
function isSummaryLabel(cell: string): boolean {
  const key = textKey(cell);
  return SUMMARY_WORDS.some(
    (word) => key === word || (key.startsWith(word) && /^[\d,.¥￥$]/u.test(key.slice(word.length))),
  );
}

export type SkipReason = 'blank' | 'summary' | 'note';

/**
 * Why a data row is not a record: blank, a totals line (its first filled cell is 合计 / 总计 /
 * Total…), or a note of one cell (confidentiality, "exported on…", "共 120 条"). Null for a record.
 */
export function skipReason(cells: readonly string[]): SkipReason | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return 'blank';
  const first = filled[0] ?? '';
  if (isSummaryLabel(first)) return 'summary';
  if (filled.length === 1 && (NOTE.test(first) || COUNT_LINE.test(first))) return 'note';
  return null;
}
