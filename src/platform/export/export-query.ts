import { z } from 'zod';
import { requestLanguage, type ApiLanguage } from '../errors/request-language.js';
import { EXPORT_FORMATS } from './table-stream.js';

/** What every export takes: the file's format and the language of its headers and choices. */
export const exportFileQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  language: z
    .enum(['en', 'zh-CN'])
    .optional()
    .describe('of the headers and choice values; defaults to Accept-Language'),
});

/** The language asked in the query, else the request's `Accept-Language`. */
export function exportLanguage(
  asked: ApiLanguage | undefined,
  acceptLanguage: string | string[] | undefined,
): ApiLanguage {
  return asked ?? requestLanguage(acceptLanguage);
}

/** `attachment; filename="customers.xlsx"` */
export const attachment = (name: string, format: string) =>
  `attachment; filename="${name}.${format}"`;
