import type { ApiLanguage } from '../../platform/errors/request-language.js';
import { csvLine } from '../../platform/export/csv.js';
import type { QuarterlyReview } from './review.service.js';

const HEADERS: Record<ApiLanguage, string[]> = {
  en: [
    'Template',
    'Item',
    'Weight',
    'Observations',
    'Scored',
    'Mean',
    'Median',
    'P10',
    'P90',
    'At cap',
    'At zero',
    'N/A',
    'Flags',
    'Feedback',
    'Unfair votes',
  ],
  'zh-CN': [
    '模板',
    '考核项',
    '权重',
    '观测数',
    '有分数',
    '平均分',
    '中位数',
    'P10',
    'P90',
    '封顶占比',
    '零分占比',
    '不适用占比',
    '健康标记',
    '反馈数',
    '不合理票',
  ],
};

const FLAG_NAMES: Record<ApiLanguage, Record<string, string>> = {
  en: {
    saturated: 'saturated',
    unreachable: 'unreachable',
    noisy: 'noisy',
    gamedSuspected: 'gamed?',
  },
  'zh-CN': {
    saturated: '饱和',
    unreachable: '难以达成',
    noisy: '噪声大',
    gamedSuspected: '疑似刷数',
  },
};

const number = (value: number | null, digits: number): string | number =>
  value === null ? '' : Number(value.toFixed(digits));

/** The review's items as CSV lines (one per template item), in the reader's language. */
export function* reviewCsv(review: QuarterlyReview, language: ApiLanguage): Generator<string> {
  yield `\ufeff${csvLine(HEADERS[language])}`;
  for (const template of review.templates) {
    for (const item of template.items) {
      const h = item.health;
      const flags = (['saturated', 'unreachable', 'noisy', 'gamedSuspected'] as const)
        .filter((flag) => h[flag])
        .map((flag) => FLAG_NAMES[language][flag]);
      yield csvLine([
        language === 'en' ? template.nameEn : template.nameZh,
        language === 'en' ? item.nameEn : item.nameZh,
        item.weight,
        h.participants,
        h.scored,
        number(h.mean, 1),
        number(h.median, 1),
        number(h.p10, 1),
        number(h.p90, 1),
        number(h.shareAtCap, 3),
        number(h.shareAtZero, 3),
        number(h.shareNa, 3),
        flags.join(' '),
        item.feedbackCount,
        item.unfairVotes,
      ]);
    }
  }
}
