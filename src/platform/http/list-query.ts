import { z } from 'zod';
import { LIST_TOTAL_CAP, type ListTotal } from '../../db/page-of-query.js';
import {
  ERROR_CODE_NAMES,
  ERROR_CODES,
  FIELD_CODES,
  type ErrorCode,
} from '../errors/error-codes.js';

/** Query parameters shared by every list endpoint. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/**
 * The display name of a record a response refers to, on reads (lists and single records): null
 * when there is none or the viewer may not read that record (the name is withheld, the request
 * does not fail). Responses to writes leave it out.
 */
export function readName(of: string) {
  return z
    .string()
    .nullable()
    .optional()
    .describe(`Name of the ${of}, on reads; null when none or not readable by the viewer`);
}

/** The names a read put on a row (`readName` fields), for its presenter; writes have none. */
export function namesOf<R, K extends keyof R & string>(
  row: R,
  keys: readonly K[],
): Partial<Pick<R, K>> {
  const names: Partial<Pick<R, K>> = {};
  for (const key of keys) if (row[key] !== undefined) names[key] = row[key];
  return names;
}

export type PageQuery = z.infer<typeof pageQuery>;

export function pageWindow(query: Pick<PageQuery, 'page' | 'pageSize'>): {
  limit: number;
  offset: number;
} {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

const pages = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The page of a list response. The page of a named record is a named component too
 * (`Customer` → `CustomerPage`), made once however many routes list it.
 */
export function pageOf<T extends z.ZodType>(item: T) {
  const known = pages.get(item);
  if (known) return known as ReturnType<typeof pageSchema<T>>;
  const page = pageSchema(item);
  const id = z.globalRegistry.get(item)?.id;
  const named = id === undefined ? page : page.meta({ id: `${id}Page` });
  pages.set(item, named);
  return named;
}

function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z
      .number()
      .int()
      .describe(
        `How many rows match; record lists count up to ${LIST_TOTAL_CAP.toLocaleString('en')} (see totalCapped)`,
      ),
    totalCapped: z
      .boolean()
      .describe('true when more rows match than `total` (the count stopped at its cap)'),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** A list response: the page's rows presented one by one, the total, and the page asked for. */
export function pageResponse<Row, Out>(
  query: Pick<PageQuery, 'page' | 'pageSize'>,
  { items, total, totalCapped }: { items: readonly Row[] } & ListTotal,
  present: (row: Row) => Out,
) {
  return {
    items: items.map((row) => present(row)),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const idParams = z.object({ id: z.string().min(1).max(64) });

/** The version a delete or other versioned write expects the record to be at. */
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

const errorParams = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .describe('values for wording the problem');

const errorDetail = z
  .object({
    path: z.string().describe('the field, dotted (`items.0.amount`), or the request part'),
    code: z.enum(FIELD_CODES),
    message: z.string().describe('in English, for API users'),
    params: errorParams.optional(),
  })
  .meta({ id: 'ErrorDetail' });

/** One error code's body: the code, an English message, the field details and its parameters. */
function errorOf(code: ErrorCode) {
  const params = ERROR_CODES[code].params;
  return z.object({
    code: z.literal(code),
    message: z.string().describe('in English, for API users; the web app words the code'),
    details: z.array(errorDetail),
    ...(Object.keys(params).length > 0 ? { params: z.object(params) } : {}),
  });
}

const otherCodes = ERROR_CODE_NAMES.filter((code) => code !== 'validation_failed');

export const errorBody = z
  .object({
    error: z.discriminatedUnion('code', [errorOf('validation_failed'), ...otherCodes.map(errorOf)]),
  })
  .meta({ id: 'ErrorBody' });

/** A write that business rules can refuse (422), besides what every route documents. */
export const writeErrors = { 422: errorBody } as const;

/** A write that can conflict with the state of other records (409) without sending a version. */
export const conflictErrors = { 409: errorBody } as const;
