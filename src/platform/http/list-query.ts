import { z } from 'zod';

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

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** A list response: the page's rows presented one by one, the total, and the page asked for. */
export function pageResponse<Row, Out>(
  query: Pick<PageQuery, 'page' | 'pageSize'>,
  { items, total }: { items: readonly Row[]; total: number },
  present: (row: Row) => Out,
) {
  return {
    items: items.map((row) => present(row)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(
      z.object({ path: z.string(), message: z.string(), code: z.string().optional() }),
    ),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('values for wording a specific error'),
  }),
});

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const standardErrors = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
} as const;
