import { z } from 'zod';

/** Query parameters shared by every list endpoint. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  order: z.enum(['asc', 'desc']).default('asc'),
});

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

/** The version a delete or other versioned write expects the record to be at. */
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

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
