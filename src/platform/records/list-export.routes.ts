import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { userNamesById } from '../../db/user-names.js';
import { invalidField } from '../errors/app-error.js';
import type { Cell } from '../export/csv.js';
import { exportCells, type ExportColumn } from '../export/export-columns.js';
import { attachment, exportFileQuery, exportLanguage } from '../export/export-query.js';
import { CONTENT_TYPES, tableStream } from '../export/table-stream.js';
import { api } from '../http/app-context.js';
import { actorOf } from '../http/route-access.js';
import type { Actor } from '../policy/actor.js';

/** Rows read per query while exporting: large enough to be quick, small enough to stay flat. */
const EXPORT_PAGE_SIZE = 500;

/** What one export reads: the list's rows, page by page, and the fields hidden from the reader. */
export type ExportSource<Q, T> = {
  page: (query: Q & { page: number; pageSize: number }) => Promise<readonly T[]>;
  /** Whether a field-permission field is hidden from this reader (its column is left out). */
  hidden?: (field: string) => boolean;
};

export type ListExportOptions<S extends z.ZodObject, T> = {
  /** e.g. `/api/v1/customers/export` */
  url: string;
  operationId: string;
  tags: string[];
  /** The list's own query (its filters and sort), so an export has exactly the list's rows. */
  query: S;
  columns: readonly ExportColumn<T>[];
  /** The file's name without extension, e.g. `customers`. */
  fileName: string;
  allow: (actor: Actor) => boolean;
  source: (actor: Actor, query: z.output<S>) => Promise<ExportSource<z.output<S>, T>>;
};

/**
 * `GET …/export`: a list with its filters, sort and chosen columns, as XLSX or CSV with headers
 * in the reader's language. Rows come through the list's own service and presenter, so the data
 * scope and field permissions of the list apply unchanged; it is written while it is read.
 */
export function registerListExport<S extends z.ZodObject, T>(
  app: FastifyInstance,
  db: Db,
  zone: string,
  options: ListExportOptions<S, T>,
): void {
  const { columns } = options;
  const keys = columns.map((column) => column.key);
  const exportFields = {
    ...exportFileQuery.shape,
    columns: z
      .string()
      .max(2000)
      .optional()
      .describe(`comma-separated, in order, among: ${keys.join(', ')}; all when left out`),
  };
  const querystring = options.query.omit({ page: true, pageSize: true }).extend(exportFields);
  type ExportFields = z.output<z.ZodObject<typeof exportFields>>;

  api(app).get(
    options.url,
    {
      config: { allow: options.allow },
      schema: {
        operationId: options.operationId,
        tags: options.tags,
        summary: 'Export the list, with its filters and sort, as XLSX or CSV',
        querystring,
        response: { 200: z.unknown().describe('the file (XLSX or CSV)') },
      },
    },
    async (request, reply) => {
      const query = request.query as z.output<S>;
      const { format, language: asked, columns: list } = request.query as ExportFields;
      const wanted = list ? list.split(',').map((key) => key.trim()) : keys;
      const unknown = wanted.find((key) => !keys.includes(key));
      if (unknown !== undefined)
        throw invalidField('columns', 'invalid_value', `Unknown column ${unknown}`, {
          values: keys.join(', '),
        });
      const actor = actorOf(request);
      const source = await options.source(actor, query);
      const chosen = wanted
        .map((key) => columns.find((column) => column.key === key) as ExportColumn<T>)
        .filter((column) => column.field === undefined || !source.hidden?.(column.field));
      const language = exportLanguage(asked, request.headers['accept-language']);
      const cells = exportCells(language, zone, await userNamesById(db.kysely));

      async function* rows(): AsyncGenerator<Cell[]> {
        for (let page = 1; ; page += 1) {
          const items = await source.page({ ...query, page, pageSize: EXPORT_PAGE_SIZE });
          for (const item of items) yield chosen.map((column) => column.value(item, cells));
          if (items.length < EXPORT_PAGE_SIZE) return;
        }
      }

      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', attachment(options.fileName, format))
        .send(
          tableStream(
            format,
            chosen.map((column) => column.header[language]),
            rows(),
          ),
        );
    },
  );
}
