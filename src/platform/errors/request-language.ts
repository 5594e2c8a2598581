/** The languages the API words its own texts in (notifications). */
export type ApiLanguage = 'zh-CN' | 'en';

type Preference = { tag: string; q: number };

function preferenceOf(part: string): Preference {
  const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
  const qParam = params.find((param) => param.toLowerCase().startsWith('q='));
  const q = qParam === undefined ? 1 : Number(qParam.slice(2));
  return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
}

/**
 * The one place that decides a request's language from its `Accept-Language`: the most preferred
 * language (first among equals) is Chinese (`zh`, `zh-CN`, `zh-Hans`…) → 'zh-CN'; anything else,
 * or no header at all → 'en'.
 */
export function requestLanguage(header: string | string[] | undefined): ApiLanguage {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: Preference | undefined;
  for (const part of value.split(',')) {
    const preference = preferenceOf(part);
    if (preference.tag === '' || preference.q <= 0) continue;
    if (best === undefined || preference.q > best.q) best = preference;
  }
  return best !== undefined && /^zh(-|$)/.test(best.tag) ? 'zh-CN' : 'en';
}
